import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, signBody, verifySignature } from './signature';

describe('webhook signatures', () => {
  it('is sha256= and the hex HMAC-SHA256 of the raw body', () => {
    const body = '{"kind":"need.matched","payload":{"suppliers":3}}';
    const hex = createHmac('sha256', 'secret').update(body).digest('hex');
    expect(signBody('secret', body)).toBe(`sha256=${hex}`);
  });

  it('verifies the exact body only, with the right secret', () => {
    const body = '{"a":"Подшипник"}';
    const header = signBody('s1', body);
    expect(verifySignature('s1', body, header)).toBe(true);
    expect(verifySignature('s2', body, header)).toBe(false);
    expect(verifySignature('s1', `${body} `, header)).toBe(false);
    expect(verifySignature('s1', body, undefined)).toBe(false);
    expect(verifySignature('s1', body, 'sha256=00')).toBe(false);
  });

  it('generates distinct, prefixed secrets', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(a);
  });
});
