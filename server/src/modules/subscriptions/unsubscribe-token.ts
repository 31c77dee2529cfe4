import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The digest e-mail's unsubscribe link (no sign-in): the subscription's id and an HMAC-SHA256 of it
 * with the server's secret under its own prefix (as feedback-token.ts does). No expiry: an old digest's
 * link should still stop the digests, and all it can do is turn one subscription's digest off.
 */
export function createUnsubscribeTokens(secret: string) {
  const mac = (subscriptionId: string) =>
    createHmac('sha256', `subscription-unsubscribe:${secret}`).update(subscriptionId).digest();

  return {
    sign: (subscriptionId: string) => `${subscriptionId}.${mac(subscriptionId).toString('base64url')}`,

    /** The subscription the token was issued for when it is genuine; else null. */
    verify(token: string): string | null {
      const [subscriptionId, signature, ...rest] = token.split('.');
      if (!subscriptionId || !signature || rest.length > 0) return null;
      const expected = mac(subscriptionId);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      return subscriptionId;
    },
  };
}
export type UnsubscribeTokens = ReturnType<typeof createUnsubscribeTokens>;

/** The web page that turns a subscription's digest off with the token (digest e-mails link to it). */
export const unsubscribeLink = (publicUrl: string, tokens: Pick<UnsubscribeTokens, 'sign'>) => {
  const base = publicUrl.replace(/\/$/, '');
  return (subscriptionId: string) => `${base}/unsubscribe?token=${tokens.sign(subscriptionId)}`;
};
