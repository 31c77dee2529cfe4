import type { ProblemCode } from '@zamena/shared/common/problem-codes';
import { type Actor, isAnalyst } from '../../lib/actor';

/** DESIGN.md §3 for capabilities, as pure predicates the service applies. */

type CapabilityOwner = { active: boolean; manufacturerOrganizationId: string };

/** Active capabilities are public; a deactivated one stays with its manufacturer and analysts. */
export const canSeeCapability = (actor: Actor, capability: CapabilityOwner) =>
  capability.active || isAnalyst(actor) || capability.manufacturerOrganizationId === actor.organizationId;

export const canManageCapability = (actor: Actor, capability: CapabilityOwner) =>
  actor.isAdmin || capability.manufacturerOrganizationId === actor.organizationId;

export type Refusal = { status: 400 | 403; code: ProblemCode; message: string; path?: string };

export type ManufacturerFacts = { id: string; kind: string };

/**
 * Only enterprises post capabilities, for themselves; an administrator names the enterprise.
 * `manufacturer` is the organization `manufacturerId` names, if it exists.
 */
export function manufacturerRefusal(
  actor: Actor,
  manufacturerId: string | undefined,
  manufacturer: ManufacturerFacts | undefined,
): Refusal | null {
  const path = 'manufacturerOrganizationId';
  if (!actor.isAdmin) {
    if (actor.organizationKind !== 'enterprise') {
      return {
        status: 403,
        code: 'enterprises_only',
        message: 'Only enterprises post production capabilities',
      };
    }
    if (manufacturerId === undefined || manufacturerId === actor.organizationId) return null;
    return {
      status: 403,
      code: 'cannot_post_for_others',
      message: 'An enterprise posts its own capabilities',
      path,
    };
  }
  if (manufacturerId === undefined) {
    return { status: 400, code: 'manufacturer_required', message: 'name the manufacturing enterprise', path };
  }
  if (!manufacturer)
    return { status: 400, code: 'unknown_manufacturer', message: 'no such organization', path };
  if (manufacturer.kind !== 'enterprise') {
    return {
      status: 400,
      code: 'manufacturer_not_enterprise',
      message: 'the manufacturer must be an enterprise',
      path,
    };
  }
  return null;
}
