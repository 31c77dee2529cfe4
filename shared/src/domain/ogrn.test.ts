import { describe, expect, it } from 'vitest';
import { isValidOgrn } from './ogrn';

describe('isValidOgrn', () => {
  it('accepts a 13-digit OGRN with the right check digit', () => {
    expect(isValidOgrn('1027700132195')).toBe(true); // Sberbank
  });

  it('accepts a 15-digit OGRNIP with the right check digit', () => {
    expect(isValidOgrn('304500116000157')).toBe(true);
  });

  it('rejects a wrong checksum', () => {
    expect(isValidOgrn('1027700132196')).toBe(false);
    expect(isValidOgrn('304500116000158')).toBe(false);
  });

  it('rejects wrong lengths and letters', () => {
    expect(isValidOgrn('102770013219')).toBe(false);
    expect(isValidOgrn('10277001321950')).toBe(false);
    expect(isValidOgrn('102770013219O')).toBe(false);
  });
});
