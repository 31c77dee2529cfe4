import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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
const deliveredName = `ООО «Омский подшипниковый завод ${suffix}»`;
const pickupName = `ООО «Самарский подшипник ${suffix}»`;
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** Text with Intl's narrow no-break spaces (digit grouping in Russian) read as plain spaces. */
const plain = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s/g, ' ');

describe('bid terms in the browser (issue 22)', () => {
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

  async function person(account: Account, width = 1280): Promise<Page> {
    const context = await newPerson(browser!, width);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server!.baseUrl, account);
    return page;
  }

  it('ranks two bids with different VAT and delivery terms by the delivered price with VAT', async () => {
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

    // A manufacturer bids 835 ₽ without VAT (20 %), pick-up: 1 002,00 ₽ delivered with VAT.
    const pickup = await register(app, { regionCode: '63', name: pickupName });
    await call(app, 'POST', `/needs/${need.id}/bids`, pickup.token, {
      unitPrice: '835.00',
      quantity: '1200',
      leadTimeDays: 30,
      validUntil: nextYear(),
      ...bidTerms({ priceIncludesVat: false, deliveryBasis: 'pickup', schedule: null }),
    });

    // Another bids 790 ₽ with VAT 20 % delivered to the buyer, through the form, in two deliveries.
    const delivered = await register(app, { regionCode: '55', name: deliveredName });
    const supplierPage = await person({
      email: delivered.email,
      password: delivered.password,
      organization: deliveredName,
    });
    await supplierPage.goto(needUrl);
    await supplierPage.getByRole('heading', { name: ru.bids.mine.newHeading }).waitFor();
    await supplierPage.getByLabel(/^Цена за единицу/).fill('790.00');
    await field(supplierPage, ru.bids.form.leadTimeDays).fill('40');
    expect(await field(supplierPage, ru.bids.termsForm.vatRate).inputValue()).toBe('20');
    expect(await field(supplierPage, ru.bids.termsForm.priceIncludesVat).isChecked()).toBe(true);
    await field(supplierPage, ru.bids.termsForm.prepaymentPercent).fill('30');
    await field(supplierPage, ru.bids.termsForm.paymentDays).fill('30');
    await field(supplierPage, ru.bids.termsForm.warrantyMonths).fill('12');
    const addLine = supplierPage.getByRole('button', { name: ru.bids.termsForm.addLine });
    await addLine.click();
    const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await field(supplierPage, 'Дата поставки 1').fill(nextMonth);
    await field(supplierPage, 'Количество 1, шт').fill('500');
    await supplierPage.getByText('Осталось распределить: 700 шт').waitFor();
    await addLine.click();
    // A new line starts with what is left; the schedule then covers the whole quantity.
    expect(await field(supplierPage, 'Количество 2, шт').inputValue()).toBe('700');
    await field(supplierPage, 'Дата поставки 2').fill(nextMonth);
    await supplierPage.getByText(ru.bids.termsForm.complete).waitFor();
    const preview = supplierPage.locator('.bid-form-delivered');
    expect(await plain(preview)).toContain('790,00 ₽');
    await shot(supplierPage, 'bid-terms-form-1280-ru');
    await supplierPage.setViewportSize({ width: 360, height: 900 });
    await shot(supplierPage, 'bid-terms-form-360-ru');
    expect(await supplierPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await supplierPage.getByRole('button', { name: en.language.en }).click();
    await supplierPage.getByRole('heading', { name: en.bids.mine.newHeading }).waitFor();
    await shot(supplierPage, 'bid-terms-form-360-en');
    await supplierPage.setViewportSize({ width: 1280, height: 900 });
    await shot(supplierPage, 'bid-terms-form-1280-en');
    await supplierPage.getByRole('button', { name: en.bids.form.submit }).click();
    await supplierPage.getByRole('heading', { name: en.bids.mine.liveHeading }).waitFor();

    // The buyer's comparison: sorted by the delivered price with VAT, 790 above 1 002.
    const buyerPage = await person({ email: buyer.email, password: buyer.password, organization: buyerName });
    await buyerPage.goto(needUrl);
    const table = buyerPage.locator('[data-section="need-bids"] table');
    await table.getByRole('row').filter({ hasText: pickupName }).waitFor();
    const header = table.getByRole('columnheader', { name: new RegExp(`^${ru.bids.terms.column}`) });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await plain(rows.nth(0))).toContain(deliveredName);
    expect(await plain(rows.nth(1))).toContain(pickupName);
    expect(await plain(rows.nth(1).locator('.cell-delivered'))).toContain('1 002,00 ₽');

    // How it was computed: 835,00 without VAT, no delivery priced, VAT 167,00.
    const details = rows.nth(1).locator('details');
    await details.getByText(ru.bids.terms.howComputed).click();
    const breakdown = await plain(details);
    expect(breakdown).toContain('835,00 ₽');
    expect(breakdown).toContain('167,00 ₽');
    expect(breakdown).toContain(ru.bids.terms.basis.pickup);
    await rows.nth(0).locator('details summary').click();
    expect(await plain(rows.nth(0).locator('details'))).toContain('658,33 ₽');
    await shot(buyerPage, 'bid-terms-comparison-1280-ru');
    await buyerPage.setViewportSize({ width: 360, height: 900 });
    await shot(buyerPage, 'bid-terms-comparison-360-ru');
    expect(await buyerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await buyerPage.getByRole('button', { name: en.language.en }).click();
    await buyerPage.getByRole('columnheader', { name: new RegExp(`^${en.bids.terms.column}`) }).waitFor();
    await shot(buyerPage, 'bid-terms-comparison-360-en');
    await buyerPage.setViewportSize({ width: 1280, height: 900 });
    await shot(buyerPage, 'bid-terms-comparison-1280-en');
  }, 120_000);
});
