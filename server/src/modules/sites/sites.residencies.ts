import type {
  DeclareResidency,
  Residency,
  ResidencyDecision,
  ResidencyList,
  ResidencyQueueQuery,
} from '@zamena/shared/sites/sites.schemas';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { ForbiddenError, NotFoundError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { notifyOrganizations } from '../notifications/notify';
import { toResidency } from './site.mapper';
import { createSitesRepo } from './sites.repo';
import type { SitesService } from './sites.service';

type Deps = { db: Db; sites: Pick<SitesService, 'findActive'>; clock?: () => Date };

const assertOwner = (actor: Actor) => {
  if (!actor.isAdmin && actor.role !== 'owner') {
    throw new ForbiddenError('owner_only', 'Only the organization owner declares residency');
  }
};

/**
 * Residency in a site: the organization's owner declares it, the association verifies or refuses it
 * (as it verifies the organization); only verified residency is shown to other organizations.
 */
export function createResidencies({ db, sites, clock = () => new Date() }: Deps) {
  const repo = createSitesRepo(db);

  /** The residency if the actor's organization holds it (or the actor is the association), else 404. */
  async function own(id: string, actor: Actor) {
    const found = await repo.residency(id);
    if (!found || (found.residency.organizationId !== actor.organizationId && !isAnalyst(actor))) {
      throw new NotFoundError('Residency');
    }
    return found;
  }

  return {
    /** An organization's residencies: all of them for itself and the association, verified ones for others. */
    async ofOrganization(organizationId: string, actor: Actor): Promise<ResidencyList> {
      const all = organizationId === actor.organizationId || isAnalyst(actor);
      const rows = await repo.residenciesOf(organizationId, all ? undefined : 'verified');
      return { items: rows.map(toResidency) };
    },

    async declare(input: DeclareResidency, actor: Actor): Promise<Residency> {
      assertOwner(actor);
      await sites.findActive(input.siteId);
      return db.transaction(async (tx) => {
        const txRepo = createSitesRepo(tx);
        const id = await txRepo.declare(actor.organizationId, input.siteId);
        const found = (await txRepo.residency(id))!;
        await recordAudit(tx, {
          actor,
          action: 'site_residency.declared',
          entityType: 'site_residency',
          entityId: id,
          after: { siteId: input.siteId, status: found.residency.status },
        });
        return toResidency(found);
      });
    },

    async withdraw(id: string, actor: Actor): Promise<void> {
      const found = await own(id, actor);
      if (found.residency.organizationId !== actor.organizationId) throw new NotFoundError('Residency');
      assertOwner(actor);
      await db.transaction(async (tx) => {
        await createSitesRepo(tx).removeResidency(id);
        await recordAudit(tx, {
          actor,
          action: 'site_residency.withdrawn',
          entityType: 'site_residency',
          entityId: id,
          before: { siteId: found.site.id, status: found.residency.status },
        });
      });
    },

    /** The association's queue (pending by default). */
    async queue(query: ResidencyQueueQuery, actor: Actor): Promise<ResidencyList> {
      if (!isAnalyst(actor)) throw new ForbiddenError('analysts_only', 'Only the association verifies');
      return { items: (await repo.residenciesByStatus(query.status)).map(toResidency) };
    },

    /** Verify, or refuse with a reason (a verified residency refused later is revoked). */
    async decide(id: string, decision: ResidencyDecision, actor: Actor): Promise<Residency> {
      await own(id, actor);
      if (!isAnalyst(actor)) throw new ForbiddenError('analysts_only', 'Only the association verifies');
      return db.transaction(async (tx) => {
        const txRepo = createSitesRepo(tx);
        const before = await txRepo.lockResidency(id);
        if (!before) throw new NotFoundError('Residency');
        const status = decision.decision === 'verify' ? 'verified' : 'refused';
        if (before.status === status) return toResidency((await txRepo.residency(id))!);
        const decidedAt = clock();
        await txRepo.decide(id, {
          status,
          reason: decision.decision === 'refuse' ? decision.reason : null,
          decidedAt,
          decidedByUserId: actor.userId,
        });
        await recordAudit(tx, {
          actor,
          action: `site_residency.${status}`,
          entityType: 'site_residency',
          entityId: id,
          before: { status: before.status },
          after: { status, reason: decision.reason || null },
        });
        const after = (await txRepo.residency(id))!;
        await notifyOrganizations(tx, [before.organizationId], {
          kind: 'residency.decision',
          payload: {
            residencyId: id,
            organizationId: before.organizationId,
            siteName: after.site.name,
            decision: decision.decision,
            reason: decision.reason,
          },
          // Each decision is its own event: a later one notifies again.
          dedupeKey: `residency-decision:${id}:${decidedAt.getTime()}`,
        });
        return toResidency(after);
      });
    },
  };
}
export type Residencies = ReturnType<typeof createResidencies>;
