import type { User } from '@zamena/shared/auth/auth.schemas';

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
