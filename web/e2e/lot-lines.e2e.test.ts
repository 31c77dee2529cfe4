import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register } from '../../server/test/fixtures';
import { liveLots, rebuildLots } from '../../server/test/lots-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { en } from '../src/i18n/locales/en';
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
const plain = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ');

describe('a lot of one product, priced per line', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: `e2e-lot-lines-${suffix}` });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the product and its lines, and takes a price for each line', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl, database } = server;

    const ryazan = await register(app, { regionCode: '62', name: `АО «Рязанский станкозавод ${suffix}»` });
    const ural = await register(app, { regionCode: '66', name: `АО «Уралмаш-сервис ${suffix}»` });
    const need = (token: string, region: string, title: string, quantity: string) =>
      postNeed(app, token, {
        title,
        description: '',
        replaces: undefined,
        okpd2: '28.15.10.120',
        quantity,
        deliveryRegionCode: region,
        neededBy: nextYear(),
        publish: true,
      });
    await need(ryazan.token, '62', 'Подшипник игольчатый НК 25/20', '300');
    await need(ural.token, '66', 'Подшипники игольчатые НК 25/16', '200');
    await need(ural.token, '66', 'Подшипник игольчатый НК 25/20', '100');
    // Tapered bearings of the same OKPD2 leaf: a lot of their own.
    await need(ryazan.token, '62', 'Подшипник роликовый конический 7208', '1000');
    await need(ural.token, '66', 'Подшипник роликовый конический 7208', '500');
    await rebuildLots(database, new Date().toISOString().slice(0, 10));
    const lots = await liveLots(database, '28.15.10');
    expect(lots.map((lot) => lot.product_name)).toEqual([
      'Подшипник игольчатый',
      'Подшипник роликовый конический',
    ]);
    const lotId = lots[0]!.id;
    const analyst = await createAnalyst(app);
    await call(app, 'POST', `/lots/${lotId}/publish`, analyst.token);

    const makerName = `ООО «Подшипник-Волга ${suffix}»`;
    const maker = await register(app, { regionCode: '52', name: makerName });
    const context = await newPerson(browser, 1280);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, baseUrl, { email: maker.email, password: maker.password, organization: makerName });
    await page.goto(`${baseUrl}/lots/${lotId}`);

    await page.getByRole('heading', { level: 1, name: 'Подшипник игольчатый' }).waitFor();
    const lines = page.getByRole('table', { name: ru.lots.detail.linesCaption });
    await expect.poll(() => lines.locator('tbody tr').count()).toBe(2);
    expect(await lines.locator('tbody tr').first().textContent()).toContain('25/20');
    expect(await lines.locator('tbody tr').nth(1).textContent()).toContain('25/16');

    // The form asks a price per line and shows their average weighted by quantity.
    await page.getByText(ru.lots.bid.linesLead).waitFor();
    expect(await page.locator('#unitPrice').count()).toBe(0);
    await page.locator('#linePrices-0-unitPrice').fill('100');
    await page.locator('#linePrices-1-unitPrice').fill('120,55');
    // (400 × 100 + 200 × 120,55) / 600 = 106,85
    await expect.poll(() => plain(page, '[data-section="lot-bid"]')).toContain('106,85');
    // A term: delivery priced apart, 6 000 ₽ for the 600 (VAT included): 106,85 + 10 delivered.
    await page.getByLabel(ru.bids.termsForm.deliveryIncluded).uncheck();
    await page.locator('#deliveryCost').fill('6000');
    await expect.poll(() => plain(page, '.bid-form-delivered')).toContain('116,85');
    await shot(page, 'lot-lines-bid-1280-ru');
    await page.setViewportSize({ width: 360, height: 900 });
    await shot(page, 'lot-lines-bid-360-ru');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: en.language.en }).click();
    await page.getByRole('heading', { level: 2, name: en.lots.detail.linesHeading }).waitFor();
    await shot(page, 'lot-lines-bid-360-en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, 'lot-lines-bid-1280-en');

    await page.getByRole('button', { name: en.lots.bid.submit }).click();
    await page.getByText(en.lots.bid.sent).waitFor();
    const bids = page.getByRole('table', { name: en.lots.bid.listCaption });
    await bids.getByText(en.lots.bid.averageHint, { exact: false }).waitFor();
    const row = ((await bids.locator('tbody tr').first().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(row).toContain('25/20: 100.00');
    expect(row).toContain('25/16: 120.55');
    // The delivered price with VAT is shown, the bids sorted by it.
    expect(row).toContain('116.85');
    await shot(page, 'lot-lines-bids-1280-en');
    await page.setViewportSize({ width: 360, height: 900 });
    await shot(page, 'lot-lines-bids-360-en');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The analyst's award: each buyer's order at the price of its need's line.
    const analystContext = await newPerson(browser, 1280);
    contexts.push(analystContext);
    const analystPage = await analystContext.newPage();
    await signIn(analystPage, baseUrl, analyst);
    await analystPage.goto(`${baseUrl}/lots/${lotId}`);
    await analystPage.getByRole('checkbox', { name: makerName }).check();
    const preview = analystPage.getByRole('table', { name: ru.lots.award.previewCaption });
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(3);
    const previewText = ((await preview.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(previewText).toContain('100,00 ₽');
    expect(previewText).toContain('120,55 ₽');
    await shot(analystPage, 'lot-lines-award-preview-1280-ru');
    await analystPage.getByRole('button', { name: ru.lots.award.submit }).click();
    await analystPage
      .getByRole('dialog')
      .getByRole('button', { name: ru.lots.award.confirm, exact: true })
      .click();
    await analystPage.getByRole('heading', { level: 2, name: ru.lots.award.summaryHeading }).waitFor();
    const orders = await database.pool.query<{ title: string; unit_price: string }>(
      `SELECT n.title, o.unit_price::text FROM orders o JOIN needs n ON n.id = o.need_id
        WHERE o.lot_id = $1 ORDER BY n.title, o.unit_price`,
      [lotId],
    );
    expect(orders.rows.map((row) => [row.title, row.unit_price])).toEqual([
      ['Подшипник игольчатый НК 25/20', '100.00'],
      ['Подшипник игольчатый НК 25/20', '100.00'],
      ['Подшипники игольчатые НК 25/16', '120.55'],
    ]);
  }, 120_000);
});
