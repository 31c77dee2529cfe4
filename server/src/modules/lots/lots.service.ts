import type {
  CreateLotBid,
  LotBid,
  LotBidList,
  LotAwardSummary,
  LotDetail,
  LotListQuery,
  LotPage,
  LotRebuild,
} from '@zamena/shared/lots/lots.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import {
  ConflictError,
  type FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../lib/errors';
import { isUniqueViolation } from '../../lib/pg-errors';
import { addToOutbox } from '../../queue/outbox';
import { recordAudit } from '../audit/audit.repo';
import { compareDecimals } from '../bids/bid-terms';
import { PUBLIC_NEED_STATUSES } from '../needs/needs.permissions';
import { notifyOrganizations } from '../notifications/notify';
import type { OrganizationsService } from '../organizations/organizations.service';
import type { SupportMeasuresService } from '../support-measures/support-measures.service';
import { toLot, toLotBid, toLotLine, toLotNeed, toLotOrder, toLotRebuild } from './lot.mapper';
import { bidPricing } from './lot-bid-pricing';
import { lotBidTerms } from './lot-bid-terms';
import { createLotAwardsRepo } from './lot-awards.repo';
import { createLotBidsRepo } from './lot-bids.repo';
import { createLotRebuildsRepo } from './lot-rebuilds.repo';
import { rebuildLotsJob, rebuildLotsJobId } from './lots.jobs';
import { canSeeLot, listedLotStatuses, lotBidderRefusal } from './lots.permissions';
import { createLotsRepo, type LotWithKind } from './lots.repo';

type Deps = {
  db: Db;
  organizations: Pick<OrganizationsService, 'findRow'>;
  supportMeasures: Pick<SupportMeasuresService, 'forTargets'>;
  clock?: () => Date;
};

/** A lot page lists this many of its needs; `needsCount` tells how many there are. */
const LOT_NEEDS_SHOWN = 1000;

const assertAnalyst = (actor: Actor, what: string) => {
  if (!isAnalyst(actor)) throw new ForbiddenError('analysts_only', `Only association analysts ${what}`);
};

/** Lots (DESIGN.md §2, §3): listing, publication, rebuild requests and manufacturers' bids. */
export function createLotsService({ db, organizations, supportMeasures, clock = () => new Date() }: Deps) {
  const repo = createLotsRepo(db);
  const bidsRepo = createLotBidsRepo(db);
  const rebuildsRepo = createLotRebuildsRepo(db);
  const awardsRepo = createLotAwardsRepo(db);
  const today = () => clock().toISOString().slice(0, 10);

  /** A centre reads its region's lots once verified (it acts for the region only then). */
  async function centreRegion(actor: Actor): Promise<string | null> {
    if (actor.organizationKind !== 'center' || actor.isAdmin) return null;
    const organization = await organizations.findRow(actor.organizationId);
    return organization?.verified ? organization.regionCode : null;
  }

  async function visible(id: string, actor: Actor): Promise<LotWithKind> {
    const found = await repo.findById(id);
    // A draft the caller may not see answers as missing, so ids cannot be probed (DESIGN.md §3).
    if (!found || !canSeeLot(actor, found.lot, await centreRegion(actor))) throw new NotFoundError('Lot');
    return found;
  }

  const withMeasures = async (rows: LotWithKind[]) => {
    const measures = await supportMeasures.forTargets(
      rows.map(({ lot }) => ({ okpd2: lot.okpd2Kind, regionCodes: lot.regionCodes })),
    );
    return rows.map((row, i) => toLot(row, measures[i] ?? []));
  };

  /** The award's figures for all who see the lot; its orders for analysts, else the viewer's own. */
  async function awardSummary(lot: LotWithKind['lot'], actor: Actor): Promise<LotAwardSummary | null> {
    if (lot.status !== 'awarded') return null;
    const [totals, orders] = await Promise.all([
      awardsRepo.totals(lot.id, lot.totalQuantity),
      awardsRepo.orders(lot.id, isAnalyst(actor) ? null : actor.organizationId),
    ]);
    return {
      awardedQuantity: trimDecimal(totals.quantity),
      awardedValue: totals.value,
      coverage: totals.coverage,
      orders: orders.map(toLotOrder),
    };
  }

  async function detail(found: LotWithKind, actor: Actor): Promise<LotDetail> {
    const award = await awardSummary(found.lot, actor);
    const needs = await repo.needs(
      found.lot.id,
      isAnalyst(actor)
        ? null
        : { organizationId: actor.organizationId, publicStatuses: PUBLIC_NEED_STATUSES },
      LOT_NEEDS_SHOWN,
    );
    const [lot] = await withMeasures([found]);
    const lines = await repo.lines(found.lot.id);
    return { ...lot!, lines: lines.map(toLotLine), needs: needs.map(toLotNeed), award };
  }

  return {
    async list(query: LotListQuery, actor: Actor): Promise<LotPage> {
      const region = await centreRegion(actor);
      const statuses = listedLotStatuses(actor, region, query.status);
      if (statuses.length === 0) return { items: [], nextCursor: null };
      // A verified centre lists the lots touching its region; `region` narrows any list further.
      const regionCodes = [...new Set([region, query.region].filter((code): code is string => !!code))];
      const rows = await repo.list({
        statuses,
        okpd2: query.okpd2,
        regionCodes,
        after: query.cursor ? decodeCursor(query.cursor, 'relevance') : undefined,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: await withMeasures(page),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'relevance', key: last.lot.totalValue, id: last.lot.id })
            : null,
      };
    },

    get: async (id: string, actor: Actor): Promise<LotDetail> => detail(await visible(id, actor), actor),

    /** The lot if the actor may see it, else 404: what the award checks first. */
    findVisible: visible,

    /** draft → published (analysts); the buyers of the pooled needs hear of it once. */
    async publish(id: string, actor: Actor): Promise<LotDetail> {
      const found = await visible(id, actor);
      assertAnalyst(actor, 'publish lots');
      if (found.lot.status !== 'draft') {
        throw new ConflictError('lot_not_draft', `A ${found.lot.status} lot cannot be published`);
      }
      const published = await db.transaction(async (tx) => {
        const txRepo = createLotsRepo(tx);
        const row = await txRepo.publish(id, actor.userId);
        if (!row) throw new ConflictError('lot_not_draft', 'The lot changed meanwhile; reload it');
        await recordAudit(tx, {
          actor,
          action: 'lot.published',
          entityType: 'lot',
          entityId: id,
          before: { status: found.lot.status },
          after: { status: row.status, needsCount: row.needsCount, totalQuantity: row.totalQuantity },
        });
        await notifyOrganizations(tx, await txRepo.buyerIds(id), {
          kind: 'lot.published',
          payload: {
            lotId: id,
            okpd2Kind: row.okpd2Kind,
            okpd2KindName: found.kindName,
            unit: row.unit,
            needsCount: row.needsCount,
            regionsCount: row.regionsCount,
          },
          dedupeKey: `lot-published:${id}`,
        });
        return { lot: row, kindName: found.kindName };
      });
      return detail(published, actor);
    },

    /** Queues a rebuild (analysts); a rebuild already waiting is returned instead of queueing another. */
    async requestRebuild(actor: Actor): Promise<LotRebuild> {
      assertAnalyst(actor, 'rebuild lots');
      return db.transaction(async (tx) => {
        const txRepo = createLotRebuildsRepo(tx);
        await txRepo.lockRequests();
        const waiting = await txRepo.findQueued();
        if (waiting) return toLotRebuild(waiting);
        const row = await txRepo.insert({ trigger: 'manual', requestedByUserId: actor.userId });
        await recordAudit(tx, {
          actor,
          action: 'lot.rebuild_requested',
          entityType: 'lot_rebuild',
          entityId: row.id,
        });
        await addToOutbox(tx, rebuildLotsJob, { rebuildId: row.id }, rebuildLotsJobId(row.id));
        return toLotRebuild(row);
      });
    },

    async getRebuild(id: string, actor: Actor): Promise<LotRebuild> {
      const row = await rebuildsRepo.findById(id);
      if (!row || !isAnalyst(actor)) throw new NotFoundError('Lot rebuild');
      return toLotRebuild(row);
    },

    async bid(lotId: string, input: CreateLotBid, actor: Actor): Promise<LotBid> {
      const { lot } = await visible(lotId, actor);
      const refusal = lotBidderRefusal(actor, await repo.buyerIds(lotId));
      if (refusal) throw new ForbiddenError(refusal.code, refusal.message);
      if (lot.status !== 'published') {
        throw new ConflictError('lot_not_published', `A ${lot.status} lot takes no bids`);
      }
      const errors: FieldError[] = [];
      if (compareDecimals(input.quantity, lot.totalQuantity) > 0) {
        errors.push({
          path: 'quantity',
          message: `must not exceed the lot's total (${trimDecimal(lot.totalQuantity)})`,
        });
      }
      if (input.validUntil < today()) errors.push({ path: 'validUntil', message: 'must not be in the past' });
      const pricing = bidPricing(input, await repo.lines(lotId), errors);
      const terms = lotBidTerms(input, pricing.unitPrice, today(), errors);
      if (errors.length > 0) throw new ValidationError('The bid is invalid', errors);
      const bidder = await organizations.findRow(actor.organizationId);
      if (!bidder) throw new NotFoundError('Organization');
      try {
        return await db.transaction(async (tx) => {
          const row = await createLotBidsRepo(tx).insert({
            lotId,
            bidderOrganizationId: actor.organizationId,
            unitPrice: pricing.unitPrice,
            linePrices: pricing.linePrices,
            quantity: input.quantity,
            leadTimeDays: input.leadTimeDays,
            validUntil: input.validUntil,
            comment: input.comment,
            ...terms,
          });
          await recordAudit(tx, {
            actor,
            action: 'lot_bid.submitted',
            entityType: 'lot_bid',
            entityId: row.id,
            after: {
              lotId,
              unitPrice: row.unitPrice,
              linePrices: row.linePrices,
              quantity: row.quantity,
              leadTimeDays: row.leadTimeDays,
              ...terms,
            },
          });
          return toLotBid({ bid: row, bidder });
        });
      } catch (error) {
        if (isUniqueViolation(error, 'lot_bids_lot_bidder_live_key')) {
          throw new ConflictError('lot_bid_exists', 'Your organization already has a live bid on this lot');
        }
        throw error;
      }
    },

    /** Analysts see every bid; anyone else who may see the lot, their own. */
    /**
     * The bidder withdraws its live bid (it may then bid again, with new terms). Someone else's bid is
     * not found, unless the viewer is an analyst, who sees every bid but withdraws none.
     */
    async withdrawBid(lotId: string, bidId: string, actor: Actor): Promise<LotBid> {
      const { lot } = await visible(lotId, actor);
      const bidder = await organizations.findRow(actor.organizationId);
      if (!bidder) throw new NotFoundError('Organization');
      return db.transaction(async (tx) => {
        const bids = createLotBidsRepo(tx);
        const row =
          lot.status === 'published' ? await bids.withdraw(lotId, bidId, actor.organizationId) : undefined;
        if (!row) {
          const found = await bids.find(lotId, bidId);
          if (!found || (found.bidderOrganizationId !== actor.organizationId && !isAnalyst(actor))) {
            throw new NotFoundError('Bid');
          }
          if (found.bidderOrganizationId !== actor.organizationId) {
            throw new ForbiddenError('not_your_bid', 'Only the organization that made a bid can withdraw it');
          }
          if (found.status !== 'submitted')
            throw new ConflictError('lot_bid_withdrawn', 'The bid is already withdrawn');
          throw new ConflictError('lot_not_published', `Bids on a ${lot.status} lot cannot be withdrawn`);
        }
        await recordAudit(tx, {
          actor,
          action: 'lot_bid.withdrawn',
          entityType: 'lot_bid',
          entityId: row.id,
          before: { status: 'submitted' },
          after: { status: row.status },
        });
        return toLotBid({ bid: row, bidder });
      });
    },

    async bids(lotId: string, actor: Actor): Promise<LotBidList> {
      await visible(lotId, actor);
      const rows = await bidsRepo.list(lotId, isAnalyst(actor) ? undefined : actor.organizationId);
      return { items: rows.map(toLotBid) };
    },
  };
}
export type LotsService = ReturnType<typeof createLotsService>;
