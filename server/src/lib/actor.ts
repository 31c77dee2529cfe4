import type { OrganizationKind } from '@zamena/shared/organizations/organizations.schemas';
import type { Role } from '@zamena/shared/auth/auth.schemas';

/** Who is acting: taken from the access token, passed to services for their permission checks. */
export type Actor = {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  regionCode: string;
  role: Role;
  isAdmin: boolean;
};

export const isAnalyst = (actor: Actor) => actor.isAdmin || actor.organizationKind === 'association';
