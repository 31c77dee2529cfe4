import { z } from 'zod';
import { email, text, uuid } from '../common/common.schemas';
import { newOrganizationSchema, organizationSchema } from '../organizations/organizations.schemas';

export const LANGUAGES = ['ru', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);

export const ROLES = ['owner', 'member'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const passwordSchema = text(10, 200);

export const userSchema = z.object({
  id: uuid,
  email: z.string(),
  fullName: z.string(),
  role: roleSchema,
  isAdmin: z.boolean(),
  organizationId: uuid,
  language: languageSchema,
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const registerSchema = z.object({
  email,
  password: passwordSchema,
  fullName: text(2, 200),
  language: languageSchema.default('ru'),
  organization: newOrganizationSchema.extend({
    kind: z.enum(['enterprise', 'center'], { message: 'only enterprises and centres register themselves' }),
  }),
});
export type RegisterInput = z.input<typeof registerSchema>;

export const loginSchema = z.object({ email, password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof loginSchema>;

export const sessionSchema = z.object({
  accessToken: z.string(),
  user: userSchema,
  organization: organizationSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const meSchema = z.object({ user: userSchema, organization: organizationSchema });
export type Me = z.infer<typeof meSchema>;

export const inviteMemberSchema = z.object({
  email,
  fullName: text(2, 200),
  role: roleSchema.default('member'),
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const invitationSchema = z.object({
  id: uuid,
  email: z.string(),
  fullName: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
  /** Returned once, to the inviting owner, so it can be passed on when no e-mail is configured. */
  token: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const acceptInvitationSchema = z.object({
  token: z.string().min(20).max(200),
  password: passwordSchema,
  language: languageSchema.default('ru'),
});

export const createAssociationSchema = z.object({
  organization: newOrganizationSchema.extend({ kind: z.literal('association') }),
  owner: z.object({ email, fullName: text(2, 200), password: passwordSchema }),
});
