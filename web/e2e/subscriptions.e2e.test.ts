import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needBody, register } from '../../server/test/fixtures';
import { createUnsubscribeTokens } from '../../server/src/modules/subscriptions/unsubscribe-token';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { call, launchBrowser, newPerson, SCREENSHOTS, signIn } from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);

describe('subscriptions', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: `e2e-subscriptions-${suffix}` });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const screenshots = async (page: Page, name: string, ready: () => Promise<unknown>) => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await ready();
      // Nothing may stick out sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  it('subscribes to a class and sees a new need of it in the digest preview', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const name = `АО «Подписчик ${suffix}»`;
    const follower = await register(app, { name, regionCode: '62' });
    const buyer = await register(app, { regionCode: '16' });

    const context = await newPerson(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, baseUrl, { ...follower, organization: name });
    await page.getByRole('link', { name: ru.subscriptions.nav, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: ru.subscriptions.title }).waitFor();
    await page.getByRole('heading', { name: ru.subscriptions.emptyHeading }).waitFor();

    await page.getByRole('button', { name: ru.subscriptions.create, exact: true }).click();
    // Saving with nothing chosen names what is missing.
    await page.getByRole('button', { name: ru.subscriptions.form.save, exact: true }).click();
    await page.getByText(ru.subscriptions.form.noCriteria).waitFor();

    const picker = page.getByRole('combobox', { name: ru.subscriptions.form.okpd2 });
    await picker.fill('28.15');
    await page
      .getByRole('listbox', { name: ru.okpd2.listLabel })
      .getByRole('option')
      .filter({ has: page.locator('.okpd2-code').getByText('28.15', { exact: true }) })
      .first()
      .click();
    const chosen = page.getByRole('listitem').filter({ hasText: /^28\.15(\s|$)/ });
    await chosen.waitFor();
    await screenshots(page, 'subscriptions-form', () => chosen.waitFor());
    await page.getByRole('button', { name: ru.subscriptions.form.save, exact: true }).click();
    const card = page.locator('.subscription-card').filter({ hasText: '28.15' });
    await card.getByText(ru.subscriptions.card.daily).waitFor();
    const [stored] = (await call(app, 'GET', '/subscriptions', follower.token)).items as {
      okpd2Prefixes: string[];
    }[];
    expect(stored?.okpd2Prefixes).toEqual(['28.15']);

    // Another organization publishes a need of a code below the class.
    const title = `Подшипник роликовый ${suffix}`;
    await call(
      app,
      'POST',
      '/needs',
      buyer.token,
      needBody({ title, publish: true, deliveryRegionCode: '16' }),
    );

    await card.getByRole('button', { name: ru.subscriptions.card.preview }).click();
    await card.getByRole('heading', { name: ru.subscriptions.preview.heading }).waitFor();
    await card.getByRole('link', { name: title }).waitFor();
    await screenshots(page, 'subscriptions-preview', () => card.getByRole('link', { name: title }).waitFor());

    // The digest can be switched off from the list.
    await card.getByRole('button', { name: ru.subscriptions.card.stopDigest }).click();
    await card.getByText(ru.subscriptions.card.off, { exact: true }).waitFor();
  });

  it('follows a search from the needs list', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const name = `АО «Поиск ${suffix}»`;
    const follower = await register(app, { name, regionCode: '62' });
    const context = await newPerson(browser, 360);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, baseUrl, { ...follower, organization: name });
    await page.goto(`${baseUrl}/needs?q=${encodeURIComponent('подшипник')}&district=volga`);
    await page.getByRole('link', { name: ru.subscriptions.follow }).click();
    await page.getByRole('heading', { name: ru.subscriptions.form.createHeading }).waitFor();
    await expect.poll(() => page.getByLabel(ru.subscriptions.form.words).inputValue()).toBe('подшипник');
    await page.getByRole('button', { name: ru.subscriptions.form.save, exact: true }).click();
    await page.locator('.subscription-card').filter({ hasText: 'подшипник' }).waitFor();
    const [stored] = (await call(app, 'GET', '/subscriptions', follower.token)).items as object[];
    expect(stored).toMatchObject({ words: 'подшипник', districts: ['volga'] });
  });

  it("turns a subscription's e-mails off from the digest's link, without signing in", async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const follower = await register(app);
    const { id } = await call(app, 'POST', '/subscriptions', follower.token, { districts: ['ural'] });
    const token = createUnsubscribeTokens(server.env.JWT_SECRET).sign(id);
    const context = await newPerson(browser, 360);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/unsubscribe?token=${token}`);
    await page.getByRole('button', { name: ru.subscriptions.unsubscribe.confirm }).click();
    await page.getByText(ru.subscriptions.unsubscribe.done).waitFor();
    expect((await call(app, 'GET', `/subscriptions/${id}`, follower.token)).digest).toBe('off');

    await page.goto(`${baseUrl}/unsubscribe?token=${id}.forged`);
    await page.getByRole('button', { name: ru.subscriptions.unsubscribe.confirm }).click();
    await page.getByText(ru.problems.invalid_link).waitFor();
  });
});
