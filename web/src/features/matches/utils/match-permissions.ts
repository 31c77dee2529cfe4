import type { Session } from '@zamena/shared/auth/auth.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';

/** DESIGN.md §3, as the server applies it to matches; the interface only hides what would be refused. */
export const isAnalyst = ({ user, organization }: Session) =>
  user.isAdmin || organization.kind === 'association';

export const isBuyerSide = ({ organization }: Session, need: Need) =>
  need.buyerOrganizationId === organization.id || need.postedByOrganizationId === organization.id;

/** The buyer side, analysts, and a verified centre of the delivery region (read only). */
export function seesNeedMatches(session: Session, need: Need): boolean {
  if (isAnalyst(session) || isBuyerSide(session, need)) return true;
  const { organization } = session;
  return (
    organization.kind === 'center' &&
    organization.verified &&
    organization.regionCode === need.deliveryRegionCode
  );
}

/** Invitations are messages from the buyer side, while suppliers can still bid. */
export const canInvite = (session: Session, need: Need) =>
  isBuyerSide(session, need) && need.status === 'open';
