import { describe, expect, it } from 'vitest';
import { createUnsubscribeTokens, unsubscribeLink } from './unsubscribe-token';

const id = '6f1c2f5e-4b1a-4c8e-9a57-3f0c1e2d4b5a';
const tokens = createUnsubscribeTokens('a-secret-of-the-server');

describe('unsubscribe tokens', () => {
  it('verify what they signed', () => {
    expect(tokens.verify(tokens.sign(id))).toBe(id);
  });

  it('refuse another secret, another id, a changed signature and malformed tokens', () => {
    const token = tokens.sign(id);
    const [, signature] = token.split('.');
    expect(createUnsubscribeTokens('another-secret').verify(token)).toBeNull();
    expect(tokens.verify(`${id.replace('6f', '7f')}.${signature}`)).toBeNull();
    expect(tokens.verify(`${id}.${'A'.repeat(43)}`)).toBeNull();
    for (const bad of ['', id, `${token}.x`, `.${signature}`]) expect(tokens.verify(bad)).toBeNull();
  });

  it('make the web link of the e-mail', () => {
    expect(unsubscribeLink('https://zamena.example/', tokens)(id)).toBe(
      `https://zamena.example/unsubscribe?token=${tokens.sign(id)}`,
    );
  });
});
