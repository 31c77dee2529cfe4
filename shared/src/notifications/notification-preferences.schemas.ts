import { z } from 'zod';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds.schemas';

/** Per-user channels; the webhook channel belongs to the organization (`webhookMutedKinds`). */
export const USER_CHANNELS = ['inApp', 'email'] as const;
export type UserChannel = (typeof USER_CHANNELS)[number];

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS as [NotificationKind, ...NotificationKind[]]);

const channelSwitchesSchema = z.strictObject({
  inApp: z.boolean().optional(),
  email: z.boolean().optional(),
});

/**
 * Only the switches the user changed are stored: every channel of every kind is on by default, so a
 * kind added later reaches everybody until they turn it off.
 */
export const notificationPreferencesSchema = z.partialRecord(notificationKindSchema, channelSwitchesSchema);
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const channelEnabled = (
  preferences: NotificationPreferences,
  kind: string,
  channel: UserChannel,
): boolean => preferences[kind as NotificationKind]?.[channel] ?? true;
