import type { AddressedEvent } from '../notifications/notify';
import type { CapabilityForMatching, NeedForMatching } from './candidates.repo';
import { titleOf } from './need-run-events';

/**
 * Whom a capability's run tells: the buyer (and poster) of each need it newly fits strongly ("a
 * supplier was found"), and the manufacturer once per capability version with how many needs that is.
 */
export function capabilityRunEvents(
  capability: Pick<
    CapabilityForMatching,
    'id' | 'title' | 'version' | 'manufacturerOrganizationId' | 'manufacturerName'
  >,
  alerted: NeedForMatching[],
): AddressedEvent[] {
  if (alerted.length === 0) return [];
  const manufacturer = capability.manufacturerOrganizationId;
  return [
    ...alerted.map((need): AddressedEvent => ({
      organizationIds: [need.buyerOrganizationId, need.postedByOrganizationId],
      event: {
        kind: 'need.supplier_found',
        payload: {
          needId: need.id,
          needTitle: titleOf(need.title),
          capabilityId: capability.id,
          capabilityTitle: titleOf(capability.title),
          manufacturerName: capability.manufacturerName,
        },
        dedupeKey: `need-supplier-${need.id}-${manufacturer}`,
      },
    })),
    {
      organizationIds: [manufacturer],
      event: {
        kind: 'capability.matched',
        payload: {
          capabilityId: capability.id,
          capabilityTitle: titleOf(capability.title),
          needs: alerted.length,
        },
        dedupeKey: `capability-matched-${capability.id}-v${capability.version}`,
      },
    },
  ];
}
