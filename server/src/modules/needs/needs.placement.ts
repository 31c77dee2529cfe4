import type { CreateNeed } from '@zamena/shared/needs/needs.schemas';
import type { Actor } from '../../lib/actor';
import { AppError, type FieldError, ForbiddenError, ValidationError } from '../../lib/errors';
import type { OrganizationsService } from '../organizations/organizations.service';
import type { ReferenceService } from '../reference/reference.service';
import { toNewNeedRow } from './need.mapper';
import { mustBeVerifiedCentre, needBuyerRefusal, needPosterRefusal, type Refusal } from './needs.permissions';

/** The checks a need passes before it is written: who posts for whom, and what it refers to. */

export const refusalError = (refusal: Refusal) =>
  refusal.status === 403
    ? new ForbiddenError(refusal.code, refusal.message)
    : new AppError(400, refusal.code, refusal.message, [
        { path: refusal.path ?? '', message: refusal.message },
      ]);

export type RowRefusal = Refusal & { index: number };

/** One need: a refused permission is a 403; otherwise a 400 listing every field, under the most specific code. */
export function singleNeedError(refusals: RowRefusal[]): AppError {
  const forbidden = refusals.find((refusal) => refusal.status === 403);
  if (forbidden) return refusalError(forbidden);
  const errors = refusals.map((refusal) => ({ path: refusal.path ?? '', message: refusal.message }));
  const coded = refusals.find((refusal) => refusal.code !== 'validation_failed');
  return coded
    ? new AppError(400, coded.code, coded.message, errors)
    : new ValidationError('The need is invalid', errors);
}

/** A batch (import): every refused row, its index leading the path (`3.okpd2`). */
export function batchNeedError(refusals: RowRefusal[]): AppError {
  const errors: FieldError[] = refusals
    .sort((a, b) => a.index - b.index)
    .map((r) => ({ path: `${r.index}.${r.path ?? ''}`, message: r.message }));
  return new ValidationError(`${new Set(refusals.map((r) => r.index)).size} rows are invalid`, errors);
}

type Deps = {
  organizations: Pick<OrganizationsService, 'findRow'>;
  reference: Pick<ReferenceService, 'existingOkpd2Codes' | 'listRegions'>;
  clock: () => Date;
};

export function createNeedPlacement({ organizations, reference, clock }: Deps) {
  const today = () => clock().toISOString().slice(0, 10);

  async function assertVerifiedCentre(actor: Actor) {
    if (!mustBeVerifiedCentre(actor)) return;
    const centre = await organizations.findRow(actor.organizationId);
    if (!centre?.verified) {
      throw new ForbiddenError(
        'center_not_verified',
        'A centre acts for its region once an association member has verified it',
      );
    }
  }

  /** Refusals of references a need makes: classifier code, region, date (for create and update alike). */
  async function referenceRefusals(
    items: { okpd2?: string | null; deliveryRegionCode?: string | null; neededBy?: string | null }[],
  ): Promise<RowRefusal[]> {
    const codes = [...new Set(items.flatMap((item) => (item.okpd2 ? [item.okpd2] : [])))];
    const known = await reference.existingOkpd2Codes(codes);
    const needsRegions = items.some((item) => item.deliveryRegionCode);
    const regions = new Set(needsRegions ? (await reference.listRegions()).map((r) => r.code) : []);
    return items.flatMap((item, index) => {
      const refusals: RowRefusal[] = [];
      const refuse = (path: string, message: string) =>
        refusals.push({ index, status: 400, code: 'validation_failed', path, message });
      if (item.okpd2 && !known.has(item.okpd2)) refuse('okpd2', 'no such OKPD2 code');
      if (item.deliveryRegionCode && !regions.has(item.deliveryRegionCode))
        refuse('deliveryRegionCode', 'no such region');
      if (item.neededBy && item.neededBy < today()) refuse('neededBy', 'must not be in the past');
      return refusals;
    });
  }

  /** Checks every input (who buys, references) before anything is written; returns rows ready to insert. */
  async function prepare(inputs: CreateNeed[], actor: Actor) {
    const posterRefusal = needPosterRefusal(actor);
    if (posterRefusal) throw refusalError(posterRefusal);
    await assertVerifiedCentre(actor);
    const ownBuyer = !actor.isAdmin && actor.organizationKind === 'enterprise';
    const buyerIds = inputs.map(
      (input) => input.buyerOrganizationId ?? (ownBuyer ? actor.organizationId : undefined),
    );
    const distinct = [...new Set(buyerIds.filter((id): id is string => id !== undefined))];
    const buyers = new Map(
      (await Promise.all(distinct.map((id) => organizations.findRow(id)))).flatMap((row) =>
        row ? [[row.id, row] as const] : [],
      ),
    );
    const refusals = await referenceRefusals(inputs);
    inputs.forEach((input, index) => {
      const buyerId = buyerIds[index];
      const refusal = needBuyerRefusal(
        actor,
        input.buyerOrganizationId,
        buyerId ? buyers.get(buyerId) : undefined,
      );
      if (refusal) refusals.push({ ...refusal, index });
    });
    const now = clock();
    const rows = inputs.map((input, index) =>
      toNewNeedRow(input, {
        // Rows without a buyer are refused above and never inserted.
        buyerOrganizationId: buyerIds[index] ?? '',
        postedByOrganizationId: actor.organizationId,
        status: input.publish ? 'open' : 'draft',
        publishedAt: input.publish ? now : null,
      }),
    );
    return { rows, buyers, refusals };
  }

  return { today, assertVerifiedCentre, referenceRefusals, prepare };
}
export type NeedPlacement = ReturnType<typeof createNeedPlacement>;
