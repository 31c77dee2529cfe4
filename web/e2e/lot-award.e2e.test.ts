import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register } from '../../server/test/fixtures';
import { liveLot, rebuildLots } from '../../server/test/lots-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import {
  call,
  createAnalyst,
  launchBrowser,
  newPerson,
  nextYear,
  SCREENSHOTS,
  signIn,
} from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
/** Nothing wider than the screen: a 360 px phone never scrolls sideways. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('awarding a lot', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: `e2e-lot-award-${suffix}` });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function openPage(width: number): Promise<Page> {
    const context = await newPerson(browser!, width);
    contexts.push(context);
    return context.newPage();
  }

  it('lets an analyst split a lot between two bidders and the buyers see their orders', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl, database } = server;

    const ryazanName = `АО «Рязанский станкозавод ${suffix}»`;
    const ryazan = await register(app, { regionCode: '62', name: ryazanName });
    const ural = await register(app, { regionCode: '66', name: `АО «Уралмаш-сервис ${suffix}»` });
    const ryazanNeed = `Насос шестерённый НШ-32, Рязань (${suffix})`;
    const uralNeed = `Насос шестерённый НШ-32, Екатеринбург (${suffix})`;
    await postNeed(app, ryazan.token, {
      title: ryazanNeed,
      okpd2: '28.13.14.110',
      quantity: '100',
      deliveryRegionCode: '62',
      neededBy: nextYear(),
      publish: true,
    });
    // Needed sooner: the cheapest award fills it first.
    const sooner = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    await postNeed(app, ural.token, {
      title: uralNeed,
      okpd2: '28.13.14.110',
      quantity: '150',
      deliveryRegionCode: '66',
      neededBy: sooner,
      publish: true,
    });
    await rebuildLots(database, new Date().toISOString().slice(0, 10));
    const lotId = (await liveLot(database, '28.13.14'))!.id;
    const analyst = await createAnalyst(app);
    await call(app, 'POST', `/lots/${lotId}/publish`, analyst.token);
    const cheapName = `ООО «Гидропривод ${suffix}»`;
    const dearName = `АО «Омский насосный ${suffix}»`;
    const cheap = await register(app, { regionCode: '52', name: cheapName });
    const dear = await register(app, { regionCode: '55', name: dearName });
    const bid = (quantity: string, unitPrice: string) => ({
      unitPrice,
      quantity,
      leadTimeDays: 45,
      validUntil: nextYear(),
    });
    const cheapBid = await call(app, 'POST', `/lots/${lotId}/bids`, cheap.token, bid('250', '9500.00'));
    const dearBid = await call(app, 'POST', `/lots/${lotId}/bids`, dear.token, bid('200', '9900.00'));

    // 1. On a phone the bids and the award form fit the screen.
    const phone = await openPage(360);
    await signIn(phone, baseUrl, analyst);
    await phone.goto(`${baseUrl}/lots/${lotId}`);
    await phone.getByRole('heading', { level: 2, name: ru.lots.award.heading }).waitFor();
    await phone.getByRole('checkbox', { name: cheapName }).check();
    await phone.getByRole('table', { name: ru.lots.award.previewCaption }).waitFor();
    expect(await scrollsSideways(phone)).toBe(false);
    await shot(phone, 'lot-award-form-360');

    // 2. At 1280 px: the bids side by side, the bidder linked to its profile; a split of 150 + 100.
    const page = await openPage(1280);
    await signIn(page, baseUrl, analyst);
    await page.goto(`${baseUrl}/lots/${lotId}`);
    const bids = page.getByRole('table', { name: ru.lots.bid.listCaption });
    await expect
      .poll(() => bids.getByRole('link', { name: dearName }).getAttribute('href'))
      .toBe(`/organizations/${dear.organizationId}`);
    await page.getByRole('checkbox', { name: cheapName }).check();
    await page.locator(`#award-quantity-${cheapBid.id}`).fill('150');
    await page.getByRole('checkbox', { name: dearName }).check();
    await page.locator(`#award-quantity-${dearBid.id}`).fill('100');
    const preview = page.getByRole('table', { name: ru.lots.award.previewCaption });
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => preview.locator('tbody tr').first().textContent()).toContain(uralNeed);
    expect(await preview.locator('tbody tr').first().textContent()).toContain(cheapName);
    expect(await preview.locator('tbody tr').nth(1).textContent()).toContain(dearName);
    await shot(page, 'lot-award-preview');

    await page.getByRole('button', { name: ru.lots.award.submit }).click();
    await page.getByRole('dialog').getByRole('button', { name: ru.lots.award.confirm, exact: true }).click();
    const created = page.getByRole('heading', { level: 2, name: ru.lots.award.createdHeading });
    await created.waitFor();
    const links = page.locator('[data-section="lot-created-orders"] a');
    await expect.poll(() => links.count()).toBe(2);
    expect(await links.first().getAttribute('href')).toMatch(/^\/orders\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: ru.lots.award.summaryHeading }).waitFor();
    await shot(page, 'lot-award-done');

    // 3. The Ryazan buyer, on a phone, finds its order among its orders and the lot awarded.
    const buyer = await openPage(360);
    await signIn(buyer, baseUrl, {
      email: ryazan.email,
      password: ryazan.password,
      organization: ryazanName,
    });
    await buyer.goto(`${baseUrl}/orders`);
    await buyer.getByRole('heading', { level: 1, name: ru.orders.title }).waitFor();
    const main = buyer.getByRole('main');
    await main.getByText(ryazanNeed).first().waitFor();
    expect(await main.getByText(uralNeed).count()).toBe(0);
    expect(await scrollsSideways(buyer)).toBe(false);
    await shot(buyer, 'lot-award-buyer-orders-360');
    await buyer.goto(`${baseUrl}/lots/${lotId}`);
    await buyer.getByText(ru.lots.statuses.awarded).first().waitFor();
    const summary = buyer.locator('[data-section="lot-award-summary"]');
    await summary.getByRole('link', { name: ryazanNeed }).waitFor();
    expect(await summary.textContent()).toContain(dearName);
    expect(await scrollsSideways(buyer)).toBe(false);
    await shot(buyer, 'lot-award-buyer-lot-360');
  });
});
