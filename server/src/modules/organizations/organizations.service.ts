import type {
  NewOrganization,
  Organization,
  OrganizationListQuery,
  UpdateOrganization,
} from '@zamena/shared/organizations/organizations.schemas';
import type { User } from '@zamena/shared/auth/auth.schemas';
import type {
  OrganizationProfile,
  VerificationQueueItem,
} from '@zamena/shared/organizations/organization-profile.schemas';
import type { Db, DbExecutor } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { isUniqueViolation } from '../../lib/pg-errors';
import { recordAudit } from '../audit/audit.repo';
import { toUser } from '../auth/user.mapper';
import type { ReferenceService } from '../reference/reference.service';
import { toOrganization } from './organization.mapper';
import { createOrganizationVerification } from './organization-verification';
import { trackRecordOf } from './track-record.repo';
import { createOrganizationsRepo, type OrganizationRow } from './organizations.repo';

type Deps = { db: Db; reference: ReferenceService };

const PLATFORM_REGION = '77';

const canSeePrivate = (actor: Actor, organizationId: string) =>
  actor.organizationId === organizationId || isAnalyst(actor);

export function createOrganizationsService({ db, reference }: Deps) {
  const repo = createOrganizationsRepo(db);
  const decideVerification = createOrganizationVerification({ db });

  async function ownOrAdmin(id: string, actor: Actor): Promise<OrganizationRow> {
    const row = await repo.findById(id);
    // Another organization's private side is answered as missing (DESIGN.md §3).
    if (!row || (row.id !== actor.organizationId && !actor.isAdmin)) throw new NotFoundError('Organization');
    return row;
  }

  return {
    /** Runs inside the caller's transaction (registration creates the organization with its owner). */
    async create(tx: DbExecutor, input: NewOrganization, actor: Actor | null): Promise<OrganizationRow> {
      if (!(await reference.regionExists(input.regionCode))) {
        throw new ValidationError('Unknown region', [
          { path: 'organization.regionCode', message: 'no such region' },
        ]);
      }
      const row = await createOrganizationsRepo(tx)
        .insert({
          name: input.name,
          kind: input.kind,
          inn: input.inn,
          ogrn: input.ogrn,
          regionCode: input.regionCode,
          clusterType: input.cluster?.type ?? null,
          clusterName: input.cluster?.name ?? null,
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error, 'organizations_inn_key')) {
            throw new ConflictError(
              'organization_exists',
              'An organization with this INN is already registered',
            );
          }
          throw error;
        });
      await recordAudit(tx, {
        actor,
        action: 'organization.created',
        entityType: 'organization',
        entityId: row.id,
        after: toOrganization(row, true),
      });
      return row;
    },

    /** The administrator's own organization, created with the first admin (no INN: it is the operator). */
    async createPlatformOperator(tx: DbExecutor): Promise<OrganizationRow> {
      return createOrganizationsRepo(tx).insert({
        name: 'Оператор платформы «Замена»',
        kind: 'association',
        regionCode: PLATFORM_REGION,
        verified: true,
        verifiedAt: new Date(),
      });
    },

    async get(id: string, actor: Actor): Promise<Organization> {
      const row = await repo.findById(id);
      if (!row) throw new NotFoundError('Organization');
      return toOrganization(row, canSeePrivate(actor, id));
    },

    async list(query: OrganizationListQuery, actor: Actor): Promise<Organization[]> {
      const rows = await repo.list(
        {
          kind: query.kind,
          regionCode: query.region,
          verified: query.verified,
          q: query.q,
          verification: query.verification,
        },
        query.limit,
        query.offset,
      );
      return rows.map((row) => toOrganization(row, canSeePrivate(actor, row.id)));
    },

    async update(id: string, patch: UpdateOrganization, actor: Actor): Promise<Organization> {
      const before = await ownOrAdmin(id, actor);
      if (!actor.isAdmin && actor.role !== 'owner') {
        throw new ForbiddenError('owner_only', 'Only the organization owner can change it');
      }
      return db.transaction(async (tx) => {
        const row = await createOrganizationsRepo(tx).update(id, {
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.cluster !== undefined
            ? { clusterType: patch.cluster?.type ?? null, clusterName: patch.cluster?.name ?? null }
            : {}),
          ...(patch.contacts !== undefined ? { contacts: patch.contacts } : {}),
          ...(patch.openDataConsent !== undefined ? { openDataConsent: patch.openDataConsent } : {}),
        });
        await recordAudit(tx, {
          actor,
          action: 'organization.updated',
          entityType: 'organization',
          entityId: id,
          before: toOrganization(before, true),
          after: toOrganization(row, true),
        });
        return toOrganization(row, true);
      });
    },

    /** The public profile: facts, who verified it and its track record (contacts as `get` shows them). */
    async profile(id: string, actor: Actor): Promise<OrganizationProfile> {
      const row = await repo.findById(id);
      if (!row) throw new NotFoundError('Organization');
      const [verifier, trackRecord] = await Promise.all([
        row.verified ? repo.verifier(id) : undefined,
        trackRecordOf(db, id),
      ]);
      return { ...toOrganization(row, canSeePrivate(actor, id)), verifiedBy: verifier ?? null, trackRecord };
    },

    decideVerification,

    /** Kept for API clients of the first release: the same as a `verify` decision. */
    verify: (id: string, actor: Actor) => decideVerification(id, { decision: 'verify', reason: '' }, actor),

    /** The association's queue: organizations by verification status, each with its owners. */
    async verificationQueue(query: OrganizationListQuery, actor: Actor): Promise<VerificationQueueItem[]> {
      if (!isAnalyst(actor)) throw new ForbiddenError('analysts_only', 'Only the association sees the queue');
      const rows = await repo.list(
        {
          kind: query.kind,
          regionCode: query.region,
          q: query.q,
          verification: query.verification ?? 'pending',
        },
        query.limit,
        query.offset,
      );
      const owners = await repo.owners(rows.map((row) => row.id));
      return rows.map((row) => ({
        organization: toOrganization(row, true),
        owners: owners
          .filter((owner) => owner.organizationId === row.id)
          .map(({ fullName, email }) => ({ fullName, email })),
      }));
    },

    async members(id: string, actor: Actor): Promise<User[]> {
      await ownOrAdmin(id, actor);
      return (await repo.members(id)).map(toUser);
    },

    findRow: (id: string) => repo.findById(id),
  };
}
export type OrganizationsService = ReturnType<typeof createOrganizationsService>;
