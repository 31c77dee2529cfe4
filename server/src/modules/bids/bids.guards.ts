import type { DeliveryBasis, VatRate } from '@zamena/shared/bids/bid-price';
import type { Actor } from '../../lib/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import type { CapabilitiesService } from '../capabilities/capabilities.service';
import type { OrganizationsService } from '../organizations/organizations.service';
import { bidConditionsErrors } from '@zamena/shared/bids/bid-conditions';
import type { BidTerms } from './bid.mapper';
import { termsErrors } from './bid-terms';
import { canSeeBid } from './bids.permissions';
import type { BidsRepo, BidWithNeed } from './bids.repo';

export type GuardDeps = {
  repo: BidsRepo;
  organizations: Pick<OrganizationsService, 'findRow'>;
  capabilities: Pick<CapabilitiesService, 'get'>;
  clock: () => Date;
};

/** The checks bid operations share: visibility, verified centres, the capability and terms of an offer. */
export function createBidGuards({ repo, organizations, capabilities, clock }: GuardDeps) {
  const today = () => clock().toISOString().slice(0, 10);

  return {
    today,

    async visibleBid(id: string, actor: Actor): Promise<BidWithNeed> {
      const found = await repo.findById(id);
      // Another organization's bid answers as missing, so ids cannot be probed (DESIGN.md §3).
      if (!found || !canSeeBid(actor, found.need, found.bid)) throw new NotFoundError('Bid');
      return found;
    },

    /** A centre decides for its region only once verified (DESIGN.md §3). */
    async assertVerifiedCentre(actor: Actor): Promise<void> {
      if (actor.organizationKind !== 'center' || actor.isAdmin) return;
      const centre = await organizations.findRow(actor.organizationId);
      if (!centre?.verified) {
        throw new ForbiddenError(
          'center_not_verified',
          'A centre acts for its region once an association member has verified it',
        );
      }
    },

    /** The capability an offer names must be one of the bidder's own. */
    async assertCapability(capabilityId: string | null | undefined, actor: Actor): Promise<void> {
      if (!capabilityId) return;
      const capability = await capabilities.get(capabilityId, actor).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (capability?.manufacturerOrganizationId !== actor.organizationId) {
        throw new ValidationError('The bid is invalid', [
          { path: 'capabilityId', message: 'must be a capability of your organization' },
        ]);
      }
    },

    /** The whole bid as it will be stored (a revision merged with what it keeps), against its need. */
    assertTerms(terms: BidTerms, need: { quantity: string; neededBy: string }): void {
      const errors = [
        ...termsErrors(terms, need.quantity, today()),
        ...bidConditionsErrors(
          {
            ...terms,
            vatRate: terms.vatRate as VatRate | null,
            deliveryBasis: terms.deliveryBasis as DeliveryBasis | null,
          },
          need.neededBy,
          today(),
        ),
      ];
      if (errors.length > 0) throw new ValidationError('The bid is invalid', errors);
    },
  };
}
export type BidGuards = ReturnType<typeof createBidGuards>;
