import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bidTerms } from '../../server/test/bids-fixtures';
import { postNeed, register } from '../../server/test/fixtures';
import { startTestServer } from '../../server/test/test-server';
import { en } from '../src/i18n/locales/en';
import { ru } from '../src/i18n/locales/ru';
import {
  call,
  launchBrowser,
  newPerson,
  nextYear,
  SCREENSHOTS,
  signIn,
  type Account,
} from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const title = `Подшипник роликовый конический 7510 (${suffix})`;
const buyerName = `АО «Рязанский станкозавод ${suffix}»`;
const formName = `ООО «Омский подшипниковый завод ${suffix}»`;
const pickupName = `ООО «Самарский подшипник ${suffix}»`;
const reason = 'Свой транспорт: самовывоз из Самары дешевле доставки';
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/**
 * Full-page screenshots at 1280 and 360 px in Russian, then in English (issue 22), checking that the
 * page never scrolls sideways; `ready` waits for the page in English. The page ends in Russian at 1280.
 */
async function shots(page: Page, name: string, ready: (page: Page) => Promise<unknown>) {
  for (const language of ['ru', 'en'] as const) {
    if (language === 'en') {
      await page.getByRole('button', { name: en.language.en }).click();
      await ready(page);
    }
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways at ${width} px (${language})`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}-${language}.png`, fullPage: true });
    }
  }
  await page.getByRole('button', { name: ru.language.ru }).click();
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the selection protocol in the browser (issue 22)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer();
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

  it('awards with a reason, opens the protocol and downloads its PDF', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const buyer = await register(app, { regionCode: '62', name: buyerName });
    const need = await postNeed(app, buyer.token, {
      title,
      quantity: '1200',
      neededBy: nextYear(),
      publish: true,
    });
    const needUrl = `${baseUrl}/needs/${need.id}`;
    const pickup = await register(app, { regionCode: '63', name: pickupName });
    await call(app, 'POST', `/needs/${need.id}/bids`, pickup.token, {
      unitPrice: '835.00',
      quantity: '1200',
      leadTimeDays: 30,
      validUntil: nextYear(),
      ...bidTerms({ priceIncludesVat: false, deliveryBasis: 'pickup', schedule: null }),
    });

    // A manufacturer fills the bid form: 790 ₽ with VAT, delivered, 12 months of warranty.
    const maker = await register(app, { regionCode: '55', name: formName });
    const makerPage = await person({ email: maker.email, password: maker.password, organization: formName });
    await makerPage.goto(needUrl);
    await makerPage.getByRole('heading', { name: ru.bids.mine.newHeading }).waitFor();
    await makerPage.getByLabel(/^Цена за единицу/).fill('790.00');
    await field(makerPage, ru.bids.form.leadTimeDays).fill('40');
    await field(makerPage, ru.bids.termsForm.prepaymentPercent).fill('30');
    await field(makerPage, ru.bids.termsForm.paymentDays).fill('30');
    await field(makerPage, ru.bids.termsForm.warrantyMonths).fill('12');
    await shots(makerPage, 'bid-form', (page) =>
      page.getByRole('heading', { name: en.bids.mine.newHeading }).waitFor(),
    );
    await makerPage.getByRole('button', { name: ru.bids.form.submit }).click();
    await makerPage.getByRole('heading', { name: ru.bids.mine.liveHeading }).waitFor();

    // The buyer compares: 790,00 delivered with VAT ranks above 1 002,00.
    const buyerPage = await person({ email: buyer.email, password: buyer.password, organization: buyerName });
    await buyerPage.goto(needUrl);
    const table = buyerPage.locator('[data-section="need-bids"] table');
    const pickupRow = table.getByRole('row').filter({ hasText: pickupName });
    await pickupRow.waitFor();
    // Every column, the accept and reject buttons included, fits at 1280 px without scrolling the table.
    const wrap = buyerPage.locator('[data-section="need-bids"] .table-wrap');
    expect(await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(
      0,
    );
    await shots(buyerPage, 'bid-comparison', async (page) => {
      await page.getByRole('columnheader', { name: new RegExp(`^${en.bids.terms.column}`) }).waitFor();
      expect(await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(
        0,
      );
    });

    // …and awards the pick-up bid anyway, saying why.
    await pickupRow.getByRole('button', { name: new RegExp(`^${ru.bids.compare.accept}`) }).click();
    const dialog = buyerPage.getByRole('dialog');
    await dialog.getByLabel(ru.bids.accept.reason).fill(reason);
    await dialog.getByRole('button', { name: ru.bids.accept.confirm }).click();
    await buyerPage.getByRole('link', { name: ru.bids.accept.openProtocol }).click();

    await buyerPage.getByRole('heading', { level: 1, name: /^Протокол № \d{4}-\d{6}$/ }).waitFor();
    expect(await buyerPage.getByTestId('protocol-reason').textContent()).toBe(reason);
    expect(await buyerPage.getByTestId('protocol-winner').textContent()).toContain(pickupName);
    const rows = buyerPage.locator('.protocol-table tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain(formName);
    expect(await rows.nth(1).textContent()).toContain(ru.protocols.winner);
    const protocolUrl = buyerPage.url();

    // The PDF comes from the server: application/pdf, saved under the protocol's number.
    const answer = buyerPage.waitForResponse((response) => /\/protocols\/[^/]+\.pdf/.test(response.url()));
    const download = buyerPage.waitForEvent('download');
    await buyerPage.getByRole('button', { name: ru.protocols.downloadPdf }).click();
    const response = await answer;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^protocol-\d{4}-\d{6}\.pdf$/);
    expect((await readFile(await file.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await shots(buyerPage, 'protocol', (page) =>
      page.getByRole('heading', { level: 1, name: /^Protocol No\. \d{4}-\d{6}$/ }).waitFor(),
    );

    // On paper: no navigation or buttons, black text on white.
    await buyerPage.emulateMedia({ media: 'print' });
    expect(await buyerPage.locator('.app-header').isVisible()).toBe(false);
    expect(await buyerPage.getByRole('button', { name: ru.protocols.downloadPdf }).isVisible()).toBe(false);
    const colours = await buyerPage
      .locator('.protocol-table td')
      .first()
      .evaluate((cell) => [getComputedStyle(cell).color, getComputedStyle(cell).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await buyerPage.screenshot({ path: `${SCREENSHOTS}protocol-print-1280-ru.png`, fullPage: true });
    await buyerPage.emulateMedia({ media: 'screen' });

    // The order links to its protocol.
    const orders = await call(app, 'GET', `/orders?needId=${need.id}`, buyer.token);
    const order = (orders.items as { id: string; protocolId: string }[])[0]!;
    expect(protocolUrl).toBe(`${baseUrl}/protocols/${order.protocolId}`);
    await buyerPage.goto(`${baseUrl}/orders/${order.id}`);
    await buyerPage.getByRole('link', { name: ru.orders.detail.openProtocol }).click();
    await buyerPage.getByTestId('protocol-reason').waitFor();
    expect(buyerPage.url()).toBe(protocolUrl);
  }, 180_000);
});
