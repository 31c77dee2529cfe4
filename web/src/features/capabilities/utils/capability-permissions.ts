import type { Session } from '@zamena/shared/auth/auth.schemas';
import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';

/** DESIGN.md §3: enterprises post their own capabilities; an administrator posts for any enterprise. */
export const canPostCapabilities = ({ user, organization }: Session) =>
  user.isAdmin || organization.kind === 'enterprise';

export const ownsCapability = ({ user, organization }: Session, capability: Capability) =>
  user.isAdmin || capability.manufacturerOrganizationId === organization.id;
