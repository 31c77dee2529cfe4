import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needBody, register, type Registered } from '../../server/test/fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import {
  type Account,
  call,
  launchBrowser,
  newPerson,
  nextYear,
  SCREENSHOTS,
  signIn,
} from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const buyerName = `АО «Рязанский станкозавод ${suffix}»`;
const supplierName = `ООО «Омский механический ${suffix}»`;
const repeatedTitle = `Втулка бронзовая БрО10Ф1 ${suffix}`;

const field = (page: Page, label: string | RegExp) =>
  page.getByLabel(label, { exact: typeof label === 'string' });
const accountOf = (registered: Registered, organization: string): Account => ({
  email: registered.email,
  password: registered.password,
  organization,
});
const invalidFields = (page: Page) => page.locator('form [aria-invalid="true"]');

/** Two days ago, a date the server refuses for a need or an offer. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function fitsWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('forms that forgive what people type', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let buyer: Registered;
  let supplier: Registered;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    buyer = await register(server.app, { regionCode: '62', name: buyerName });
    supplier = await register(server.app, { regionCode: '55', name: supplierName });
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

  it('saves a draft with a title only and takes "1 200,50" as a price when publishing', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const page = await person(accountOf(buyer, buyerName));

    await page.goto(`${server.baseUrl}/needs/new`);
    await page.getByRole('heading', { level: 1, name: ru.needs.form.newTitle }).waitFor();
    await field(page, ru.needs.fields.title).fill('Втулка без подробностей');
    await page.getByRole('button', { name: ru.needs.form.saveDraft }).click();
    await page.getByRole('heading', { level: 1, name: 'Втулка без подробностей' }).waitFor();
    await page.getByText(ru.needs.status.draft, { exact: true }).waitFor();
    // Instead of a publish that would fail, the draft says what it still lacks.
    await page
      .getByText(ru.needs.actions.missingToPublish.slice(0, ru.needs.actions.missingToPublish.indexOf('{{')))
      .waitFor();
    expect(await page.getByRole('button', { name: ru.needs.actions.publish, exact: true }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}forms-draft-title-only.png`, fullPage: true });

    // Publishing asks for everything at once, and a past date is caught before anything is sent.
    await page.goto(`${server.baseUrl}/needs/new`);
    await field(page, ru.needs.fields.title).fill(`Подшипник роликовый 7510 ${suffix}`);
    await field(page, ru.needs.fields.neededBy).fill(daysAgo(2));
    await page.getByRole('button', { name: ru.needs.form.publish }).click();
    await page.getByRole('alert').filter({ hasText: ru.needs.form.fixErrors }).waitFor();
    await page.getByText(ru.validation.notInPast).waitFor();
    expect(await invalidFields(page).count()).toBe(3);
    expect(new URL(page.url()).pathname).toBe('/needs/new');

    const picker = page.getByRole('combobox', { name: ru.needs.fields.okpd2 });
    await picker.fill('подшипник');
    await page.getByRole('listbox', { name: ru.okpd2.listLabel }).getByRole('option').first().waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await field(page, ru.needs.fields.quantity).fill('1 200,5');
    await field(page, ru.needs.fields.targetUnitPrice).fill('1 200,50 ₽');
    await field(page, ru.needs.fields.neededBy).fill(nextYear());
    expect(await invalidFields(page).count()).toBe(0);
    await page.getByRole('button', { name: ru.needs.form.publish }).click();
    await page.getByText(ru.needs.status.open, { exact: true }).waitFor();
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    const stored = await call(server.app, 'GET', `/needs/${id}`, buyer.token);
    expect(stored).toMatchObject({ quantity: '1200.5', targetUnitPrice: '1200.50' });
    await page.getByText('1 200,50 ₽').first().waitFor();
  });

  it('warns that a like need was posted in the last day, and posts anyway', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const earlier = await call(server.app, 'POST', '/needs', buyer.token, needBody({ title: repeatedTitle }));

    for (const width of [1280, 360]) {
      const page = await person(accountOf(buyer, buyerName), width);
      await page.goto(`${server.baseUrl}/needs/new`);
      await field(page, ru.needs.fields.title).fill(repeatedTitle.toLowerCase());
      const warning = page.getByRole('alert').filter({ hasText: ru.needs.form.repeatPostAnyway });
      await warning.waitFor();
      expect(await warning.getByRole('link', { name: repeatedTitle, exact: true }).getAttribute('href')).toBe(
        `/needs/${earlier.id}`,
      );
      expect(await fitsWidth(page)).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}forms-repeat-warning-${width}.png`, fullPage: true });
      if (width === 1280) {
        await page.getByRole('button', { name: ru.needs.form.saveDraft }).click();
        await page.getByRole('heading', { level: 1, name: repeatedTitle.toLowerCase() }).waitFor();
      }
    }
  });

  it('shows every error of the bid form at once, then takes a price typed with a comma', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const need = await call(
      server.app,
      'POST',
      '/needs',
      buyer.token,
      needBody({ title: `Фреза концевая ${suffix}`, quantity: '100', publish: true }),
    );

    // The phone first: the desktop run sends the bid, after which the form revises it instead.
    for (const width of [360, 1280]) {
      const page = await person(accountOf(supplier, supplierName), width);
      await page.goto(`${server.baseUrl}/needs/${need.id}`);
      await page.getByRole('heading', { name: ru.bids.mine.newHeading }).waitFor();
      await page.getByLabel(/^Цена за единицу/).fill('двенадцать');
      await page.getByLabel(/^Количество, /).fill('150');
      await field(page, ru.bids.form.validUntil).fill(daysAgo(2));
      await page.getByRole('button', { name: ru.bids.form.submit }).click();
      await page.getByRole('alert').filter({ hasText: ru.bids.form.fixErrors }).waitFor();
      await page.getByText(ru.validation.aboveNeedQuantity.replace('{{max}}', '100')).waitFor();
      await page.getByText(ru.validation.notInPast).waitFor();
      // Price, quantity, validity and the empty lead time: four fields marked in one go.
      expect(await invalidFields(page).count()).toBe(4);
      expect(await fitsWidth(page)).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}forms-bid-errors-${width}.png`, fullPage: true });
      if (width === 360) continue;

      await page.getByLabel(/^Цена за единицу/).fill('1 200,50');
      await page.getByLabel(/^Количество, /).fill('12,5');
      await field(page, ru.bids.form.validUntil).fill(nextYear());
      await field(page, ru.bids.form.leadTimeDays).fill('30');
      await page.getByText('15 006,25 ₽').waitFor();
      await page.getByRole('button', { name: ru.bids.form.submit }).click();
      await page.getByRole('heading', { name: ru.bids.mine.newHeading }).waitFor({ state: 'detached' });
      const bids = await call(server.app, 'GET', `/bids?mine=1&needId=${need.id}`, supplier.token);
      expect(bids.items).toMatchObject([{ unitPrice: '1200.50', quantity: '12.5' }]);
    }
  });
});
