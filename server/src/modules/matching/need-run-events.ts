import { MATCHING_NOTIFICATION_KINDS as KINDS } from '@zamena/shared/notifications/notifications.schemas';
import type { AddressedEvent } from '../notifications/notify';
import type { CapabilityForMatching, NeedForMatching } from './candidates.repo';

/** A title short enough for a notification. */
export const titleOf = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** A match a need's run keeps, as far as its notifications need it. */
export type KeptNeedMatch = {
  id: string;
  score: number;
  capability: Pick<CapabilityForMatching, 'title' | 'manufacturerOrganizationId'>;
};

/** Whom a need's run tells: its buyer (and poster) when it has matches, each newly matched manufacturer. */
export function needRunEvents(
  need: NeedForMatching,
  kept: KeptNeedMatch[],
  added: string[],
): AddressedEvent[] {
  const needId = need.id;
  const events: AddressedEvent[] = [];
  if (kept.length > 0) {
    events.push({
      organizationIds: [need.buyerOrganizationId, need.postedByOrganizationId],
      event: {
        kind: KINDS.needMatched,
        payload: { needId, needTitle: titleOf(need.title), suppliers: kept.length },
        dedupeKey: `need-matched-${needId}-v${need.version}`,
      },
    });
  }
  // One notification per manufacturer, for its best new capability.
  const newIds = new Set(added);
  const seen = new Set<string>();
  for (const match of kept) {
    const manufacturer = match.capability.manufacturerOrganizationId;
    if (!newIds.has(match.id) || seen.has(manufacturer)) continue;
    seen.add(manufacturer);
    events.push({
      organizationIds: [manufacturer],
      event: {
        kind: KINDS.capabilityNeedFits,
        payload: {
          needId,
          needTitle: titleOf(need.title),
          capabilityId: match.id,
          capabilityTitle: titleOf(match.capability.title),
          score: match.score,
        },
        dedupeKey: `need-fits-${needId}-${manufacturer}`,
      },
    });
  }
  return events;
}
