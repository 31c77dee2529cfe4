import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, randomInn, randomOgrn, register, uniqueEmail } from '../../../test/fixtures';
import {
  mailText,
  startInProcessWorker,
  startSmtpServer,
  waitFor,
  type RunningWorker,
} from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createMailer, type Mailer } from '../notifications/mailer';
import { passwordResetJobHandlers } from './password-reset-mail';
import { createResetTokens } from './password-reset-token';
import { hashOpaqueToken } from './secrets';

let ctx: TestContext;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let worker: RunningWorker;
let mailer: Mailer;
beforeAll(async () => {
  ctx = await createTestApp();
  smtp = await startSmtpServer();
  mailer = createMailer(smtp.url, 'Zamena <noreply@zamena.test>');
  worker = await startInProcessWorker(ctx.database, {
    redisUrl: ctx.env.REDIS_URL,
    prefix: ctx.env.QUEUE_PREFIX,
    secret: ctx.env.JWT_SECRET,
    smtpUrl: smtp.url,
    moreHandlers: passwordResetJobHandlers({
      db: ctx.database.db,
      mailer,
      publicUrl: 'http://zamena.test',
      resetTokens: createResetTokens(ctx.env.JWT_SECRET),
    }),
  });
});
afterAll(async () => {
  await worker.stop();
  mailer.close();
  await smtp.close();
  await ctx.close();
});

const post = (url: string, payload: Record<string, unknown>, token?: string) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: token ? bearer(token) : {} });
const me = (token: string) => ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });
const login = (email: string, password: string) => post('/auth/login', { email, password });
const refreshWith = (cookie: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { zamena_refresh: cookie } });
const registration = (email: string, password: string) => ({
  email,
  password,
  fullName: 'Пётр Иванов',
  organization: {
    name: 'ООО Тест',
    kind: 'enterprise',
    inn: randomInn(),
    ogrn: randomOgrn(),
    regionCode: '62',
  },
});

/** The reset link of the newest e-mail to `email`. */
async function resetTokenMailedTo(email: string): Promise<string> {
  const mail = await waitFor('the reset e-mail', async () =>
    smtp.received.findLast((received) => received.to.includes(email)),
  );
  const link = /http:\/\/zamena\.test\/reset-password#token=([\w-]+)/.exec(mailText(mail.raw));
  expect(link).not.toBeNull();
  return link![1]!;
}

describe('password policy', () => {
  it('refuses common passwords and the e-mail at registration, naming the field', async () => {
    const email = uniqueEmail();
    for (const password of ['1234567890', 'qwertyuiop', email.toUpperCase()]) {
      const response = await post('/auth/register', registration(email, password));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ path: 'password', message: expect.any(String) }]);
    }
    const short = await post('/auth/register', registration(email, 'short one'));
    expect(short.json().errors[0].path).toBe('password');
  });

  it('keeps every character of a password, spaces too, at registration and at sign-in', async () => {
    const email = uniqueEmail();
    const password = '  spaced out passphrase  ';
    expect((await post('/auth/register', registration(email, password))).statusCode).toBe(201);
    expect((await login(email, password)).statusCode).toBe(200);
    expect((await login(email, password.trim())).statusCode).toBe(401);
  });
});

describe('changing the password', () => {
  it('checks the current one, applies the policy, and ends every other session', async () => {
    const owner = await register(ctx.app);
    const wrong = await post(
      '/me/password',
      { currentPassword: 'not my password', newPassword: 'a brand new phrase' },
      owner.token,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('currentPassword');
    const weak = await post(
      '/me/password',
      { currentPassword: owner.password, newPassword: '1234567890' },
      owner.token,
    );
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe('newPassword');

    const changed = await post(
      '/me/password',
      { currentPassword: owner.password, newPassword: 'a brand new phrase' },
      owner.token,
    );
    expect(changed.statusCode).toBe(200);
    expect((await me(owner.token)).statusCode).toBe(401);
    expect((await refreshWith(owner.cookie)).statusCode).toBe(401);
    expect((await me(changed.json().accessToken)).statusCode).toBe(200);
    const newCookie = changed.cookies.find((c) => c.name === 'zamena_refresh')!.value;
    expect((await refreshWith(newCookie)).statusCode).toBe(200);
    expect((await login(owner.email, owner.password)).statusCode).toBe(401);
    expect((await login(owner.email, 'a brand new phrase')).statusCode).toBe(200);
  });
});

describe('forgot and reset', () => {
  it('e-mails a single-use link, keeps only its hash, and ends every session on reset', async () => {
    const owner = await register(ctx.app);
    const forgot = await post('/auth/password/forgot', { email: owner.email.toUpperCase() });
    expect(forgot.statusCode).toBe(202);
    const token = await resetTokenMailedTo(owner.email);
    const { rows } = await ctx.database.pool.query(
      'SELECT token_hash FROM password_resets WHERE user_id = $1',
      [owner.userId],
    );
    expect(rows).toEqual([{ token_hash: hashOpaqueToken(token) }]);

    const weak = await post('/auth/password/reset', { token, newPassword: 'qwertyuiop' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe('newPassword');
    const reset = await post('/auth/password/reset', { token, newPassword: 'found my way back in' });
    expect(reset.statusCode).toBe(204);
    expect((await me(owner.token)).statusCode).toBe(401);
    expect((await refreshWith(owner.cookie)).statusCode).toBe(401);
    expect((await login(owner.email, 'found my way back in')).statusCode).toBe(200);

    const again = await post('/auth/password/reset', { token, newPassword: 'and once more again' });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].path).toBe('token');
  });

  it('answers 202 for an unknown address and sends nothing', async () => {
    const before = smtp.received.length;
    const outbox = async () =>
      Number((await ctx.database.pool.query('SELECT count(*) FROM outbox')).rows[0].count);
    const queued = await outbox();
    const response = await post('/auth/password/forgot', { email: uniqueEmail('nobody') });
    expect(response.statusCode).toBe(202);
    expect(await outbox()).toBe(queued);
    expect(smtp.received.length).toBe(before);
  });

  it('refuses an expired link', async () => {
    const owner = await register(ctx.app);
    await post('/auth/password/forgot', { email: owner.email });
    const token = await resetTokenMailedTo(owner.email);
    await ctx.database.pool.query(
      `UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [owner.userId],
    );
    const expired = await post('/auth/password/reset', { token, newPassword: 'too late for this one' });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().errors[0].path).toBe('token');
    expect((await me(owner.token)).statusCode).toBe(200);
  });
});
