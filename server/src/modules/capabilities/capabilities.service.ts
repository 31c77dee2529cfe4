import type {
  Capability,
  CapabilityListQuery,
  CapabilityPage,
  CreateCapability,
  UpdateCapability,
} from '@zamena/shared/capabilities/capabilities.schemas';
import type { Db, DbExecutor } from '../../db/client';
import { type Actor, isAnalyst } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import type { WriteProgress } from '../../lib/write-progress';
import {
  AppError,
  type FieldError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '../../lib/errors';
import { addManyToOutbox } from '../../queue/outbox';
import { recordAudit, recordAudits } from '../audit/audit.repo';
import type { OrganizationsService } from '../organizations/organizations.service';
import type { ReferenceService } from '../reference/reference.service';
import { matchCapabilityJob, matchCapabilityJobId, CAPABILITY_TOPICS } from './capabilities.jobs';
import {
  canManageCapability,
  canSeeCapability,
  manufacturerRefusal,
  type Refusal,
} from './capabilities.permissions';
import {
  createCapabilitiesRepo,
  type CapabilityRow,
  type CapabilityWithManufacturer,
  type ManufacturerRow,
} from './capabilities.repo';
import { createCapabilitiesSearchRepo } from './capabilities.search.repo';
import {
  toCapability,
  toCapabilityAudit,
  toCapabilityChanges,
  toNewCapabilityRow,
} from './capability.mapper';

type Deps = {
  db: Db;
  organizations: Pick<OrganizationsService, 'findRow'>;
  reference: Pick<ReferenceService, 'existingOkpd2Codes' | 'listRegions'>;
};

const refusalError = (refusal: Refusal) =>
  refusal.status === 403
    ? new ForbiddenError(refusal.code, refusal.message)
    : new AppError(400, refusal.code, refusal.message, [
        { path: refusal.path ?? '', message: refusal.message },
      ]);

export function createCapabilitiesService({ db, organizations, reference }: Deps) {
  const repo = createCapabilitiesRepo(db);
  const searchRepo = createCapabilitiesSearchRepo(db);

  /** Every OKPD2 code and region must exist; `prefix` is the row index in a batch (`3.`), or empty. */
  async function referenceErrors(
    items: { okpd2?: string[]; deliveryRegionCodes?: string[] }[],
    prefix: (index: number) => string,
  ): Promise<FieldError[]> {
    const codes = [...new Set(items.flatMap((item) => item.okpd2 ?? []))];
    const known = await reference.existingOkpd2Codes(codes);
    const regions = new Set((await reference.listRegions()).map((region) => region.code));
    return items.flatMap((item, index) => [
      ...(item.okpd2 ?? []).flatMap((code, i) =>
        known.has(code) ? [] : [{ path: `${prefix(index)}okpd2.${i}`, message: 'no such OKPD2 code' }],
      ),
      ...(item.deliveryRegionCodes ?? []).flatMap((code, i) =>
        regions.has(code)
          ? []
          : [{ path: `${prefix(index)}deliveryRegionCodes.${i}`, message: 'no such region' }],
      ),
    ]);
  }

  const matchEntry = (row: CapabilityRow) => ({
    payload: { capabilityId: row.id, version: row.version },
    jobId: matchCapabilityJobId(row.id, row.version),
    topic: CAPABILITY_TOPICS.changed,
  });
  const emit = (tx: DbExecutor, row: CapabilityRow) =>
    addManyToOutbox(tx, matchCapabilityJob, [matchEntry(row)]);

  async function visible(id: string, actor: Actor): Promise<CapabilityWithManufacturer> {
    const found = await repo.findById(id);
    // A deactivated capability of another organization answers as missing (DESIGN.md §3).
    if (!found || !canSeeCapability(actor, found.capability)) throw new NotFoundError('Capability');
    return found;
  }

  async function manageable(id: string, actor: Actor, version: number | undefined) {
    const found = await visible(id, actor);
    if (!canManageCapability(actor, found.capability)) {
      throw new ForbiddenError('not_capability_owner', 'Only the manufacturer changes its capability');
    }
    if (version !== undefined && found.capability.version !== version) throw new PreconditionFailedError();
    return found;
  }

  async function change(
    found: CapabilityWithManufacturer,
    version: number | undefined,
    changes: Partial<CapabilityRow>,
    action: string,
    actor: Actor,
  ): Promise<Capability> {
    return db.transaction(async (tx) => {
      const row = await createCapabilitiesRepo(tx).updateVersioned(found.capability.id, version, changes);
      // The guarded UPDATE lost to a concurrent change: nothing was written.
      if (!row) throw new PreconditionFailedError();
      await recordAudit(tx, {
        actor,
        action,
        entityType: 'capability',
        entityId: row.id,
        before: toCapabilityAudit(found.capability),
        after: toCapabilityAudit(row),
      });
      await emit(tx, row);
      return toCapability(row, found.manufacturer);
    });
  }

  /** The manufacturers of capabilities about to be written, once every row passed its checks (else throws). */
  async function checked(inputs: CreateCapability[], actor: Actor, indexed: boolean) {
    const ids = [...new Set(inputs.map((input) => input.manufacturerOrganizationId ?? actor.organizationId))];
    const manufacturers = new Map<string, ManufacturerRow & { kind: string }>();
    for (const row of await Promise.all(ids.map((id) => organizations.findRow(id)))) {
      if (row) manufacturers.set(row.id, row);
    }
    const errors: FieldError[] = [];
    for (const [index, input] of inputs.entries()) {
      const id = input.manufacturerOrganizationId;
      const refusal = manufacturerRefusal(actor, id, id ? manufacturers.get(id) : undefined);
      if (refusal && (refusal.status === 403 || !indexed)) throw refusalError(refusal);
      if (refusal) errors.push({ path: `${index}.${refusal.path ?? ''}`, message: refusal.message });
    }
    errors.push(...(await referenceErrors(inputs, (index) => (indexed ? `${index}.` : ''))));
    if (errors.length > 0) throw new ValidationError('The capability is invalid', errors);
    return manufacturers;
  }

  async function insert(
    inputs: CreateCapability[],
    actor: Actor,
    indexed: boolean,
    progress?: WriteProgress,
  ): Promise<Capability[]> {
    const manufacturers = await checked(inputs, actor, indexed);
    return db.transaction(async (tx) => {
      const rows = await createCapabilitiesRepo(tx).insertMany(
        inputs.map((input) =>
          toNewCapabilityRow(input, input.manufacturerOrganizationId ?? actor.organizationId),
        ),
        progress,
      );
      await recordAudits(
        tx,
        rows.map((row) => ({
          actor,
          action: 'capability.created',
          entityType: 'capability',
          entityId: row.id,
          after: toCapabilityAudit(row),
        })),
      );
      await addManyToOutbox(tx, matchCapabilityJob, rows.map(matchEntry));
      return rows.map((row) => toCapability(row, manufacturers.get(row.manufacturerOrganizationId)!));
    });
  }

  return {
    async list(query: CapabilityListQuery, actor: Actor): Promise<CapabilityPage> {
      const sort = query.q && query.sort !== 'date' ? 'relevance' : 'date';
      const rows = await searchRepo.search({
        q: query.q,
        okpd2: query.okpd2,
        regionCode: query.region,
        district: query.district,
        manufacturerId: query.organization,
        active: query.active,
        viewerOrganizationId: isAnalyst(actor) ? undefined : actor.organizationId,
        sort,
        after: query.cursor ? decodeCursor(query.cursor, sort) : undefined,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => toCapability(row.capability, row.manufacturer)),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort, key: last.sortKey, id: last.capability.id })
            : null,
      };
    },

    async get(id: string, actor: Actor): Promise<Capability> {
      const { capability, manufacturer } = await visible(id, actor);
      return toCapability(capability, manufacturer);
    },

    async create(input: CreateCapability, actor: Actor): Promise<Capability> {
      const [capability] = await insert([input], actor, false);
      return capability!;
    },

    /**
     * All or nothing, in one transaction (for imports): field errors are prefixed with the row's
     * index (`3.okpd2.0`) so an import can point at the spreadsheet row. `progress` hears the rows written.
     */
    createMany: (
      inputs: CreateCapability[],
      actor: Actor,
      progress?: WriteProgress,
    ): Promise<Capability[]> =>
      inputs.length === 0 ? Promise.resolve([]) : insert(inputs, actor, true, progress),

    /** The refusal `createMany` would answer for these rows (the same 400 or 403), without writing them. */
    async checkMany(inputs: CreateCapability[], actor: Actor): Promise<void> {
      if (inputs.length > 0) await checked(inputs, actor, true);
    },
    async update(id: string, patch: UpdateCapability, version: number, actor: Actor): Promise<Capability> {
      const found = await manageable(id, actor, version);
      const errors = await referenceErrors([patch], () => '');
      if (errors.length > 0) throw new ValidationError('The change is invalid', errors);
      return change(found, version, toCapabilityChanges(patch), 'capability.updated', actor);
    },

    /**
     * DELETE deactivates: matches, bids and orders may point at the capability, so the row stays (and
     * PATCH `active: true` brings it back). Deactivating an inactive one changes nothing.
     */
    async deactivate(id: string, actor: Actor, version?: number): Promise<Capability> {
      const found = await manageable(id, actor, version);
      if (!found.capability.active) return toCapability(found.capability, found.manufacturer);
      return change(found, version, { active: false }, 'capability.deactivated', actor);
    },
  };
}
export type CapabilitiesService = ReturnType<typeof createCapabilitiesService>;
