import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, openNeed, postBid } from '../../server/test/bids-fixtures';
import { register } from '../../server/test/fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS, signIn } from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const buyerName = `АО «Тульский оружейный ${suffix}»`;
const supplierName = `ООО «Уральский подшипник ${suffix}»`;
const o = ru.orders.detail;

describe('the printable order', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: `e2e-order-print-${suffix}` });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('prints the order with its parties, terms, schedule and protocol number, without the app around it', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const buyer = await register(app, { regionCode: '71', name: buyerName });
    const supplier = await register(app, { regionCode: '66', name: supplierName });
    const need = await openNeed(app, buyer.token);
    const bid = await postBid(app, supplier.token, need.id, {
      vatRate: '20',
      priceIncludesVat: false,
      deliveryBasis: 'buyer_site',
      deliveryCost: '24000.00',
      prepaymentPercent: 30,
      paymentDays: 30,
      warrantyMonths: 12,
      schedule: [
        { date: '2029-11-01', quantity: '700' },
        { date: '2030-01-15', quantity: '500' },
      ],
    });
    const order = await acceptedOrder(app, buyer.token, bid.id);

    const context = await newPerson(browser, 1280);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, baseUrl, { email: buyer.email, password: buyer.password, organization: buyerName });
    await page.goto(`${baseUrl}/orders/${order.id}`);
    await page.getByRole('heading', { level: 1, name: need.title as string }).waitFor();
    await page.getByRole('button', { name: o.print }).waitFor();
    const number = ru.orders.number.replace('{{number}}', order.id.slice(0, 8));
    // (790 + 24 000 ÷ 1 200) × 1.2
    const text = async () => ((await page.locator('.order-page').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(await text()).toContain('972,00');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: o.print }).isVisible()).toBe(false);
    expect(await page.locator('.order-page form').first().isVisible()).toBe(false);
    // The need's thread and the papers are for the screen only.
    expect(await page.locator('.thread-heading').first().isVisible()).toBe(false);
    expect(await page.getByText(number, { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.organization-name', { hasText: supplierName }).isVisible()).toBe(true);
    expect(await page.locator('.organization-name', { hasText: buyerName }).isVisible()).toBe(true);
    const printed = await text();
    expect(printed).toContain('972,00');
    expect(printed).toMatch(/№ \d{4}-\d{6}/);
    expect(printed).toContain(o.schedule);
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.order-page')!).backgroundColor),
    ).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: `${SCREENSHOTS}order-print-1280-ru.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}order-print-360-ru.png`, fullPage: true });

    // The stylesheet stays loaded: another page prints with its navigation hidden only by its own rules.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}order-terms-1280-ru.png`, fullPage: true });
  }, 120_000);
});
