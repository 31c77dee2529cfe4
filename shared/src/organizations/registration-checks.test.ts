import { describe, expect, it } from 'vitest';
import { registrationChecks } from './registration-checks';

describe('registrationChecks', () => {
  it('passes a legal entity registered in its own region', () => {
    expect(registrationChecks({ inn: '7707083893', ogrn: '1027700132195', regionCode: '77' })).toEqual({
      innChecksum: true,
      ogrnChecksum: true,
      sameKind: true,
      innRegion: true,
      ogrnRegion: true,
    });
  });

  it('flags a wrong checksum, another region and an operator row without numbers', () => {
    const checks = registrationChecks({ inn: '7707083894', ogrn: '1027700132195', regionCode: '62' });
    expect(checks.innChecksum).toBe(false);
    expect(checks.innRegion).toBe(false);
    expect(checks.ogrnRegion).toBe(false);
    expect(Object.values(registrationChecks({ inn: null, ogrn: null, regionCode: '77' }))).not.toContain(
      true,
    );
  });

  it("flags a sole trader's OGRNIP next to a company INN", () => {
    expect(
      registrationChecks({ inn: '7707083893', ogrn: '304500116000157', regionCode: '77' }).sameKind,
    ).toBe(false);
  });
});
