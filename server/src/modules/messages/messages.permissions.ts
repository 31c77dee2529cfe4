import { type Actor, isAnalyst } from '../../lib/actor';

/** Who takes part in a need's conversations (DESIGN.md §3: private objects of their parties). */

type NeedOwners = { buyerOrganizationId: string; postedByOrganizationId: string };
type ThreadParties = NeedOwners & { supplierOrganizationId: string };

/** The buyer and the centre that posted the need. */
export const isBuyerSide = (actor: Actor, need: NeedOwners) =>
  need.buyerOrganizationId === actor.organizationId || need.postedByOrganizationId === actor.organizationId;

/** The buyer side and analysts see every thread of a need; a supplier only its own. */
export const seesAllThreads = (actor: Actor, need: NeedOwners) =>
  isAnalyst(actor) || isBuyerSide(actor, need);

export const canSeeThread = (actor: Actor, thread: ThreadParties) =>
  seesAllThreads(actor, thread) || thread.supplierOrganizationId === actor.organizationId;

/** Only the two parties write; analysts read. A supplier is a manufacturing enterprise. */
export const canWriteAsSupplier = (actor: Actor) => !actor.isAdmin && actor.organizationKind === 'enterprise';
