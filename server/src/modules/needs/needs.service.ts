import type { CatalogueNeedPage, CatalogueNeedQuery } from '@zamena/shared/catalogue/catalogue.schemas';
import { okpd2SubtreePrefix } from '@zamena/shared/domain/okpd2';
import type {
  CreateNeed,
  Need,
  NeedListQuery,
  NeedPage,
  NeedStatus,
  NeedTransition,
  SimilarNeeds,
  SimilarRecentQuery,
  UpdateNeed,
} from '@zamena/shared/needs/needs.schemas';
import { clearedToPublish, missingToPublish, REQUIRED_MESSAGE } from '@zamena/shared/needs/needs.schemas';
import type { Db, DbExecutor } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import {
  type AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '../../lib/errors';
import type { WriteProgress } from '../../lib/write-progress';
import { addManyToOutbox } from '../../queue/outbox';
import { recordAudit, recordAudits } from '../audit/audit.repo';
import type { OrganizationsService } from '../organizations/organizations.service';
import type { ReferenceService } from '../reference/reference.service';
import { toCatalogueNeed } from './need.catalogue.mapper';
import { toNeed, toNeedAudit, toNeedChanges } from './need.mapper';
import { matchNeedJob, matchNeedJobId, NEED_TOPICS } from './needs.jobs';
import { canManageNeed, canSeeBuyerContacts, canSeeNeed, PUBLIC_NEED_STATUSES } from './needs.permissions';
import { createNeedDetailRepo } from './needs.detail.repo';
import { createNeedsRepo, type NeedRow, type NeedWithBuyer } from './needs.repo';
import { createNeedsSearchRepo, type NeedSearch } from './needs.search.repo';
import { createNeedsSimilarRepo, toSimilarNeed } from './needs.repeats.repo';
import { batchNeedError, createNeedPlacement, type RowRefusal, singleNeedError } from './needs.placement';

const DAY_MS = 86_400_000;

const incomplete = (fields: readonly string[]) =>
  new ValidationError(
    'The need lacks what publishing requires',
    fields.map((path) => ({ path, message: REQUIRED_MESSAGE })),
  );

/** A draft saved with only a title is published once every field to publish is there. */
function assertPublishable(need: NeedRow) {
  const missing = missingToPublish(need);
  if (missing.length > 0) throw incomplete(missing);
}

type Deps = {
  db: Db;
  organizations: Pick<OrganizationsService, 'findRow'>;
  reference: Pick<ReferenceService, 'existingOkpd2Codes' | 'listRegions'>;
  clock?: () => Date;
};

/** Needs whose fields may still change; later ones are history (DESIGN.md §2 lifecycle). */
const EDITABLE: readonly NeedStatus[] = ['draft', 'open'];

const TRANSITIONS = {
  publish: { from: ['draft'], to: 'open', action: 'need.published', topic: NEED_TOPICS.published },
  cancel: {
    from: ['draft', 'open'],
    to: 'cancelled',
    action: 'need.cancelled',
    topic: NEED_TOPICS.cancelled,
  },
  close: {
    from: ['open', 'awarded', 'expired'],
    to: 'closed',
    action: 'need.closed',
    topic: NEED_TOPICS.changed,
  },
  /** Not a route: a bid's acceptance awards the need inside its own transaction (awardIn). */
  award: { from: ['open'], to: 'awarded', action: 'need.awarded', topic: NEED_TOPICS.changed },
  /** Not a route: the need closes when its last order is completed (completeIn). */
  complete: { from: ['awarded'], to: 'closed', action: 'need.completed', topic: NEED_TOPICS.changed },
} as const satisfies Record<string, { from: NeedStatus[]; to: NeedStatus; action: string; topic: string }>;
export type NeedTransitionKind = Exclude<keyof typeof TRANSITIONS, 'award' | 'complete'>;

type NeedState = { id: string; status: string; version: number };

export function createNeedsService({ db, organizations, reference, clock = () => new Date() }: Deps) {
  const repo = createNeedsRepo(db);
  const searchRepo = createNeedsSearchRepo(db);
  const detailRepo = createNeedDetailRepo(db);
  const similarRepo = createNeedsSimilarRepo(db);
  const { today, assertVerifiedCentre, referenceRefusals, prepare } = createNeedPlacement({
    organizations,
    reference,
    clock,
  });

  /** A system move in the caller's transaction; undefined when the need left `spec.from` meanwhile. */
  async function moveIn(
    spec: (typeof TRANSITIONS)['award' | 'complete'],
    tx: DbExecutor,
    need: NeedState,
    actor: Actor,
  ) {
    const row = await createNeedsRepo(tx).updateVersioned(need.id, undefined, spec.from, {
      status: spec.to,
    });
    if (!row) return undefined;
    await recordAudit(tx, {
      actor,
      action: spec.action,
      entityType: 'need',
      entityId: need.id,
      before: { status: need.status, version: need.version },
      after: { status: row.status, version: row.version },
    });
    await emit(tx, row, spec.topic);
    return { id: row.id, status: row.status, version: row.version };
  }

  async function insert(
    inputs: CreateNeed[],
    actor: Actor,
    refused: (refusals: RowRefusal[]) => AppError,
    progress?: WriteProgress,
  ) {
    const { rows, buyers, refusals } = await prepare(inputs, actor);
    if (refusals.length > 0) throw refused(refusals);
    return db.transaction(async (tx) => {
      const inserted = await createNeedsRepo(tx).insertMany(rows, progress);
      await recordAudits(
        tx,
        inserted.map((row) => ({
          actor,
          action: 'need.created',
          entityType: 'need',
          entityId: row.id,
          after: toNeedAudit(row),
        })),
      );
      await addManyToOutbox(
        tx,
        matchNeedJob,
        inserted.map((row) =>
          matchEntry(row, row.status === 'open' ? NEED_TOPICS.published : NEED_TOPICS.changed),
        ),
      );
      return inserted.map((row) => toNeed(row, buyers.get(row.buyerOrganizationId)!, true));
    });
  }

  const matchEntry = (row: NeedRow, topic: string) => ({
    payload: { needId: row.id, version: row.version },
    jobId: matchNeedJobId(row.id, row.version),
    topic,
  });
  const emit = (tx: DbExecutor, row: NeedRow, topic: string) =>
    addManyToOutbox(tx, matchNeedJob, [matchEntry(row, topic)]);

  async function visible(id: string, actor: Actor): Promise<NeedWithBuyer> {
    const found = await repo.findById(id);
    // Another organization's draft answers as missing, so ids cannot be probed (DESIGN.md §3).
    if (!found || !canSeeNeed(actor, found.need)) throw new NotFoundError('Need');
    return found;
  }

  async function manageable(id: string, actor: Actor, version: number | undefined): Promise<NeedWithBuyer> {
    const found = await visible(id, actor);
    if (!canManageNeed(actor, found.need)) {
      throw new ForbiddenError(
        'not_need_owner',
        'Only the buyer or the centre that posted the need changes it',
      );
    }
    await assertVerifiedCentre(actor);
    if (version !== undefined && found.need.version !== version) throw new PreconditionFailedError();
    return found;
  }

  type Paging = Pick<NeedListQuery, 'q' | 'sort' | 'limit' | 'cursor'>;

  /** One page and the cursor of the next: the one row past the page size only tells that another follows. */
  async function searchPage(search: Omit<NeedSearch, 'q' | 'sort' | 'after' | 'limit'>, paging: Paging) {
    const sort = paging.q && paging.sort !== 'date' ? 'relevance' : 'date';
    const rows = await searchRepo.search({
      ...search,
      q: paging.q,
      sort,
      after: paging.cursor ? decodeCursor(paging.cursor, sort) : undefined,
      limit: paging.limit + 1,
    });
    const page = rows.slice(0, paging.limit);
    const last = page.at(-1);
    const nextCursor =
      rows.length > paging.limit && last ? encodeCursor({ sort, key: last.sortKey, id: last.need.id }) : null;
    return { page, nextCursor };
  }

  return {
    async list(query: NeedListQuery, actor: Actor): Promise<NeedPage> {
      const { page, nextCursor } = await searchPage(
        {
          okpd2Prefix: query.okpd2 ? okpd2SubtreePrefix(query.okpd2) : undefined,
          regionCode: query.region,
          district: query.district,
          statuses: query.status,
          critical: query.critical,
          buyerId: query.buyer,
          postedById: query.postedBy,
          viewerOrganizationId: isAnalyst(actor) ? undefined : actor.organizationId,
          publicStatuses: PUBLIC_NEED_STATUSES,
        },
        query,
      );
      return {
        items: page.map((row) =>
          toNeed(row.need, row.buyer, canSeeBuyerContacts(actor, row.need, row.supplied)),
        ),
        nextCursor,
      };
    },

    /** The public catalogue (DESIGN.md §5): the same search for guests, open needs only, public fields. */
    async listOpen(query: CatalogueNeedQuery): Promise<CatalogueNeedPage> {
      const { page, nextCursor } = await searchPage(
        {
          okpd2Prefix: query.okpd2 ? okpd2SubtreePrefix(query.okpd2) : undefined,
          regionCode: query.region,
          district: query.district,
          critical: query.critical,
          statuses: ['open'],
          publicStatuses: PUBLIC_NEED_STATUSES,
        },
        query,
      );
      return { items: page.map(toCatalogueNeed), nextCursor };
    },

    async get(id: string, actor: Actor): Promise<Need> {
      const found = await detailRepo.find(id, isAnalyst(actor) ? null : actor.organizationId);
      // Another organization's draft answers as missing, so ids cannot be probed (DESIGN.md §3).
      if (!found || !canSeeNeed(actor, found.need)) throw new NotFoundError('Need');
      const { need, buyer, supplied } = found;
      return toNeed(need, buyer, canSeeBuyerContacts(actor, need, supplied));
    },

    /** The caller's organization's needs of the last day with a title like this one: a repeat to warn of. */
    async similarRecent({ title }: SimilarRecentQuery, actor: Actor): Promise<SimilarNeeds> {
      const since = new Date(clock().getTime() - DAY_MS);
      const rows = await similarRepo.similarSince(actor.organizationId, title, since);
      return { items: rows.map(toSimilarNeed) };
    },

    async create(input: CreateNeed, actor: Actor): Promise<Need> {
      const [need] = await insert([input], actor, singleNeedError);
      return need!;
    },

    /**
     * All or nothing, in one transaction (for imports): any refused row refuses the batch with a
     * 400 whose error paths start with the row's index (`3.okpd2`). `progress` hears the rows written.
     */
    createMany(inputs: CreateNeed[], actor: Actor, progress?: WriteProgress): Promise<Need[]> {
      if (inputs.length === 0) return Promise.resolve([]);
      return insert(inputs, actor, batchNeedError, progress);
    },

    /** The refusal `createMany` would answer for these rows (the same 400 or 403), without writing them. */
    async checkMany(inputs: CreateNeed[], actor: Actor): Promise<void> {
      const { refusals } = await prepare(inputs, actor);
      if (refusals.length > 0) throw batchNeedError(refusals);
    },

    async update(id: string, patch: UpdateNeed, version: number, actor: Actor): Promise<Need> {
      const { need, buyer } = await manageable(id, actor, version);
      if (!EDITABLE.includes(need.status as NeedStatus)) {
        throw new ConflictError('need_not_editable', `A need in status ${need.status} cannot be changed`);
      }
      const cleared = need.status === 'draft' ? [] : clearedToPublish(patch);
      if (cleared.length > 0) throw incomplete(cleared);
      const refusals = await referenceRefusals([patch]);
      if (refusals.length > 0) {
        throw new ValidationError(
          'The change is invalid',
          refusals.map((r) => ({ path: r.path ?? '', message: r.message })),
        );
      }
      return db.transaction(async (tx) => {
        const row = await createNeedsRepo(tx).updateVersioned(id, version, EDITABLE, toNeedChanges(patch));
        // The guarded UPDATE lost to a concurrent change: nothing was written.
        if (!row) throw new PreconditionFailedError();
        await recordAudit(tx, {
          actor,
          action: 'need.updated',
          entityType: 'need',
          entityId: id,
          before: toNeedAudit(need),
          after: toNeedAudit(row),
        });
        await emit(tx, row, NEED_TOPICS.changed);
        return toNeed(row, buyer, true);
      });
    },

    /** publish / cancel / close; `version` (If-Match) is optional here, but checked when sent. */
    async transition(
      kind: NeedTransitionKind,
      id: string,
      actor: Actor,
      version?: number,
      input?: NeedTransition,
    ): Promise<Need> {
      const spec = TRANSITIONS[kind];
      const { need, buyer } = await manageable(id, actor, version);
      const from: readonly string[] = spec.from;
      if (!from.includes(need.status)) {
        throw new ConflictError('invalid_transition', `A need in status ${need.status} cannot be ${spec.to}`);
      }
      if (kind === 'publish') assertPublishable(need);
      if (kind === 'publish' && need.neededBy && need.neededBy < today()) {
        throw new ConflictError(
          'needed_by_passed',
          'Move the needed-by date to the future before publishing',
        );
      }
      return db.transaction(async (tx) => {
        const row = await createNeedsRepo(tx).updateVersioned(id, version, spec.from, {
          status: spec.to,
          ...(kind === 'publish' ? { publishedAt: clock() } : {}),
        });
        if (!row) {
          throw version === undefined
            ? new ConflictError('invalid_transition', 'The need changed meanwhile; reload it')
            : new PreconditionFailedError();
        }
        await recordAudit(tx, {
          actor,
          action: spec.action,
          entityType: 'need',
          entityId: id,
          before: { status: need.status, version: need.version },
          after: {
            status: row.status,
            version: row.version,
            ...(input?.reason ? { reason: input.reason } : {}),
          },
        });
        await emit(tx, row, spec.topic);
        return toNeed(row, buyer, true);
      });
    },

    /**
     * In the caller's transaction (a bid's acceptance, which holds the need's row lock): the need goes
     * from open to awarded through the same table, audit and re-matching as every other transition.
     * Undefined when it is no longer open.
     */
    awardIn: (tx: DbExecutor, need: NeedState, actor: Actor) => moveIn(TRANSITIONS.award, tx, need, actor),

    /** In the caller's transaction (the last order's completion, which locks the need): awarded → closed. */
    completeIn: (tx: DbExecutor, need: NeedState, actor: Actor) =>
      moveIn(TRANSITIONS.complete, tx, need, actor),
  };
}
export type NeedsService = ReturnType<typeof createNeedsService>;
