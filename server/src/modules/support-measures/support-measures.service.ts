import type {
  ApplicableSupportMeasuresQuery,
  CreateSupportMeasure,
  SupportMeasure,
  SupportMeasureList,
  SupportMeasureListQuery,
  SupportMeasureRef,
  UpdateSupportMeasure,
} from '@zamena/shared/support-measures/support-measures.schemas';
import { measureApplies } from '@zamena/shared/support-measures/support-measures.applicability';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { type FieldError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import type { ReferenceService } from '../reference/reference.service';
import { toSupportMeasure, toSupportMeasureAudit, toSupportMeasureRef } from './support-measure.mapper';
import { createSupportMeasuresRepo, type SupportMeasureRow } from './support-measures.repo';

type Deps = { db: Db; reference: Pick<ReferenceService, 'existingOkpd2Codes' | 'listRegions'> };

/** Goods (an OKPD2 code) in some regions: what applicability is asked about. */
export type MeasureTarget = { okpd2: string; regionCodes: readonly string[] };

const assertAdmin = (actor: Actor) => {
  if (!actor.isAdmin) {
    throw new ForbiddenError('admins_only', 'Only a platform administrator maintains the support measures');
  }
};

/**
 * The support-measure catalogue: everyone signed in reads the active measures; administrators
 * maintain it. Applicability is the pure rule in shared (support-measures.applicability.ts).
 */
export function createSupportMeasuresService({ db, reference }: Deps) {
  const repo = createSupportMeasuresRepo(db);

  /** Codes and regions must exist in the reference data: a typo would silently narrow the measure. */
  async function scopeErrors(input: Partial<Pick<CreateSupportMeasure, 'okpd2Prefixes' | 'regionCodes'>>) {
    const errors: FieldError[] = [];
    if (input.okpd2Prefixes?.length) {
      const known = await reference.existingOkpd2Codes(input.okpd2Prefixes);
      input.okpd2Prefixes.forEach((code, i) => {
        if (!known.has(code)) errors.push({ path: `okpd2Prefixes.${i}`, message: `no OKPD2 code ${code}` });
      });
    }
    if (input.regionCodes?.length) {
      const known = new Set((await reference.listRegions()).map((region) => region.code));
      input.regionCodes.forEach((code, i) => {
        if (!known.has(code)) errors.push({ path: `regionCodes.${i}`, message: `no region ${code}` });
      });
    }
    if (errors.length > 0) throw new ValidationError('The support measure is invalid', errors);
  }

  const dedupe = <T>(values: T[] | undefined) => (values ? [...new Set(values)] : undefined);

  async function visible(id: string, actor: Actor): Promise<SupportMeasureRow> {
    const row = await repo.findById(id);
    // An inactive measure is the administrators' draft: others get the same 404 as a missing one.
    if (!row || (!row.active && !actor.isAdmin)) throw new NotFoundError('Support measure');
    return row;
  }

  /** Active measures once, then the pure rule per target (lots and niches ask for dozens at a time). */
  async function forTargets(targets: MeasureTarget[]): Promise<SupportMeasureRef[][]> {
    if (targets.length === 0) return [];
    const active = await repo.list(true);
    return targets.map((target) =>
      active.filter((row) => measureApplies(row, target)).map(toSupportMeasureRef),
    );
  }

  return {
    async list(query: SupportMeasureListQuery, actor: Actor): Promise<SupportMeasureList> {
      const rows = await repo.list(actor.isAdmin ? query.active : true);
      const { type, region, okpd2 } = query;
      // The applicability rule with a scope-free stand-in for what was not asked: no code, any goods.
      const fits = (row: SupportMeasureRow) =>
        (!type || row.type === type) &&
        (!region || row.regionCodes.length === 0 || row.regionCodes.includes(region)) &&
        (!okpd2 || measureApplies({ ...row, active: true, regionCodes: [] }, { okpd2, regionCodes: [] }));
      return { items: rows.filter(fits).map(toSupportMeasure) };
    },

    get: async (id: string, actor: Actor): Promise<SupportMeasure> =>
      toSupportMeasure(await visible(id, actor)),

    async applicable(query: ApplicableSupportMeasuresQuery): Promise<SupportMeasureList> {
      const active = await repo.list(true);
      const target = { okpd2: query.okpd2, regionCodes: query.region ? [query.region] : [] };
      return { items: active.filter((row) => measureApplies(row, target)).map(toSupportMeasure) };
    },

    forTargets,

    async create(input: CreateSupportMeasure, actor: Actor): Promise<SupportMeasure> {
      assertAdmin(actor);
      await scopeErrors(input);
      return db.transaction(async (tx) => {
        const row = await createSupportMeasuresRepo(tx).insert({
          ...input,
          okpd2Prefixes: dedupe(input.okpd2Prefixes),
          regionCodes: dedupe(input.regionCodes),
        });
        await recordAudit(tx, {
          actor,
          action: 'support_measure.created',
          entityType: 'support_measure',
          entityId: row.id,
          after: toSupportMeasureAudit(row),
        });
        return toSupportMeasure(row);
      });
    },

    async update(id: string, patch: UpdateSupportMeasure, actor: Actor): Promise<SupportMeasure> {
      const before = await visible(id, actor);
      assertAdmin(actor);
      await scopeErrors(patch);
      return db.transaction(async (tx) => {
        const row = await createSupportMeasuresRepo(tx).update(id, {
          ...patch,
          okpd2Prefixes: dedupe(patch.okpd2Prefixes),
          regionCodes: dedupe(patch.regionCodes),
        });
        if (!row) throw new NotFoundError('Support measure');
        await recordAudit(tx, {
          actor,
          action: 'support_measure.updated',
          entityType: 'support_measure',
          entityId: id,
          before: toSupportMeasureAudit(before),
          after: toSupportMeasureAudit(row),
        });
        return toSupportMeasure(row);
      });
    },

    async remove(id: string, actor: Actor): Promise<void> {
      await visible(id, actor);
      assertAdmin(actor);
      await db.transaction(async (tx) => {
        const row = await createSupportMeasuresRepo(tx).remove(id);
        if (!row) throw new NotFoundError('Support measure');
        await recordAudit(tx, {
          actor,
          action: 'support_measure.deleted',
          entityType: 'support_measure',
          entityId: id,
          before: toSupportMeasureAudit(row),
        });
      });
    },
  };
}
export type SupportMeasuresService = ReturnType<typeof createSupportMeasuresService>;
