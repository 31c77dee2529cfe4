import { describe, expect, it } from 'vitest';
import { isValidInn } from './inn';

describe('isValidInn', () => {
  it('accepts legal-entity INNs with a correct check digit', () => {
    expect(isValidInn('7707083893')).toBe(true); // Sberbank
    expect(isValidInn('6229000001')).toBe(true); // the example in DESIGN.md
    expect(isValidInn('6229000002')).toBe(false);
  });

  it('accepts 12-digit INNs of entrepreneurs with both check digits right', () => {
    expect(isValidInn('500100732259')).toBe(true);
    expect(isValidInn('500100732258')).toBe(false);
  });

  it('rejects a wrong checksum', () => {
    expect(isValidInn('7707083894')).toBe(false);
  });

  it('rejects wrong lengths', () => {
    expect(isValidInn('770708389')).toBe(false);
    expect(isValidInn('77070838931')).toBe(false);
    expect(isValidInn('')).toBe(false);
  });

  it('rejects letters', () => {
    expect(isValidInn('77070838A3')).toBe(false);
    expect(isValidInn('ИНН7707083')).toBe(false);
  });
});
