import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How old a signed delivery a receiver accepts (Stripe's default): older ones may be replays. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const hmacHex = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');

/**
 * The `X-Zamena-Signature` value, `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`: the
 * timestamp is inside the signed content, so a captured delivery cannot be replayed later.
 */
export const signBody = (secret: string, body: string, now: Date = new Date()) => {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
};

function parseHeader(header: string) {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value, ...rest] = part.trim().split('=');
    if (!key || value === undefined || rest.length > 0) return null;
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * What a receiver does (and tests): the header parses, its timestamp is within the tolerance of the
 * receiver's clock, and one `v1` equals the HMAC of "<t>.<body>", compared in constant time.
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string | undefined,
  { now = new Date(), toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS } = {},
): boolean {
  const parsed = header ? parseHeader(header) : null;
  if (!parsed) return false;
  if (Math.abs(now.getTime() / 1000 - parsed.timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, parsed.timestamp, body), 'hex');
  return parsed.signatures.some((hex) => {
    const given = Buffer.from(hex, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** 32 random bytes, prefixed so a leaked one is recognisable in logs and secret scanners. */
export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;
