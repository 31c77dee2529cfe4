import { okpd2SubtreePrefix } from '@zamena/shared/domain/okpd2';
import type {
  Match,
  MatchFeedback,
  MatchFeedbackSubject,
  MatchList,
  MatchPage,
  MatchQueueQuery,
  MatchReview,
  NeedMatchList,
} from '@zamena/shared/matching/matching.schemas';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findActor } from '../auth/actors.repo';
import type { CapabilitiesService } from '../capabilities/capabilities.service';
import type { NeedsService } from '../needs/needs.service';
import type { OrganizationsService } from '../organizations/organizations.service';
import type { FeedbackTokens } from './feedback-token';
import { toMatch } from './match.mapper';
import { createMatchesQueryRepo, type MatchRow } from './matches.query.repo';

type Deps = {
  db: Db;
  needs: Pick<NeedsService, 'get'>;
  capabilities: Pick<CapabilitiesService, 'get'>;
  organizations: Pick<OrganizationsService, 'findRow'>;
  feedbackTokens: Pick<FeedbackTokens, 'verify'>;
};

/** Needs a manufacturer may see in its matches; reviewed matches outlive cancelled needs. */
const PUBLIC_NEED_STATUSES = ['open', 'awarded', 'expired'] as const;

const isBuyerSide = (actor: Actor, need: { buyerOrganizationId: string; postedByOrganizationId: string }) =>
  need.buyerOrganizationId === actor.organizationId || need.postedByOrganizationId === actor.organizationId;

/** Reads matches (DESIGN.md §3: buyer side, manufacturer, analysts; centres their region) and reviews them. */
export function createMatchingService({ db, needs, capabilities, organizations, feedbackTokens }: Deps) {
  const repo = createMatchesQueryRepo(db);

  /** A centre reads its region's matches once verified (it acts for the region only then). */
  async function verifiedCentreRegion(actor: Actor): Promise<string | null> {
    if (actor.organizationKind !== 'center') return null;
    const organization = await organizations.findRow(actor.organizationId);
    return organization?.verified ? organization.regionCode : null;
  }

  /** The user a signed feedback link names, as their access token would (the link works while they stay). */
  async function actorOfToken(matchId: string, token: string | undefined): Promise<Actor> {
    const signed = token ? feedbackTokens.verify(token, matchId) : null;
    if (!signed)
      throw new UnauthorizedError('invalid_link', 'Sign in, or open the link from the e-mail again');
    const actor = await findActor(db, signed.userId);
    if (!actor) throw new NotFoundError('Match');
    return actor;
  }

  async function canSeeMatchRow(row: MatchRow, actor: Actor): Promise<boolean> {
    if (isAnalyst(actor) || isBuyerSide(actor, row.need)) return true;
    if (row.match.manufacturerOrganizationId === actor.organizationId)
      return row.match.status !== 'dismissed' && row.match.notified;
    return (await verifiedCentreRegion(actor)) === row.need.deliveryRegionCode;
  }

  return {
    /**
     * A need's strong and possible matches, best first, and whether it has no domestic supplier:
     * matching has looked at this version of the open need and found no strong match still standing.
     */
    async forNeed(needId: string, actor: Actor): Promise<NeedMatchList> {
      const need = await needs.get(needId, actor);
      const allowed =
        isAnalyst(actor) ||
        isBuyerSide(actor, need) ||
        (await verifiedCentreRegion(actor)) === need.deliveryRegionCode;
      // Whoever may see the need but not its suppliers learns nothing: the same 404 as a missing need.
      if (!allowed) throw new NotFoundError('Need');
      const [rows, run] = await Promise.all([
        repo.forNeed(needId, isAnalyst(actor) ? null : 'buyer'),
        repo.runOf(needId),
      ]);
      const standing = rows.some(
        ({ match }) => match.notified && match.status !== 'dismissed' && match.supplierVerdict === null,
      );
      return {
        items: rows.map(toMatch),
        noDomesticSupplier: need.status === 'open' && run?.matchedVersion === need.version && !standing,
        matchedAt: run?.matchedAt?.toISOString() ?? null,
      };
    },

    async forCapability(capabilityId: string, actor: Actor): Promise<MatchList> {
      const capability = await capabilities.get(capabilityId, actor);
      const analyst = isAnalyst(actor);
      if (!analyst && capability.manufacturerOrganizationId !== actor.organizationId) {
        throw new NotFoundError('Capability');
      }
      const rows = await repo.forCapability(
        capabilityId,
        analyst ? null : 'manufacturer',
        analyst ? undefined : PUBLIC_NEED_STATUSES,
      );
      return { items: rows.map(toMatch) };
    },

    /** The alert a signed feedback link is about, for the page that asks before the answer. */
    async feedbackSubject(id: string, token: string): Promise<MatchFeedbackSubject> {
      const actor = await actorOfToken(id, token);
      const row = await repo.findById(id);
      if (!row || row.match.manufacturerOrganizationId !== actor.organizationId || !row.match.notified)
        throw new NotFoundError('Match');
      return {
        matchId: row.match.id,
        needId: row.need.id,
        needTitle: row.need.title,
        capabilityId: row.capability.id,
        capabilityTitle: row.capability.title,
        manufacturerName: row.manufacturer.name,
        supplierVerdict: (row.match.supplierVerdict as MatchFeedbackSubject['supplierVerdict']) ?? null,
      };
    },

    /**
     * "Not our product" (DESIGN.md §4, step 6): a member of the alerted manufacturer, signed in or by the
     * signed link of the alert e-mail, says the need is not for it. The pair is suppressed in later runs
     * and kept as labelled data; a second answer changes nothing. Another organization's match is a 404.
     */
    async feedback(id: string, input: MatchFeedback, signedIn: Actor | null): Promise<Match> {
      const actor = signedIn ?? (await actorOfToken(id, input.token));
      const row = await repo.findById(id);
      if (!row || row.match.manufacturerOrganizationId !== actor.organizationId || !row.match.notified)
        throw new NotFoundError('Match');
      return db.transaction(async (tx) => {
        const txRepo = createMatchesQueryRepo(tx);
        const note = input.note || null;
        const changed = await txRepo.setSupplierVerdict(id, {
          supplierVerdict: input.verdict,
          supplierVerdictNote: note,
          supplierVerdictByUserId: actor.userId,
        });
        if (changed) {
          await recordAudit(tx, {
            actor,
            action: 'match.not_our_product',
            entityType: 'match',
            entityId: id,
            before: { supplierVerdict: null },
            after: { supplierVerdict: input.verdict, note },
          });
        }
        return toMatch((await txRepo.findById(id))!);
      });
    },

    async queue(query: MatchQueueQuery, actor: Actor): Promise<MatchPage> {
      let regionCode = query.region;
      if (!isAnalyst(actor)) {
        const own = await verifiedCentreRegion(actor);
        if (!own) {
          throw new ForbiddenError('analysts_only', 'The review queue is for analysts and verified centres');
        }
        if (regionCode && regionCode !== own) {
          throw new ForbiddenError('outside_region', 'A centre sees the matches of its own region');
        }
        regionCode = own;
      }
      const sort = query.sort === 'score' ? 'relevance' : 'date';
      const rows = await repo.queue({
        statuses: query.status,
        regionCode,
        district: query.district,
        okpd2Prefix: query.okpd2 ? okpd2SubtreePrefix(query.okpd2) : undefined,
        minScore: query.minScore,
        sort: query.sort,
        after: query.cursor ? decodeCursor(query.cursor, sort) : undefined,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(toMatch),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort, key: last.sortKey, id: last.match.id })
            : null,
      };
    },

    /** Association members and admins; a dismissal keeps its reason (labelled data, DESIGN.md §4). */
    async review(id: string, input: MatchReview, actor: Actor): Promise<Match> {
      const row = await repo.findById(id);
      if (!row || !(await canSeeMatchRow(row, actor))) throw new NotFoundError('Match');
      if (!isAnalyst(actor)) {
        throw new ForbiddenError('analysts_only', 'Only association analysts review matches');
      }
      const status = input.decision === 'approve' ? 'approved' : 'dismissed';
      const reviewReason = input.reason || null;
      return db.transaction(async (tx) => {
        const txRepo = createMatchesQueryRepo(tx);
        await txRepo.review(id, { status, reviewReason, reviewedByUserId: actor.userId });
        await recordAudit(tx, {
          actor,
          action: `match.${status}`,
          entityType: 'match',
          entityId: id,
          before: { status: row.match.status, reviewReason: row.match.reviewReason },
          after: { status, reviewReason },
        });
        return toMatch((await txRepo.findById(id))!);
      });
    },
  };
}
export type MatchingService = ReturnType<typeof createMatchingService>;
