import { createHmac } from 'node:crypto';
import { hashOpaqueToken } from './secrets';

/**
 * The token of a reset link is an HMAC of the reset's id under the server's secret: the API stores only
 * its hash, the job carries only the id, and the worker (which has the same secret) can still write
 * the link into the e-mail.
 */
export function createResetTokens(secret: string) {
  const tokenOf = (resetId: string) =>
    createHmac('sha256', secret).update(`password-reset:${resetId}`).digest('base64url');
  return { tokenOf, hashOf: (resetId: string) => hashOpaqueToken(tokenOf(resetId)) };
}
export type ResetTokens = ReturnType<typeof createResetTokens>;

/** Where the e-mail's link lands: the web client's reset page, the token in the fragment (never logged). */
export const resetLink = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/$/, '')}/reset-password#token=${token}`;
