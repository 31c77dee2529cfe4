import { describe, expect, it } from 'vitest';
import { analogueReferences, partEvidence, readPartReferences } from './part-references';

const evidence = (replaces: string, analogues: string[]) =>
  partEvidence(readPartReferences(replaces), analogueReferences(analogues));

describe('foreign part references', () => {
  it('splits alternatives, a bare number keeping the maker of the first', () => {
    expect(readPartReferences('Festo DSBC-50-100; 1376489 / Camozzi 61M')).toEqual([
      { tokens: ['FESTO', 'DSBC50100'] },
      { tokens: ['FESTO', '1376489'] },
      { tokens: ['CAMOZZI', '61M'] },
    ]);
    expect(readPartReferences(null)).toEqual([]);
  });

  it('finds the same part whatever its spacing and punctuation', () => {
    expect(evidence('SKF 6205-2RS', ['FAG 6205', 'SKF 6205 2RS'])).toBe('same');
    expect(evidence('Bosch 0 986 4B0 004', ['Bosch 09864B0004'])).toBe('same');
  });

  it('takes a reference that names its series, or a maker with a product line, as the series', () => {
    expect(evidence('Grundfos CR 32-2 A-F-A-E', ['Grundfos CR 32'])).toBe('series');
    expect(evidence('Danfoss VLT FC-302', ['Danfoss VLT'])).toBe('series');
    // A maker's name alone says little: thousands of analogues share it.
    expect(evidence('Siemens 3RT2026', ['Siemens'])).toBe('brand');
  });

  it('tells another part of the same maker, or a number one character off, from the part (the trap)', () => {
    expect(evidence('SKF 6205', ['SKF 6206'])).toBe('other');
    expect(evidence('Parker 3349112', ['Parker 3349122'])).toBe('other');
    expect(evidence('Gates 8PK1500', ['Dayco 8PK1510'])).toBe('other');
    // A maker listing several parts makes the one that matches.
    expect(evidence('SKF 6205', ['SKF 6206', 'SKF 6205'])).toBe('same');
    expect(evidence('SKF 6205', ['Timken 32210'])).toBe('none');
  });
});
