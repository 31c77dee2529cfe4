import type {
  Bid,
  BidDetail,
  BidListQuery,
  BidPage,
  CreateBid,
  NeedBids,
  NeedBidsQuery,
  RejectBid,
  UpdateBid,
} from '@zamena/shared/bids/bids.schemas';
import type { Db, DbExecutor } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { AppError, ConflictError, ForbiddenError, PreconditionFailedError } from '../../lib/errors';
import { isUniqueViolation } from '../../lib/pg-errors';
import { recordAudit } from '../audit/audit.repo';
import type { CapabilitiesService } from '../capabilities/capabilities.service';
import type { NeedsService } from '../needs/needs.service';
import { notifyOrganizations } from '../notifications/notify';
import type { OrganizationsService } from '../organizations/organizations.service';
import {
  type BidTerms,
  priceOf,
  toBid,
  toBidAudit,
  toBidRevision,
  toBidTerms,
  toBidWithNeed,
  toComparedBid,
} from './bid.mapper';
import { createBidGuards } from './bids.guards';
import { bidderRefusal, canDecideBid, seesAllBids } from './bids.permissions';
import { type BidNeedRow, type BidRow, createBidsRepo } from './bids.repo';
import { createBidsQueryRepo } from './bids.query.repo';

type Deps = {
  db: Db;
  needs: Pick<NeedsService, 'get'>;
  capabilities: Pick<CapabilitiesService, 'get'>;
  organizations: Pick<OrganizationsService, 'findRow'>;
  clock?: () => Date;
};

const notOpen = (status: string) =>
  new ConflictError('need_not_open', `The need is ${status}: bids are taken only while it is open`);
const notSubmitted = (status: string) =>
  new ConflictError('bid_not_submitted', `The bid is ${status}: only a submitted bid can change`);

/** Tells the buyer side (buyer and posting centre) about a bidder's move. */
const notifyBuyerSide = (
  tx: DbExecutor,
  need: BidNeedRow,
  kind: 'bid.submitted' | 'bid.revised' | 'bid.withdrawn',
  bid: BidRow,
) =>
  notifyOrganizations(tx, [need.buyerOrganizationId, need.postedByOrganizationId], {
    kind,
    payload: { bidId: bid.id, needId: need.id, needTitle: need.title, revision: bid.revision },
    dedupeKey: `${kind.replace('.', '-')}-${bid.id}-r${bid.revision}`,
  });

export function createBidsService({
  db,
  needs,
  capabilities,
  organizations,
  clock = () => new Date(),
}: Deps) {
  const repo = createBidsRepo(db);
  const queries = createBidsQueryRepo(db);
  const guards = createBidGuards({ repo, organizations, capabilities, clock });

  /**
   * Writes a new bid, or the next revision of the organization's live bid on the need (the previous
   * one is kept in bid_revisions). `revising`: the bid and revision a PATCH was based on.
   */
  async function write(
    needId: string,
    terms: BidTerms,
    actor: Actor,
    revising?: { id: string; revision: number },
  ) {
    return db.transaction(async (tx) => {
      const bids = createBidsRepo(tx);
      // FOR SHARE: an acceptance (FOR UPDATE) cannot close the need while this bid lands.
      const need = (await bids.lockNeed(needId, 'share'))!;
      if (need.status !== 'open') throw notOpen(need.status);
      guards.assertTerms(terms, need);
      const live = await bids.findLive(needId, actor.organizationId);
      if (revising && live?.id !== revising.id) throw notSubmitted('no longer submitted');
      if (revising && live?.revision !== revising.revision) throw new PreconditionFailedError();
      const priced = { ...terms, deliveredUnitPrice: priceOf(terms)?.deliveredUnitPriceWithVat ?? null };
      const row = live
        ? await bids.revise(live, priced)
        : await bids
            .insert({ ...priced, needId, bidderOrganizationId: actor.organizationId })
            .catch((error: unknown) => {
              if (isUniqueViolation(error, 'bids_need_bidder_live_key')) {
                throw new ConflictError(
                  'bid_exists',
                  'Your organization just bid on this need; reload and revise it',
                );
              }
              throw error;
            });
      if (!row) throw new PreconditionFailedError('The bid changed meanwhile; reload it');
      await recordAudit(tx, {
        actor,
        action: live ? 'bid.revised' : 'bid.submitted',
        entityType: 'bid',
        entityId: row.id,
        before: live ? toBidAudit(live) : undefined,
        after: toBidAudit(row),
      });
      await notifyBuyerSide(tx, need, live ? 'bid.revised' : 'bid.submitted', row);
      return { bid: (await bids.findById(row.id))!, revised: live !== undefined };
    });
  }

  return {
    /** POST /needs/:id/bids: `revised` when it replaced the organization's live bid (kept as a revision). */
    async submit(needId: string, input: CreateBid, actor: Actor): Promise<{ bid: Bid; revised: boolean }> {
      const need = await needs.get(needId, actor);
      const refusal = bidderRefusal(actor, need);
      if (refusal) throw new AppError(refusal.status, refusal.code, refusal.message);
      if (need.status !== 'open') throw notOpen(need.status);
      await guards.assertCapability(input.capabilityId, actor);
      const { bid, revised } = await write(needId, toBidTerms(input), actor);
      return { bid: toBid(bid.bid, bid.bidder, bid.total), revised };
    },

    /** PATCH /bids/:id: the bidder revises its live bid; `revision` (If-Match) is checked when sent. */
    async revise(id: string, patch: UpdateBid, revision: number | undefined, actor: Actor): Promise<Bid> {
      const found = await guards.visibleBid(id, actor);
      if (found.bid.bidderOrganizationId !== actor.organizationId) {
        throw new ForbiddenError('not_bidder', 'Only the organization that made the bid revises it');
      }
      if (found.bid.status !== 'submitted') throw notSubmitted(found.bid.status);
      if (revision !== undefined && revision !== found.bid.revision) throw new PreconditionFailedError();
      await guards.assertCapability(patch.capabilityId, actor);
      const { bid } = await write(found.need.id, { ...currentTerms(found.bid), ...patch }, actor, found.bid);
      return toBid(bid.bid, bid.bidder, bid.total);
    },

    async withdraw(id: string, actor: Actor): Promise<Bid> {
      const found = await guards.visibleBid(id, actor);
      if (found.bid.bidderOrganizationId !== actor.organizationId) {
        throw new ForbiddenError('not_bidder', 'Only the organization that made the bid withdraws it');
      }
      return db.transaction(async (tx) => {
        const row = await createBidsRepo(tx).decide(id, 'withdrawn', { userId: actor.userId });
        if (!row)
          throw notSubmitted(found.bid.status === 'submitted' ? 'no longer submitted' : found.bid.status);
        await recordAudit(tx, {
          actor,
          action: 'bid.withdrawn',
          entityType: 'bid',
          entityId: id,
          before: { status: 'submitted' },
          after: { status: row.status },
        });
        await notifyBuyerSide(tx, found.need, 'bid.withdrawn', row);
        return toBid(row, found.bidder, found.total);
      });
    },

    async reject(id: string, input: RejectBid, actor: Actor): Promise<Bid> {
      const found = await guards.visibleBid(id, actor);
      if (!canDecideBid(actor, found.need)) {
        throw new ForbiddenError(
          'not_need_owner',
          'Only the buyer or the centre that posted the need decides',
        );
      }
      await guards.assertVerifiedCentre(actor);
      return db.transaction(async (tx) => {
        const row = await createBidsRepo(tx).decide(id, 'rejected', {
          reason: input.reason,
          userId: actor.userId,
        });
        if (!row)
          throw notSubmitted(found.bid.status === 'submitted' ? 'no longer submitted' : found.bid.status);
        await recordAudit(tx, {
          actor,
          action: 'bid.rejected',
          entityType: 'bid',
          entityId: id,
          before: { status: 'submitted' },
          after: { status: row.status, reason: input.reason },
        });
        await notifyOrganizations(tx, [row.bidderOrganizationId], {
          kind: 'bid.rejected',
          payload: { bidId: id, needId: found.need.id, needTitle: found.need.title, reason: input.reason },
          dedupeKey: `bid-rejected-${id}`,
        });
        return toBid(row, found.bidder, found.total);
      });
    },

    async get(id: string, actor: Actor): Promise<BidDetail> {
      const found = await guards.visibleBid(id, actor);
      const revisions = await repo.revisions(id);
      return { ...toBid(found.bid, found.bidder, found.total), revisions: revisions.map(toBidRevision) };
    },

    /** The buyer side and analysts compare every bid; a bidder sees its own; others an empty list. */
    async listForNeed(needId: string, query: NeedBidsQuery, actor: Actor): Promise<NeedBids> {
      const need = await needs.get(needId, actor);
      const rows = await queries.forNeed({
        needId,
        bidderId: seesAllBids(actor, need) ? undefined : actor.organizationId,
        statuses: query.status,
        sort: query.sort,
      });
      return { items: rows.map(toComparedBid) };
    },

    /** GET /bids: the caller's organization's bids; analysts may leave out `mine` to see all. */
    async list(query: BidListQuery, actor: Actor): Promise<BidPage> {
      const rows = await queries.page({
        bidderId: query.mine === false && isAnalyst(actor) ? undefined : actor.organizationId,
        statuses: query.status,
        needId: query.needId,
        after: query.cursor ? decodeCursor(query.cursor, 'date') : undefined,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toBidWithNeed),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'date', key: last.sortKey, id: last.bid.id })
            : null,
      };
    },
  };
}
export type BidsService = ReturnType<typeof createBidsService>;

/** The current terms of a bid: a PATCH changes only what it names. */
const currentTerms = (bid: BidRow): BidTerms => ({
  unitPrice: bid.unitPrice,
  quantity: bid.quantity,
  leadTimeDays: bid.leadTimeDays,
  validUntil: bid.validUntil,
  comment: bid.comment,
  capabilityId: bid.capabilityId,
  vatRate: bid.vatRate,
  priceIncludesVat: bid.priceIncludesVat,
  deliveryBasis: bid.deliveryBasis,
  deliveryCost: bid.deliveryCost,
  prepaymentPercent: bid.prepaymentPercent,
  paymentDays: bid.paymentDays,
  warrantyMonths: bid.warrantyMonths,
  schedule: bid.schedule,
});
