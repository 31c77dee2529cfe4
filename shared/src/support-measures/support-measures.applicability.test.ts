import { describe, expect, it } from 'vitest';
import { measureApplies } from './support-measures.applicability';

const federal = { active: true, okpd2Prefixes: [], regionCodes: [] };

describe('measureApplies', () => {
  it('applies a measure without limits to any goods in any region', () => {
    expect(measureApplies(federal, { okpd2: '28.15.10.120', regionCodes: ['62'] })).toBe(true);
    expect(measureApplies(federal, { okpd2: '25.73.40', regionCodes: [] })).toBe(true);
  });

  it('never applies an inactive measure', () => {
    expect(measureApplies({ ...federal, active: false }, { okpd2: '28', regionCodes: [] })).toBe(false);
  });

  it('applies an OKPD2-limited measure to the code and everything under it only', () => {
    const bearings = { ...federal, okpd2Prefixes: ['28.15'] };
    expect(measureApplies(bearings, { okpd2: '28.15.10.120', regionCodes: [] })).toBe(true);
    expect(measureApplies(bearings, { okpd2: '28.15', regionCodes: [] })).toBe(true);
    expect(measureApplies(bearings, { okpd2: '28.1', regionCodes: [] })).toBe(false);
    expect(measureApplies(bearings, { okpd2: '28.14.11', regionCodes: [] })).toBe(false);
    // A category covers its subcategories (`…120` → `…121`), which string prefixes would miss.
    const category = { ...federal, okpd2Prefixes: ['28.15.10.120'] };
    expect(measureApplies(category, { okpd2: '28.15.10.121', regionCodes: [] })).toBe(true);
    expect(measureApplies(category, { okpd2: '28.15.10.130', regionCodes: [] })).toBe(false);
  });

  it('applies a regional measure where a region is in common, or when no region is asked about', () => {
    const ryazan = { ...federal, regionCodes: ['62'] };
    expect(measureApplies(ryazan, { okpd2: '28', regionCodes: ['62'] })).toBe(true);
    expect(measureApplies(ryazan, { okpd2: '28', regionCodes: ['77', '62'] })).toBe(true);
    expect(measureApplies(ryazan, { okpd2: '28', regionCodes: ['77'] })).toBe(false);
    expect(measureApplies(ryazan, { okpd2: '28', regionCodes: [] })).toBe(true);
  });
});
