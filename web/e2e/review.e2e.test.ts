import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register } from '../../server/test/fixtures';
import {
  postCapability,
  startInProcessWorker,
  waitFor,
  type RunningWorker,
} from '../../server/test/matching-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import {
  call,
  createAnalyst,
  launchBrowser,
  newPerson,
  REDIS_URL,
  SCREENSHOTS,
  signIn,
  verify,
} from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const prefix = `e2e-review-${suffix}`;
const needTitle = `Подшипник роликовый конический 7510 (${suffix})`;
const nearTitle = 'Подшипники роликовые конические 7510';
const farTitle = 'Подшипники конические для редукторов';

type Match = { id: string; status: string; reviewReason: string | null; capability: { title: string } };

/** The text of the focused element: which queue item the keyboard is on. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('reviewing matches with the keyboard', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let worker: RunningWorker | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: prefix });
    worker = await startInProcessWorker(server.database, {
      redisUrl: REDIS_URL,
      prefix,
      secret: server.env.JWT_SECRET,
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await worker?.stop();
    await server?.stop();
  });

  it('moves with j/k, approves with a and dismisses with d and a reason, focus following along', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;

    // Two manufacturers fit one need: a verified one with the same product, and a weaker one.
    const near = await register(app, { regionCode: '55', name: `ООО «Омский завод ${suffix}»` });
    await verify(app, near.organizationId);
    await postCapability(app, near.token, { title: nearTitle });
    const far = await register(app, { regionCode: '66', name: `АО «Уральский завод ${suffix}»` });
    await postCapability(app, far.token, { title: farTitle, leadTimeDays: 200, localization: undefined });
    const buyer = await register(app, { regionCode: '62', name: `АО «Рязанский завод ${suffix}»` });
    const need = await postNeed(app, buyer.token, { title: needTitle, publish: true });
    const analyst = await createAnalyst(app);
    const queue = await waitFor('two proposed matches', async () => {
      const page = await call(app, 'GET', '/matches?status=proposed', analyst.token);
      const items = page.items as Match[];
      return items.length === 2 ? items : null;
    });
    expect(queue[0]!.capability.title).toBe(nearTitle);

    const context = await newPerson(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, baseUrl, analyst);
    await page
      .getByRole('navigation', { name: ru.nav.label })
      .getByRole('link', { name: ru.review.nav })
      .click();
    await page.getByRole('heading', { level: 1, name: ru.review.title }).waitFor();
    const list = page.getByRole('list', { name: ru.review.listLabel });
    await list.getByRole('listitem').filter({ hasText: farTitle }).first().waitFor();
    // The shortcuts are written on the page.
    await page.getByText(ru.review.keys.dismiss).waitFor();

    // j moves onto the first item, j again to the second, k back; the arrows do the same.
    await page.keyboard.press('j');
    expect(await focusedText(page)).toContain(nearTitle);
    await page.keyboard.press('j');
    expect(await focusedText(page)).toContain(farTitle);
    await page.keyboard.press('ArrowUp');
    expect(await focusedText(page)).toContain(nearTitle);
    await page.screenshot({ path: `${SCREENSHOTS}review-queue.png`, fullPage: true });

    // a approves the focused match; it leaves the queue and the focus moves on to the next one.
    await page.keyboard.press('a');
    await page
      .getByRole('status')
      .filter({ hasText: `Одобрено: ${needTitle}` })
      .waitFor();
    await expect.poll(() => list.getByRole('listitem').filter({ hasText: nearTitle }).count()).toBe(0);
    await expect.poll(() => focusedText(page)).toContain(farTitle);

    // d asks why; an empty reason is refused, Esc goes back, a reason dismisses it.
    await page.keyboard.press('d');
    const reason = page.getByRole('textbox', { name: ru.review.dismissReason });
    await expect.poll(() => reason.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(ru.review.reasonRequired).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedText(page)).toContain(farTitle);
    await page.keyboard.press('d');
    await reason.fill('Другой тип подшипника, срок 200 дней не подходит');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: ru.review.emptyHeading }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // The decisions are stored as labelled data; the buyer no longer sees the dismissed supplier.
    const reviewed = (await call(app, 'GET', '/matches?status=approved,dismissed', analyst.token))
      .items as Match[];
    const byTitle = Object.fromEntries(reviewed.map((match) => [match.capability.title, match]));
    expect(byTitle[nearTitle]).toMatchObject({ status: 'approved' });
    expect(byTitle[farTitle]).toMatchObject({
      status: 'dismissed',
      reviewReason: 'Другой тип подшипника, срок 200 дней не подходит',
    });
    const buyerView = (await call(app, 'GET', `/needs/${need.id}/matches`, buyer.token)).items as Match[];
    expect(buyerView.map((match) => match.capability.title)).toEqual([nearTitle]);
  }, 120_000);

  it('keeps the queue to analysts: an enterprise has no link and is told who reviews', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const name = `ООО «Предприятие ${suffix}»`;
    const enterprise = await register(server.app, { regionCode: '62', name });
    const context = await newPerson(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.baseUrl, {
      email: enterprise.email,
      password: enterprise.password,
      organization: name,
    });
    const nav = page.getByRole('navigation', { name: ru.nav.label });
    await nav.getByRole('link', { name: ru.nav.orders }).waitFor();
    expect(await nav.getByRole('link', { name: ru.review.nav }).count()).toBe(0);
    await page.goto(`${server.baseUrl}/review`);
    await page.getByText(ru.review.analystsOnly).waitFor();
    expect(await page.getByRole('list', { name: ru.review.listLabel }).count()).toBe(0);
  }, 60_000);
});
