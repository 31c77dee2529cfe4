import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register, uniqueEmail } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

const WINDOW_SECONDS = 600;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({
    LOGIN_FAILURES_PER_ACCOUNT: '3',
    LOGIN_FAILURES_PER_ADDRESS: '5',
    LOGIN_FAILURE_WINDOW_SECONDS: String(WINDOW_SECONDS),
    // The per-address-and-e-mail request limit stays out of the way.
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  });
});
afterAll(() => ctx.close());

let addresses = 0;
/** A fresh client address per call unless one is given. */
const login = (
  email: string,
  password: string,
  address = `10.1.${Math.floor(++addresses / 250)}.${addresses % 250}`,
) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: address,
  });

function expectThrottled(response: Awaited<ReturnType<typeof login>>, code: string) {
  expect(response.statusCode).toBe(429);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json().code).toBe(code);
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
}

describe('login throttling', () => {
  it('stops password spraying: many e-mails from one address', async () => {
    const sprayer = '203.0.113.7';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await login(uniqueEmail('victim'), 'Summer2024!!', sprayer)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const victim = await register(ctx.app);
    expectThrottled(await login(victim.email, 'Summer2024!!', sprayer), 'address_throttled');
    // Even the right password waits, and other addresses are not affected.
    expectThrottled(await login(victim.email, victim.password, sprayer), 'address_throttled');
    expect((await login(victim.email, victim.password)).statusCode).toBe(200);
  });

  it('stops guessing one account from many addresses', async () => {
    const victim = await register(ctx.app);
    for (let i = 0; i < 3; i++) expect((await login(victim.email, `guess number ${i}`)).statusCode).toBe(401);
    expectThrottled(await login(victim.email, 'guess number 4'), 'account_throttled');
    expectThrottled(await login(victim.email, victim.password), 'account_throttled');
    // Another account is not affected.
    const other = await register(ctx.app);
    expect((await login(other.email, other.password)).statusCode).toBe(200);
  });

  it('counts unknown e-mails like known ones, so the answer reveals nothing', async () => {
    const unknown = uniqueEmail('nobody');
    for (let i = 0; i < 3; i++) await login(unknown, `guess number ${i}`);
    expectThrottled(await login(unknown, 'guess number 4'), 'account_throttled');
  });

  it("starts an account's count again after a successful sign-in", async () => {
    const user = await register(ctx.app);
    for (let i = 0; i < 2; i++) await login(user.email, `typo number ${i}`);
    expect((await login(user.email, user.password)).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) expect((await login(user.email, `typo again ${i}`)).statusCode).toBe(401);
  });

  it('lets people sign in, unthrottled, when Redis does not answer', async () => {
    const withoutRedis = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const user = await register(withoutRedis.app);
      const wrong = await withoutRedis.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: 'not the password' },
      });
      expect(wrong.statusCode).toBe(401);
      const right = await withoutRedis.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: user.password },
      });
      expect(right.statusCode).toBe(200);
    } finally {
      await withoutRedis.close();
    }
  });
});
