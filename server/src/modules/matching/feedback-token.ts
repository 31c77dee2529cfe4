import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed "not our product" links (DESIGN.md §4, step 6): the alert e-mail carries a token for one
 * match and one user, so the answer needs no sign-in. HMAC-SHA256 over the match, the user and the
 * expiry, with a secret of the server's (`JWT_SECRET`, separated by its own prefix).
 */
const DAY_MS = 86_400_000;
/** An alert is answered within weeks, if at all. */
export const FEEDBACK_TOKEN_DAYS = 60;

const encode = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

export function createFeedbackTokens(secret: string, clock: () => Date = () => new Date()) {
  const mac = (payload: string) => createHmac('sha256', `match-feedback:${secret}`).update(payload).digest();

  return {
    sign(matchId: string, userId: string): string {
      const payload = encode(
        JSON.stringify({ m: matchId, u: userId, e: clock().getTime() + FEEDBACK_TOKEN_DAYS * DAY_MS }),
      );
      return `${payload}.${mac(payload).toString('base64url')}`;
    },

    /** The user the token was issued to, when it is genuine, unexpired and for this match; else null. */
    verify(token: string, matchId: string): { userId: string } | null {
      const [payload, signature, ...rest] = token.split('.');
      if (!payload || !signature || rest.length > 0) return null;
      const expected = mac(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        const { m, u, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
          string,
          unknown
        >;
        if (m !== matchId || typeof u !== 'string' || typeof e !== 'number' || e < clock().getTime())
          return null;
        return { userId: u };
      } catch {
        return null;
      }
    },
  };
}
export type FeedbackTokens = ReturnType<typeof createFeedbackTokens>;

/** The web page that asks "not our product?" for one match, with the token of one user (alert e-mails link to it). */
export function feedbackLinks(publicUrl: string, tokens: Pick<FeedbackTokens, 'sign'>) {
  const base = publicUrl.replace(/\/$/, '');
  return (matchId: string, userId: string) =>
    `${base}/feedback/matches/${matchId}?token=${tokens.sign(matchId, userId)}`;
}
