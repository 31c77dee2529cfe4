import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lotNeeds, lots } from '../../db/schema';
import { bearer, postNeed, register, type Registered } from '../../../test/fixtures';
import {
  addMember,
  mailText,
  startInProcessWorker,
  startSmtpServer,
  waitFor,
} from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createMailer, type Mailer } from '../notifications/mailer';
import { sendDigests } from './digest-mail';
import { sendDigestsJob } from './subscriptions.jobs';
import { createUnsubscribeTokens, unsubscribeLink } from './unsubscribe-token';

const PUBLIC_URL = 'http://zamena.test';
const DAY_MS = 86_400_000;

let ctx: TestContext;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let mailer: Mailer;
let buyer: Registered;
let follower: Registered;
let english: { token: string; email: string };
const need = { bearing: '', cylinder: '', own: '' };
let lotId = '';
const subscription = { byClass: '', byRegion: '', english: '' };

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string | null, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: token ? bearer(token) : {},
    ...(payload ? { payload } : {}),
  });
const subscribe = async (token: string, body: object) => {
  const response = await call('POST', '/subscriptions', token, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
};
const lastDigestAt = async (id: string) =>
  (await call('GET', `/subscriptions/${id}`, follower.token)).json().lastDigestAt as string | null;
const deps = () => ({
  db: ctx.database.db,
  mailer,
  publicUrl: PUBLIC_URL,
  unsubscribeLink: unsubscribeLink(PUBLIC_URL, createUnsubscribeTokens(ctx.env.JWT_SECRET)),
});
const mailTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));
const occurrences = (text: string, part: string) => text.split(part).length - 1;

beforeAll(async () => {
  ctx = await createTestApp();
  smtp = await startSmtpServer();
  mailer = createMailer(smtp.url, 'Zamena <noreply@zamena.test>');
  [buyer, follower] = [await register(ctx.app), await register(ctx.app)];
  english = await addMember(ctx.app, follower, 'en');
  const publish = (who: Registered, overrides: Record<string, unknown>) =>
    postNeed(ctx.app, who.token, { publish: true, ...overrides }).then((posted) => posted.id);
  need.bearing = await publish(buyer, { okpd2: '28.15.10.120', deliveryRegionCode: '62' });
  need.cylinder = await publish(buyer, {
    title: 'Гидроцилиндр подъёма стрелы',
    okpd2: '28.12.11.110',
    deliveryRegionCode: '66',
  });
  need.own = await publish(follower, { okpd2: '28.15.10.120', deliveryRegionCode: '62' });
  // A published lot pooling the bearing need (the rebuild-lots job's work, written directly).
  const [lot] = await ctx.database.db
    .insert(lots)
    .values({
      okpd2Kind: '28.15.10',
      unit: '796',
      status: 'published',
      needsCount: 2,
      totalQuantity: '2400',
      totalValue: '0',
      pricedNeedsCount: 0,
      regionsCount: 2,
      regionCodes: ['62', '16'],
      buyersCount: 2,
      earliestNeededBy: '2030-03-01',
      matchedCapacity: '0',
      capabilitiesCount: 0,
      coverage: '0',
      publishedAt: new Date(),
    })
    .returning({ id: lots.id });
  lotId = lot!.id;
  await ctx.database.db.insert(lotNeeds).values({ lotId, needId: need.bearing });
  // Both fit the bearing need; the class covers the cylinder too.
  subscription.byClass = await subscribe(follower.token, { okpd2Prefixes: ['28'] });
  subscription.byRegion = await subscribe(follower.token, { regionCodes: ['62'] });
  subscription.english = await subscribe(english.token, { words: 'гидроцилиндр' });
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
  await ctx.close();
});

describe('daily digest', () => {
  it('sends nothing and loses nothing without SMTP', async () => {
    expect(await sendDigests({ ...deps(), mailer: undefined }, new Date())).toEqual({ emailed: 0 });
    expect(smtp.received).toHaveLength(0);
    expect(await lastDigestAt(subscription.byClass)).toBeNull();
  });

  it('e-mails each member once, each fitting need once, never the own ones, then moves on', async () => {
    const runAt = new Date();
    expect(await sendDigests(deps(), runAt)).toEqual({ emailed: 2 });

    const [mail, ...more] = mailTo(follower.email);
    expect(more).toHaveLength(0);
    const text = mailText(mail!.raw);
    expect(occurrences(text, `/needs/${need.bearing}`)).toBe(1);
    expect(occurrences(text, `/needs/${need.cylinder}`)).toBe(1);
    expect(text).not.toContain(need.own);
    expect(occurrences(text, `/lots/${lotId}`)).toBe(1);
    expect(text).toContain('Подписка: ОКПД2 28');
    // The region subscription had only the bearing need, already listed under the class one.
    expect(text).not.toContain('регионы: Рязанская область');
    expect(occurrences(text, '/unsubscribe?token=')).toBe(1);

    const [englishMail] = mailTo(english.email);
    const englishText = mailText(englishMail!.raw);
    expect(englishText).toContain('Hello Member Person');
    expect(englishText).toContain(`/needs/${need.cylinder}`);
    expect(englishText).not.toContain(need.bearing);

    for (const id of [subscription.byClass, subscription.byRegion])
      expect(await lastDigestAt(id)).toBe(runAt.toISOString());
  });

  it('sends nothing twice on the same day, and next day only what is new', async () => {
    const before = smtp.received.length;
    expect(await sendDigests(deps(), new Date())).toEqual({ emailed: 0 });
    expect(smtp.received).toHaveLength(before);

    const fresh = await postNeed(ctx.app, buyer.token, {
      publish: true,
      title: 'Подшипник шариковый 6205',
      okpd2: '28.15.10.120',
    });
    expect(await sendDigests(deps(), new Date(Date.now() + DAY_MS))).toEqual({ emailed: 1 });
    const text = mailText(mailTo(follower.email).at(-1)!.raw);
    expect(text).toContain(`/needs/${fresh.id}`);
    expect(text).not.toContain(need.bearing);
  });

  it("turns a subscription's digest off by the e-mail's link, without sign-in", async () => {
    const text = mailText(mailTo(follower.email)[0]!.raw);
    const token = decodeURIComponent(/\/unsubscribe\?token=(\S+)/.exec(text)![1]!);

    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    for (const bad of [forged, 'garbage', `${subscription.byRegion}.${token.split('.')[1]}`]) {
      const response = await call('GET', `/subscriptions/unsubscribe?token=${encodeURIComponent(bad)}`, null);
      expect(response.statusCode, bad).toBe(400);
      expect(response.json().code).toBe('invalid_link');
    }
    expect((await call('GET', `/subscriptions/${subscription.byClass}`, follower.token)).json().digest).toBe(
      'daily',
    );

    const response = await call('GET', `/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`, null);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ id: subscription.byClass, digest: 'off' });
    expect((await call('GET', `/subscriptions/${subscription.byClass}`, follower.token)).json().digest).toBe(
      'off',
    );
    // POST does the same (a mail client's one-click unsubscribe).
    const again = await call('POST', '/subscriptions/unsubscribe', null, { token });
    expect(again.statusCode).toBe(200);
  });

  it('answers 404 for a genuine link to a deleted subscription', async () => {
    const id = await subscribe(follower.token, { districts: ['far_eastern'] });
    const token = createUnsubscribeTokens(ctx.env.JWT_SECRET).sign(id);
    await call('DELETE', `/subscriptions/${id}`, follower.token);
    const response = await call('POST', '/subscriptions/unsubscribe', null, { token });
    expect(response.statusCode).toBe(404);
  });

  it('runs as the daily job in the worker', async () => {
    const newcomer = await register(ctx.app);
    await subscribe(newcomer.token, { okpd2Prefixes: ['28.12'] });
    const worker = await startInProcessWorker(ctx.database, {
      redisUrl: ctx.env.REDIS_URL,
      prefix: ctx.env.QUEUE_PREFIX,
      secret: ctx.env.JWT_SECRET,
      smtpUrl: smtp.url,
      publicUrl: PUBLIC_URL,
    });
    try {
      await worker.queues.maintenance.add(sendDigestsJob.name, {});
      const mail = await waitFor('the digest e-mail', async () => mailTo(newcomer.email)[0]);
      expect(mailText(mail.raw)).toContain(`/needs/${need.cylinder}`);
    } finally {
      await worker.stop();
    }
  });
});
