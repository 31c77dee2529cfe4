import type { AddressedEvent } from '../notifications/notify';
import type { CapabilityForMatching, NeedForMatching } from './candidates.repo';

/** A title short enough for a notification. */
export const titleOf = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** A match a need's run keeps, as far as its notifications need it. */
export type KeptNeedMatch = {
  id: string;
  score: number;
  relevance: number;
  notified: boolean;
  capability: Pick<CapabilityForMatching, 'title' | 'manufacturerOrganizationId'>;
};

/**
 * Whom a need's run tells (DESIGN.md §4, step 5): its buyer (and poster) once per version — "N
 * suppliers found", or "no domestic supplier found" when no match is strong — and each manufacturer this run alerts for the first time
 * (`alerted`: match ids by capability id), once per need, for its best capability. Possible matches
 * alert nobody.
 */
export function needRunEvents(
  need: NeedForMatching,
  kept: KeptNeedMatch[],
  alerted: ReadonlyMap<string, string>,
): AddressedEvent[] {
  const needId = need.id;
  const strong = kept.filter((match) => match.notified);
  const buyerSide = [need.buyerOrganizationId, need.postedByOrganizationId];
  // Either way the buyer hears once per version: suppliers found, or nobody in the country makes it.
  const events: AddressedEvent[] = [
    strong.length > 0
      ? {
          organizationIds: buyerSide,
          event: {
            kind: 'need.matched',
            payload: { needId, needTitle: titleOf(need.title), suppliers: strong.length },
            dedupeKey: `need-matched-${needId}-v${need.version}`,
          },
        }
      : {
          organizationIds: buyerSide,
          event: {
            kind: 'need.no_domestic_supplier',
            payload: { needId, needTitle: titleOf(need.title), possible: kept.length },
            dedupeKey: `need-unmatched-${needId}-v${need.version}`,
          },
        },
  ];
  const seen = new Set<string>();
  for (const match of strong) {
    const manufacturer = match.capability.manufacturerOrganizationId;
    const matchId = alerted.get(match.id);
    if (!matchId || seen.has(manufacturer)) continue;
    seen.add(manufacturer);
    events.push({
      organizationIds: [manufacturer],
      event: {
        kind: 'capability.need_fits',
        payload: {
          needId,
          matchId,
          needTitle: titleOf(need.title),
          capabilityId: match.id,
          capabilityTitle: titleOf(match.capability.title),
          score: match.score,
          relevance: match.relevance,
        },
        dedupeKey: `need-fits-${needId}-${manufacturer}`,
      },
    });
  }
  return events;
}
