import { z } from 'zod';
import { email, text, uuid } from '../common/common.schemas';
import { notificationPreferencesSchema } from '../notifications/notification-preferences.schemas';
import { newOrganizationSchema, organizationSchema } from '../organizations/organizations.schemas';

export const LANGUAGES = ['ru', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);

export const ROLES = ['owner', 'member'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * NIST SP 800-63B: at least 10 characters, no composition rules, never trimmed (every character the
 * user typed counts, at sign-in too). The server also refuses common passwords and the e-mail itself.
 */
export const passwordSchema = z.string().min(10).max(200);

export const userSchema = z.object({
  id: uuid,
  email: z.string(),
  fullName: z.string(),
  role: roleSchema,
  isAdmin: z.boolean(),
  organizationId: uuid,
  language: languageSchema,
  /** Disabled by an administrator: cannot sign in. */
  disabled: z.boolean(),
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

export const meSchema = z.object({
  user: userSchema,
  organization: organizationSchema,
  notificationPreferences: notificationPreferencesSchema,
});
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

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const forgotPasswordSchema = z.object({ email });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(200),
  newPassword: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const memberParamsSchema = z.object({ id: uuid, userId: uuid });
export const invitationParamsSchema = z.object({ id: uuid, invitationId: uuid });

/** An invitation not yet accepted and not expired, as the owner's members page lists it. */
export const pendingInvitationSchema = invitationSchema.omit({ token: true }).extend({
  invitedAt: z.string(),
  invitedBy: z.string(),
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;
export const updateMemberSchema = z.object({ role: roleSchema });
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

/** `PATCH /me`: the user's own name, language (e-mails follow it) and notification switches. */
export const updateMeSchema = z
  .object({
    fullName: text(2, 200),
    language: languageSchema,
    notificationPreferences: notificationPreferencesSchema,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type UpdateMeInput = z.infer<typeof updateMeSchema>;

/** `GET /users?q=` (analysts, administrators): users by name or e-mail with their organization. */
export const userSearchQuerySchema = z.object({
  q: text(2, 200),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type UserSearchQuery = z.infer<typeof userSearchQuerySchema>;

export const userSearchItemSchema = userSchema.extend({
  organizationName: z.string(),
  removed: z.boolean(),
});
export type UserSearchItem = z.infer<typeof userSearchItemSchema>;
