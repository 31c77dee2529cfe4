import { isValidInn } from '../domain/inn';
import { isValidOgrn } from '../domain/ogrn';

export const REGISTRATION_CHECKS = [
  'innChecksum',
  'ogrnChecksum',
  'sameKind',
  'innRegion',
  'ogrnRegion',
] as const;
export type RegistrationCheck = (typeof REGISTRATION_CHECKS)[number];

/**
 * What the association checks before verifying an organization, from its registration data alone.
 * Checksums were enforced at registration (an operator-made row may lack them); the others are hints:
 * a legal entity has a 10-digit INN and a 13-digit OGRN, a sole trader 12 and 15 (OGRNIP); INN digits
 * 1–2 and OGRN digits 4–5 are the tax region, which usually is the region the organization named.
 */
export function registrationChecks(organization: {
  inn: string | null;
  ogrn: string | null;
  regionCode: string;
}): Record<RegistrationCheck, boolean> {
  const { inn, ogrn, regionCode } = organization;
  return {
    innChecksum: inn !== null && isValidInn(inn),
    ogrnChecksum: ogrn !== null && isValidOgrn(ogrn),
    sameKind:
      inn !== null &&
      ogrn !== null &&
      ((inn.length === 10 && ogrn.length === 13) || (inn.length === 12 && ogrn.length === 15)),
    innRegion: inn !== null && inn.slice(0, 2) === regionCode,
    ogrnRegion: ogrn !== null && ogrn.slice(3, 5) === regionCode,
  };
}
