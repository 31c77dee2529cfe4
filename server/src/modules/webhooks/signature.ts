import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The `X-Zamena-Signature` value: HMAC-SHA256 of the raw body with the organization's secret, hex. */
export const signBody = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

/** What a receiver does (and tests): compare in constant time. */
export function verifySignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** 32 random bytes, prefixed so a leaked one is recognisable in logs and secret scanners. */
export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;
