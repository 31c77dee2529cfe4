import type { verificationDecisionSchema } from '@zamena/shared/organizations/organization-profile.schemas';
import type { Organization } from '@zamena/shared/organizations/organizations.schemas';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { notifyMany } from '../notifications/notify';
import { toOrganization, verificationStatusOf } from './organization.mapper';
import { createOrganizationsRepo, type NewOrganizationRow } from './organizations.repo';

type Decision = z.output<typeof verificationDecisionSchema>;

const ACTIONS = {
  verify: 'organization.verified',
  refuse: 'organization.verification_refused',
  revoke: 'organization.verification_revoked',
} as const;

/**
 * The association's decisions on an organization (DESIGN.md §3): verify it, refuse it with a reason
 * (it stays unverified and leaves the queue) or revoke an earlier verification with a reason. Each is
 * audited and told to the organization's owners in the same transaction.
 */
export function createOrganizationVerification({
  db,
  clock = () => new Date(),
}: {
  db: Db;
  clock?: () => Date;
}) {
  function changesFor(decision: Decision, actor: Actor): Partial<NewOrganizationRow> {
    return decision.decision === 'verify'
      ? {
          verified: true,
          verifiedAt: clock(),
          verifiedByUserId: actor.userId,
          verificationRefusedAt: null,
          verificationReason: null,
        }
      : {
          verified: false,
          verifiedAt: null,
          verifiedByUserId: null,
          verificationRefusedAt: clock(),
          verificationReason: decision.reason,
        };
  }

  return async function decide(id: string, decision: Decision, actor: Actor): Promise<Organization> {
    if (!isAnalyst(actor)) {
      throw new ForbiddenError('analysts_only', 'Only an association member or admin verifies');
    }
    return db.transaction(async (tx) => {
      const repo = createOrganizationsRepo(tx);
      const before = await repo.findByIdForUpdate(id);
      if (!before) throw new NotFoundError('Organization');
      // Verifying twice changes nothing; refusing a verified one is a revocation, and only that one.
      if (decision.decision === 'verify' && before.verified) return toOrganization(before, true);
      if (decision.decision === 'refuse' && before.verified) {
        throw new ConflictError('already_verified', 'The organization is verified: revoke it instead');
      }
      if (decision.decision === 'revoke' && !before.verified) {
        throw new ConflictError('not_verified', 'Only a verified organization can have it revoked');
      }
      const row = await repo.update(id, changesFor(decision, actor));
      await recordAudit(tx, {
        actor,
        action: ACTIONS[decision.decision],
        entityType: 'organization',
        entityId: id,
        before: { verificationStatus: verificationStatusOf(before) },
        after: { verificationStatus: verificationStatusOf(row), reason: decision.reason || null },
      });
      const owners = await repo.owners([id]);
      const event = {
        kind: 'organization.verification' as const,
        payload: { organizationId: id, organizationName: row.name, ...decision },
        // Each decision is its own event: a later one notifies again.
        dedupeKey: `organization-verification:${id}:${row.updatedAt.getTime()}`,
      };
      await notifyMany(
        tx,
        owners.map((owner) => ({ organizationIds: [id], userId: owner.id, event })),
      );
      return toOrganization(row, true);
    });
  };
}
