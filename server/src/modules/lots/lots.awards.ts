import { createHash } from 'node:crypto';
import type { Order } from '@zamena/shared/orders/orders.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import { splitAward, sumQuantities } from '@zamena/shared/lots/lot-award-split';
import { unitPriceForLine } from '@zamena/shared/lots/lot-line-prices';
import type { CreateLotAward, LotAwardResult } from '@zamena/shared/lots/lots.schemas';
import type { Db, DbExecutor } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { ConflictError, type FieldError, ForbiddenError, ValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { compareDecimals } from '../bids/bid-terms';
import { claimTransactionKey } from '../idempotency/transaction-key';
import type { NeedsService } from '../needs/needs.service';
import { notifyOrganizations } from '../notifications/notify';
import type { OrdersService } from '../orders/orders.service';
import { type AwardNeedRow, createLotAwardsRepo } from './lot-awards.repo';
import type { LotsService } from './lots.service';

type Deps = {
  db: Db;
  lots: Pick<LotsService, 'findVisible'>;
  orders: Pick<OrdersService, 'createFromBid'>;
  needs: Pick<NeedsService, 'awardIn'>;
  clock?: () => Date;
};

export type LotAwarding = { result: LotAwardResult; replayed: boolean };

type LotBidRow = Awaited<ReturnType<ReturnType<typeof createLotAwardsRepo>['bids']>>[number];

/** The key is bound to the lot and the exact awards, so the same key with another body is refused (422). */
const scopeOf = (lotId: string, input: CreateLotAward) =>
  `POST /lots/${lotId}/awards#${createHash('sha256').update(JSON.stringify(input.awards)).digest('hex')}`;

/**
 * Awarding a lot's bids (DESIGN.md §5 "Lots add"), exactly once under retries and races:
 * - the Idempotency-Key is claimed first in the transaction (as a bid acceptance does), so a retry
 *   gets the stored orders; a refused award rolls back with its key;
 * - the lot row is locked FOR UPDATE, so concurrent awards run one at a time and all but the first
 *   find the lot awarded (409); the open needs are locked too, so no bid acceptance takes them meanwhile.
 * The awards are divided among the needs by `splitAward` (earliest needed-by first), one order per share.
 */
export function createLotAwards({ db, lots, orders, needs, clock = () => new Date() }: Deps) {
  const today = () => clock().toISOString().slice(0, 10);

  function checkBids(
    input: CreateLotAward,
    bids: LotBidRow[],
    totalQuantity: string,
  ): Map<string, LotBidRow> {
    const byId = new Map(bids.map((bid) => [bid.id, bid]));
    const errors: FieldError[] = [];
    input.awards.forEach((award, index) => {
      const bid = byId.get(award.lotBidId);
      if (!bid) {
        errors.push({ path: `awards.${index}.lotBidId`, message: 'is not a bid on this lot' });
      } else if (compareDecimals(award.quantity, bid.quantity) > 0) {
        errors.push({
          path: `awards.${index}.quantity`,
          message: `must not exceed the bid's quantity (${trimDecimal(bid.quantity)})`,
        });
      }
    });
    const awarded = sumQuantities(input.awards.map((award) => award.quantity));
    if (compareDecimals(awarded, totalQuantity) > 0) {
      errors.push({
        path: 'awards',
        message: `award at most the lot's total (${trimDecimal(totalQuantity)}); these add up to ${awarded}`,
      });
    }
    if (errors.length > 0) throw new ValidationError('The award is invalid', errors);
    for (const bid of bids) {
      if (bid.status !== 'submitted' || bid.validUntil < today()) {
        throw new ConflictError(
          'lot_bid_not_live',
          `Bid ${bid.id} is withdrawn or expired: it cannot be awarded`,
        );
      }
    }
    return byId;
  }

  async function notify(tx: DbExecutor, order: Order, need: AwardNeedRow, lotBidId: string, actor: Actor) {
    const facts = { bidId: lotBidId, needId: need.id, needTitle: need.title, orderId: order.id };
    await notifyOrganizations(tx, [order.supplierOrganizationId], {
      kind: 'bid.accepted',
      payload: facts,
      dedupeKey: `lot-award-accepted-${order.id}`,
    });
    const buyerSide = [...new Set([need.buyerOrganizationId, need.postedByOrganizationId])];
    await notifyOrganizations(
      tx,
      buyerSide.filter((id) => id !== actor.organizationId),
      { kind: 'order.created', payload: facts, dedupeKey: `order-created-${order.id}` },
    );
  }

  return {
    async award(lotId: string, input: CreateLotAward, key: string, actor: Actor): Promise<LotAwarding> {
      await lots.findVisible(lotId, actor);
      if (!isAnalyst(actor))
        throw new ForbiddenError('analysts_only', 'Only association analysts award lots');
      const scope = scopeOf(lotId, input);

      return db.transaction(async (tx) => {
        const claim = await claimTransactionKey(tx, actor.userId, key, scope);
        if ('replay' in claim) return { result: claim.replay as LotAwardResult, replayed: true };

        const repo = createLotAwardsRepo(tx);
        const lot = (await repo.lockLot(lotId))!;
        if (lot.status === 'awarded') {
          throw new ConflictError('lot_already_awarded', 'The lot has already been awarded');
        }
        if (lot.status !== 'published') {
          throw new ConflictError('lot_not_published', `A ${lot.status} lot cannot be awarded`);
        }
        const bids = checkBids(
          input,
          await repo.bids(
            lotId,
            input.awards.map((a) => a.lotBidId),
          ),
          lot.totalQuantity,
        );
        const openNeeds = await repo.openNeeds(lotId);
        const split = splitAward(openNeeds, input.awards);
        if (compareDecimals(split.unplaced, '0') > 0) {
          throw new ValidationError('The award is invalid', [
            {
              path: 'awards',
              message: `${split.unplaced} more than the lot's open needs still lack: award less`,
            },
          ]);
        }

        const needById = new Map(openNeeds.map((need) => [need.id, need]));
        const created: Order[] = [];
        for (const share of split.shares) {
          const need = needById.get(share.needId)!;
          const bid = bids.get(share.lotBidId)!;
          const order = await orders.createFromBid(
            tx,
            {
              needId: need.id,
              lotId,
              lotBidId: bid.id,
              buyerOrganizationId: need.buyerOrganizationId,
              supplierOrganizationId: bid.bidderOrganizationId,
              quantity: share.quantity,
              // The price of the need's line when the bid priced lines, else its single price.
              unitPrice: unitPriceForLine(bid, need.line),
            },
            actor,
          );
          created.push(order);
          await notify(tx, order, need, bid.id, actor);
        }
        // A need whose shares cover what it lacked is awarded through the needs module's transition.
        for (const need of openNeeds) {
          const shares = split.shares.filter((share) => share.needId === need.id);
          if (
            shares.length > 0 &&
            compareDecimals(sumQuantities(shares.map((s) => s.quantity)), need.remaining) === 0
          ) {
            await needs.awardIn(tx, need, actor);
          }
        }

        await repo.markAwarded(lotId, actor.userId);
        await recordAudit(tx, {
          actor,
          action: 'lot.awarded',
          entityType: 'lot',
          entityId: lotId,
          before: { status: lot.status },
          after: {
            status: 'awarded',
            awards: input.awards,
            orderIds: created.map((order) => order.id),
          },
        });
        const result: LotAwardResult = { orders: created };
        await claim.complete(result);
        return { result, replayed: false };
      });
    },
  };
}
export type LotAwards = ReturnType<typeof createLotAwards>;
