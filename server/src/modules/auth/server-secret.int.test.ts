import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { databaseUrl } from '../../../test/test-database';
import { serverSecret } from './server-secret';

/** The public development default JWT_SECRET had before it was removed. */
const OLD_PUBLIC_DEFAULT = 'zamena-development-secret-change-me-0123456789';

/** An HS256 JWT signed with any secret, as an attacker would make one. */
function forgeToken(secret: string, claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ iat: now, exp: now + 600, ...claims })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

let ctx: TestContext;
beforeAll(async () => {
  // No JWT_SECRET: as `npm start` runs without one.
  ctx = await createTestApp({ JWT_SECRET: '' });
});
afterAll(() => ctx.close());

describe('the access-token secret without JWT_SECRET', () => {
  it('refuses a token forged with the old public default for a made-up admin', async () => {
    const claims = {
      sub: randomUUID(),
      sv: 0,
      org: randomUUID(),
      kind: 'association',
      region: '77',
      role: 'owner',
      adm: true,
    };
    for (const url of ['/api/v1/me', '/api/v1/organizations']) {
      const response = await ctx.app.inject({
        method: 'GET',
        url,
        headers: bearer(forgeToken(OLD_PUBLIC_DEFAULT, claims)),
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('uses a random secret kept in the database, the same in every process', async () => {
    expect(ctx.env.JWT_SECRET).not.toBe(OLD_PUBLIC_DEFAULT);
    expect(ctx.env.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    const { rows } = await ctx.database.pool.query("SELECT value FROM server_secrets WHERE name = 'jwt'");
    expect(rows).toEqual([{ value: ctx.env.JWT_SECRET }]);

    // A second API process on the same database accepts the first one's tokens.
    const other = await createTestApp({ JWT_SECRET: '', DATABASE_URL: databaseUrl(ctx.databaseName) });
    try {
      expect(other.env.JWT_SECRET).toBe(ctx.env.JWT_SECRET);
      const owner = await register(ctx.app);
      const me = await other.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(owner.token) });
      expect(me.statusCode).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('makes one secret when processes start together', async () => {
    const values = await Promise.all(
      Array.from({ length: 8 }, () => serverSecret(ctx.database.db, 'race-test')),
    );
    expect(new Set(values).size).toBe(1);
  });
});
