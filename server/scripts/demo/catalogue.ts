import { capabilitySchema } from '@zamena/shared/capabilities/capabilities.schemas';
import { needSchema } from '@zamena/shared/needs/needs.schemas';
import type { DemoApi } from './api';
import { CAPABILITIES, NEEDS } from './data/catalogue';
import { partyOf, type Cast } from './organizations';

/** The day `days` after `today` (UTC), as the API takes dates. */
export const daysAfter = (today: Date, days: number) =>
  new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Capability ids by the data file's key. */
export type Catalogue = ReadonlyMap<string, string>;

export async function postCapabilities(api: DemoApi, cast: Cast, today: Date): Promise<Catalogue> {
  const ids = new Map<string, string>();
  for (const { key, maker, pp719, ...capability } of CAPABILITIES) {
    const created = await api(capabilitySchema, 'POST', '/capabilities', partyOf(cast, maker).token, {
      ...capability,
      ...(pp719 ? { localization: { pp719RegistryNumber: pp719, validUntil: daysAfter(today, 730) } } : {}),
    });
    ids.set(key, created.id);
  }
  return ids;
}

/** Need ids by the data file's key. A centre posts for the enterprises of its region the data names. */
export async function postNeeds(api: DemoApi, cast: Cast, today: Date): Promise<ReadonlyMap<string, string>> {
  const ids = new Map<string, string>();
  for (const { key, buyer, postedBy, neededInDays, draft, ...need } of NEEDS) {
    const buyerParty = partyOf(cast, buyer);
    const poster = postedBy ? partyOf(cast, postedBy) : buyerParty;
    const created = await api(needSchema, 'POST', '/needs', poster.token, {
      ...need,
      neededBy: daysAfter(today, neededInDays),
      deliveryRegionCode: buyerParty.regionCode,
      publish: !draft,
      ...(postedBy ? { buyerOrganizationId: buyerParty.organizationId } : {}),
    });
    ids.set(key, created.id);
  }
  return ids;
}
