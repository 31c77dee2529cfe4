import type { Session } from '@zamena/shared/auth/auth.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';

/** DESIGN.md §3 for bids, so the page offers only what the server accepts; the server decides. */
export const isBuyerSide = ({ organization }: Session, need: Need) =>
  need.buyerOrganizationId === organization.id || need.postedByOrganizationId === organization.id;

export const isAnalyst = ({ user, organization }: Session) =>
  user.isAdmin || organization.kind === 'association';

/** Only manufacturing enterprises bid, never on their own need; administrators do not bid. */
export const isBidder = (session: Session, need: Need) =>
  !session.user.isAdmin && session.organization.kind === 'enterprise' && !isBuyerSide(session, need);

/** The buyer or its posting centre decides; a centre only once verified. */
export function canDecide(session: Session, need: Need): boolean {
  if (!isBuyerSide(session, need)) return false;
  return session.organization.kind !== 'center' || session.organization.verified;
}
