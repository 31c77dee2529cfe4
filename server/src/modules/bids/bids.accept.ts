import type { Order } from '@zamena/shared/orders/orders.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import type { Db, DbExecutor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { ConflictError, ForbiddenError, PreconditionFailedError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import type { CapabilitiesService } from '../capabilities/capabilities.service';
import type { NeedsService } from '../needs/needs.service';
import { notifyOrganizations } from '../notifications/notify';
import type { OrdersService } from '../orders/orders.service';
import type { OrganizationsService } from '../organizations/organizations.service';
import { compareDecimals } from './bid-terms';
import { createBidGuards } from './bids.guards';
import { canDecideBid } from './bids.permissions';
import { type BidNeedRow, createBidsRepo } from './bids.repo';
import { createBidsQueryRepo } from './bids.query.repo';
import { toComparedBid } from './bid.mapper';
import { freezeProtocol } from '../protocols/protocols.service';
import { claimTransactionKey } from '../idempotency/transaction-key';

type Deps = {
  db: Db;
  orders: Pick<OrdersService, 'createFromBid'>;
  organizations: Pick<OrganizationsService, 'findRow'>;
  capabilities: Pick<CapabilitiesService, 'get'>;
  needs: Pick<NeedsService, 'awardIn'>;
  clock?: () => Date;
};

/** The reason other bidders read when the need went to someone else (DESIGN.md §2: one order per need). */
export const AUTO_REJECT_REASON = 'выбрано другое предложение';

export type Acceptance = { order: Order; replayed: boolean };

/**
 * Accepting a bid, safe under retries and races:
 * - the Idempotency-Key row is claimed first in the transaction, so a retry (even a concurrent one)
 *   gets the stored order instead of a second attempt; the same key on another bid is refused (422);
 * - the need row is locked FOR UPDATE, so acceptances on one need run one at a time and each sees
 *   the status and awarded quantity the previous one left; orders.bid_id is unique besides.
 * A refused acceptance rolls back with its key, so a corrected retry may use it again.
 */
export function createBidAcceptance({
  db,
  orders,
  organizations,
  capabilities,
  needs,
  clock = () => new Date(),
}: Deps) {
  const guards = createBidGuards({ repo: createBidsRepo(db), organizations, capabilities, clock });

  async function award(tx: DbExecutor, need: BidNeedRow, acceptedBidId: string, actor: Actor) {
    const bids = createBidsRepo(tx);
    // The need left `open` (its row is locked above): audited and re-matched by the needs module.
    await needs.awardIn(tx, need, actor);
    const rejected = await bids.rejectOthers(need.id, acceptedBidId, AUTO_REJECT_REASON, actor.userId);
    for (const bid of rejected) {
      await recordAudit(tx, {
        actor,
        action: 'bid.rejected',
        entityType: 'bid',
        entityId: bid.id,
        before: { status: 'submitted' },
        after: { status: bid.status, reason: AUTO_REJECT_REASON },
      });
      await notifyOrganizations(tx, [bid.bidderOrganizationId], {
        kind: 'bid.rejected',
        payload: { bidId: bid.id, needId: need.id, needTitle: need.title, reason: AUTO_REJECT_REASON },
        dedupeKey: `bid-rejected-${bid.id}`,
      });
    }
  }

  return {
    async accept(
      bidId: string,
      key: string,
      revision: number | undefined,
      actor: Actor,
      reason = '',
    ): Promise<Acceptance> {
      const found = await guards.visibleBid(bidId, actor);
      if (!canDecideBid(actor, found.need)) {
        throw new ForbiddenError(
          'not_need_owner',
          'Only the buyer or the centre that posted the need accepts',
        );
      }
      await guards.assertVerifiedCentre(actor);
      const scope = `POST /bids/${bidId}/accept`;

      return db.transaction(async (tx) => {
        const claim = await claimTransactionKey(tx, actor.userId, key, scope);
        if ('replay' in claim) return { order: claim.replay as Order, replayed: true };

        const bids = createBidsRepo(tx);
        const need = (await bids.lockNeed(found.need.id, 'update'))!;
        if (need.status === 'awarded') {
          throw new ConflictError(
            'need_already_awarded',
            'Another bid has already been accepted on this need',
          );
        }
        if (need.status !== 'open') {
          throw new ConflictError(
            'need_not_open',
            `The need is ${need.status}: bids are accepted only while it is open`,
          );
        }
        const { bid } = (await bids.lockById(bidId))!;
        if (bid.status !== 'submitted') {
          throw new ConflictError(
            'bid_not_submitted',
            `The bid is ${bid.status}: only a submitted bid is accepted`,
          );
        }
        if (revision !== undefined && revision !== bid.revision) {
          throw new PreconditionFailedError('The bid was revised after you compared it; review it again');
        }
        if (bid.validUntil < guards.today()) {
          throw new ConflictError('bid_expired', `The bid was valid until ${bid.validUntil}`);
        }
        const remaining = await bids.remainingQuantity(need);
        const fit = compareDecimals(bid.quantity, remaining);
        if (need.allowSplitAward && fit > 0) {
          throw new ConflictError(
            'exceeds_remaining_quantity',
            `Only ${trimDecimal(remaining)} remain to award; the bid offers ${trimDecimal(bid.quantity)}`,
          );
        }

        // The comparison as the buyer sees it now, before the winner is accepted and the rest rejected.
        const compared = await createBidsQueryRepo(tx).forNeed({
          needId: need.id,
          statuses: ['submitted'],
          sort: 'delivered',
        });
        await bids.decide(bidId, 'accepted', { userId: actor.userId, reason: reason || null });
        const created = await orders.createFromBid(
          tx,
          {
            bidId,
            needId: need.id,
            buyerOrganizationId: need.buyerOrganizationId,
            supplierOrganizationId: bid.bidderOrganizationId,
            quantity: bid.quantity,
            unitPrice: bid.unitPrice,
          },
          actor,
        );
        const protocol = await freezeProtocol(tx, {
          needId: need.id,
          winningBidId: bidId,
          orderId: created.id,
          compared: compared.map(toComparedBid),
          reason,
          actor,
          at: clock(),
        });
        const order: Order = { ...created, protocolId: protocol.id, protocolNumber: protocol.number };
        await recordAudit(tx, {
          actor,
          action: 'bid.accepted',
          entityType: 'bid',
          entityId: bidId,
          before: { status: 'submitted', revision: bid.revision },
          after: { status: 'accepted', revision: bid.revision, reason, protocolId: protocol.id },
        });
        // A need without split awards goes to one bid; a split need once its quantity is covered.
        if (!need.allowSplitAward || fit === 0) await award(tx, need, bidId, actor);

        const facts = { bidId, needId: need.id, needTitle: need.title, orderId: order.id };
        await notifyOrganizations(tx, [bid.bidderOrganizationId], {
          kind: 'bid.accepted',
          payload: facts,
          dedupeKey: `bid-accepted-${bidId}`,
        });
        const buyerSide = [need.buyerOrganizationId, need.postedByOrganizationId];
        await notifyOrganizations(
          tx,
          buyerSide.filter((id) => id !== actor.organizationId),
          { kind: 'order.created', payload: facts, dedupeKey: `order-created-${order.id}` },
        );
        await claim.complete(order);
        return { order, replayed: false };
      });
    },
  };
}
export type BidAcceptance = ReturnType<typeof createBidAcceptance>;
