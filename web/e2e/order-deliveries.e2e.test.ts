import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, openNeed, postBid } from '../../server/test/bids-fixtures';
import { register } from '../../server/test/fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS, signIn, type Account } from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const buyerName = `АО «Тульский оружейный ${suffix}»`;
const supplierName = `ООО «Уральский подшипник ${suffix}»`;
const d = ru.orders.deliveries;
const r = ru.orders.rating;
const statusOf = (page: Page) => page.locator('.page-header-meta .badge').textContent();
/** Full-page screenshots at the desktop width and at 360 px, the narrowest phone we support. */
async function shots(page: Page, name: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}order-deliveries-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('an order delivered in parts, accepted and rated, in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: `e2e-deliveries-${suffix}` });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function person(account: Account): Promise<Page> {
    const context = await newPerson(browser!);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server!.baseUrl, account);
    return page;
  }

  it('records a partial shipment, accepts it and the rest, completes the order and rates the supplier', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const buyer = await register(app, { regionCode: '71', name: buyerName });
    const supplier = await register(app, { regionCode: '66', name: supplierName });
    const need = await openNeed(app, buyer.token);
    const order = await acceptedOrder(app, buyer.token, (await postBid(app, supplier.token, need.id)).id);
    const orderUrl = `${baseUrl}/orders/${order.id}`;

    // 1. The supplier ships 500 of 1 200.
    const supplierPage = await person({
      email: supplier.email,
      password: supplier.password,
      organization: supplierName,
    });
    await supplierPage.goto(orderUrl);
    await supplierPage.getByRole('heading', { name: d.heading }).waitFor();
    await supplierPage.getByLabel(d.quantity, { exact: true }).fill('500');
    await supplierPage.getByLabel(d.note, { exact: true }).fill('ТТН 4512');
    await supplierPage.getByRole('button', { name: d.record }).click();
    await supplierPage.getByText('ТТН 4512', { exact: true }).waitFor();
    // The form is ready for the next shipment: what remains to ship.
    await expect.poll(() => supplierPage.getByLabel(d.quantity, { exact: true }).inputValue()).toBe('700');
    await shots(supplierPage, 'shipped');

    // 2. The buyer accepts the first shipment in full.
    const buyerPage = await person({ email: buyer.email, password: buyer.password, organization: buyerName });
    await buyerPage.goto(orderUrl);
    await buyerPage.getByRole('button', { name: d.accept }).click();
    await buyerPage.getByTestId('delivery-sum-accepted').filter({ hasText: '500' }).waitFor();
    expect(await statusOf(buyerPage)).toBe(ru.orders.status.delivered);
    await shots(buyerPage, 'accepted-part');

    // 3. The supplier ships the rest; the buyer accepts it and the order completes.
    await supplierPage.reload();
    await supplierPage.getByLabel(d.quantity, { exact: true }).fill('700');
    await supplierPage.getByRole('button', { name: d.record }).click();
    await supplierPage.getByRole('heading', { name: d.recordHeading }).waitFor({ state: 'detached' });
    await buyerPage.reload();
    await buyerPage.getByRole('button', { name: d.accept }).click();
    await buyerPage.getByRole('heading', { name: r.rateHeading }).waitFor();
    expect(await statusOf(buyerPage)).toBe(ru.orders.status.completed);

    // 4. The buyer rates the supplier: three radio groups and a comment.
    await buyerPage.getByRole('button', { name: r.submit }).click();
    await buyerPage.getByText(r.required).first().waitFor();
    for (const [aspect, score] of [
      ['onTime', 5],
      ['quality', 4],
      ['communication', 5],
    ] as const) {
      const group = buyerPage.getByRole('group', { name: r.aspects[aspect] });
      await group.getByRole('radio', { name: `${score} из 5` }).check();
    }
    await buyerPage.getByLabel(r.comment, { exact: true }).fill('Отгрузили двумя партиями, всё в срок');
    await shots(buyerPage, 'rating-form');
    await buyerPage.getByRole('button', { name: r.submit }).click();
    await buyerPage.getByRole('heading', { name: r.heading }).waitFor();
    expect(await buyerPage.getByTestId('rating-quality').textContent()).toBe('4 из 5');
    await shots(buyerPage, 'rated');

    // 5. The supplier's profile shows the rating.
    await buyerPage.goto(`${baseUrl}/organizations/${supplier.organizationId}`);
    const rating = buyerPage.getByTestId('track-rating');
    await rating.waitFor();
    expect((await rating.textContent())?.replace(/\s/g, ' ')).toBe(
      'сроки 5,0 · качество 4,0 · взаимодействие 5,0 (1)',
    );
    await shots(buyerPage, 'profile');
  }, 120_000);
});
