import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, signBody, verifySignature } from './signature';

const AT = new Date('2026-12-07T12:00:00Z');
const T = AT.getTime() / 1000;

describe('webhook signatures', () => {
  it('is t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">', () => {
    const body = '{"kind":"need.matched","payload":{"suppliers":3}}';
    const hex = createHmac('sha256', 'secret').update(`${T}.${body}`).digest('hex');
    expect(signBody('secret', body, AT)).toBe(`t=${T},v1=${hex}`);
  });

  it('verifies the exact body only, with the right secret', () => {
    const body = '{"a":"Подшипник"}';
    const header = signBody('s1', body, AT);
    expect(verifySignature('s1', body, header, { now: AT })).toBe(true);
    expect(verifySignature('s2', body, header, { now: AT })).toBe(false);
    expect(verifySignature('s1', `${body} `, header, { now: AT })).toBe(false);
    expect(verifySignature('s1', body, undefined, { now: AT })).toBe(false);
    expect(verifySignature('s1', body, `t=${T},v1=00`, { now: AT })).toBe(false);
    expect(verifySignature('s1', body, 'sha256=00', { now: AT })).toBe(false);
  });

  it('refuses a replay outside the tolerance and a timestamp changed after signing', () => {
    const body = '{"a":1}';
    const header = signBody('s1', body, AT);
    const later = (seconds: number) => new Date(AT.getTime() + seconds * 1000);
    expect(verifySignature('s1', body, header, { now: later(299) })).toBe(true);
    expect(verifySignature('s1', body, header, { now: later(301) })).toBe(false);
    expect(verifySignature('s1', body, header, { now: later(-301) })).toBe(false);
    const moved = header.replace(`t=${T}`, `t=${T + 600}`);
    expect(verifySignature('s1', body, moved, { now: later(600) })).toBe(false);
  });

  it('accepts any of several v1 values (a receiver during secret rotation)', () => {
    const body = '{"a":1}';
    const [t, v1] = signBody('s1', body, AT).split(',');
    const header = `${t},v1=${'0'.repeat(64)},${v1}`;
    expect(verifySignature('s1', body, header, { now: AT })).toBe(true);
  });

  it('generates distinct, prefixed secrets', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(a);
  });
});
