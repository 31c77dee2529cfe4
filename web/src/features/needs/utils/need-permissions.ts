import type { Session } from '@zamena/shared/auth/auth.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';

/** Mirrors DESIGN.md §3 so the interface offers only what the server will accept; the server decides. */
export type PostingRefusal = 'association' | 'centerNotVerified';

export function postingRefusal({ user, organization }: Session): PostingRefusal | null {
  if (user.isAdmin || organization.kind === 'enterprise') return null;
  if (organization.kind === 'center') return organization.verified ? null : 'centerNotVerified';
  return 'association';
}

/** A centre and an administrator name the enterprise the need is for. */
export function postsForOthers({ user, organization }: Session): boolean {
  return user.isAdmin || organization.kind === 'center';
}

export function ownsNeed({ user, organization }: Session, need: Need): boolean {
  return (
    user.isAdmin ||
    need.buyerOrganizationId === organization.id ||
    need.postedByOrganizationId === organization.id
  );
}

export const EDITABLE_STATUSES: readonly Need['status'][] = ['draft', 'open'];
export const CANCELLABLE_STATUSES: readonly Need['status'][] = ['draft', 'open'];
export const CLOSABLE_STATUSES: readonly Need['status'][] = ['open', 'awarded', 'expired'];
