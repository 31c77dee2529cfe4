import { z } from 'zod';
import { email, text } from '../common/common.schemas';
import { organizationSchema } from './organizations.schemas';

/**
 * The organization's record on the exchange, from its orders as supplier and its answers to alerts.
 * `onTime`: delivered by the promised date (the order's day plus the accepted bid's lead time).
 * `medianAnswerHours`: from an alert (a strong match) to the organization's first bid on that need;
 * null until it has answered one.
 */
export const trackRecordSchema = z.object({
  ordersCompleted: z.number().int(),
  onTime: z.number().int(),
  disputes: z.number().int(),
  medianAnswerHours: z.number().nullable(),
  /** Buyers' ratings after completed orders: averages (one decimal) of the 1–5 scores, null until rated. */
  rating: z.object({
    count: z.number().int(),
    onTime: z.number().nullable(),
    quality: z.number().nullable(),
    communication: z.number().nullable(),
  }),
});
export type TrackRecord = z.infer<typeof trackRecordSchema>;

/** `GET /organizations/:id`: the public profile (contacts only as `organizationSchema` says). */
export const organizationProfileSchema = organizationSchema.extend({
  /** Who verified it, when it is verified: an analyst of the association. */
  verifiedBy: z.object({ fullName: z.string(), organizationName: z.string() }).nullable(),
  trackRecord: trackRecordSchema,
});
export type OrganizationProfile = z.infer<typeof organizationProfileSchema>;

export const VERIFICATION_DECISIONS = ['verify', 'refuse', 'revoke'] as const;
export type VerificationDecision = (typeof VERIFICATION_DECISIONS)[number];

/** A refusal and a revocation need a reason the organization can act on; a verification may have one. */
export const verificationDecisionSchema = z
  .object({ decision: z.enum(VERIFICATION_DECISIONS), reason: text(0, 1000).default('') })
  .refine((v) => v.decision === 'verify' || v.reason.length >= 3, {
    path: ['reason'],
    message: 'a refusal or revocation needs a reason',
  });
export type VerificationDecisionInput = z.input<typeof verificationDecisionSchema>;

/** One organization in the association's verification queue, with what it registered with. */
export const verificationQueueItemSchema = z.object({
  organization: organizationSchema,
  owners: z.array(z.object({ fullName: z.string(), email })),
});
export type VerificationQueueItem = z.infer<typeof verificationQueueItemSchema>;
