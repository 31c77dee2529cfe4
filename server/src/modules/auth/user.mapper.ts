import type { User } from '@zamena/shared/auth/auth.schemas';
import {
  type NotificationPreferences,
  notificationPreferencesSchema,
} from '@zamena/shared/notifications/notification-preferences.schemas';

type UserFields = Pick<User, 'id' | 'email' | 'fullName' | 'isAdmin' | 'organizationId'> & {
  role: string;
  language: string;
  disabledAt: Date | null;
  createdAt: Date;
};

export function toUser(row: UserFields): User {
  return {
    id: row.id,
    email: row.email,
    fullName: row.fullName,
    role: row.role as User['role'],
    isAdmin: row.isAdmin,
    organizationId: row.organizationId,
    language: row.language as User['language'],
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Stored switches as the contract has them; a kind retired since is dropped rather than failing `/me`. */
export function readPreferences(stored: unknown): NotificationPreferences {
  const entries = Object.entries((stored ?? {}) as Record<string, unknown>).filter(
    ([kind, switches]) => notificationPreferencesSchema.safeParse({ [kind]: switches }).success,
  );
  return notificationPreferencesSchema.parse(Object.fromEntries(entries));
}
