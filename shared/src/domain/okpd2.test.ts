import { describe, expect, it } from 'vitest';
import { isOkpd2Code, okpd2Level, okpd2Parent, okpd2Path, okpd2SubtreePrefix } from './okpd2';

describe('OKPD2 structure', () => {
  it('names every level', () => {
    expect(
      ['C', '25', '25.7', '25.73', '25.73.4', '25.73.40', '25.73.40.110', '25.73.40.111'].map(okpd2Level),
    ).toEqual(['section', 'class', 'subclass', 'group', 'subgroup', 'kind', 'category', 'subcategory']);
  });

  it('walks the path from the section down', () => {
    expect(okpd2Path('25.73.40.111')).toEqual([
      'C',
      '25',
      '25.7',
      '25.73',
      '25.73.4',
      '25.73.40',
      '25.73.40.110',
      '25.73.40.111',
    ]);
    expect(okpd2Parent('01')).toBe('A');
    expect(okpd2Parent('C')).toBeNull();
  });

  it('gives a fresh path each time, so a caller changing one cannot spoil the next', () => {
    const first = okpd2Path('28.15.10');
    first.push('changed');
    first[0] = 'X';
    expect(okpd2Path('28.15.10')).toEqual(['C', '28', '28.1', '28.15', '28.15.1', '28.15.10']);
  });

  it('tells codes from non-codes', () => {
    expect(isOkpd2Code('28.15.10.120')).toBe(true);
    expect(isOkpd2Code('28.15.10.12')).toBe(false);
    expect(isOkpd2Code('2815')).toBe(false);
  });

  it('gives the prefix shared by a code and everything under it', () => {
    expect(okpd2SubtreePrefix('28')).toBe('28');
    expect(okpd2SubtreePrefix('28.15')).toBe('28.15');
    expect(okpd2SubtreePrefix('28.15.10.120')).toBe('28.15.10.12');
    expect(okpd2SubtreePrefix('28.15.10.121')).toBe('28.15.10.121');
  });
});
