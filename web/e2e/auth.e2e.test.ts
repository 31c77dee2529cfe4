import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { randomInn, randomOgrn } from './organization-ids';
import { launchBrowser, SCREENSHOTS } from './support/deal-fixtures';

const REGION_CODE = '62';
const suffix = randomUUID().slice(0, 8);
const account = {
  organization: `АО «Тестовый завод ${suffix}»`,
  inn: randomInn(REGION_CODE),
  ogrn: randomOgrn(REGION_CODE),
  fullName: 'Ирина Петрова',
  email: `owner-${suffix}@zavod.example`,
  password: `correct-horse-${suffix}`,
};

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function expectDashboard(page: Page, baseUrl: string) {
  await page.waitForURL(`${baseUrl}/`);
  await page.getByRole('heading', { level: 2, name: account.organization }).waitFor();
  const greeting = await page.getByRole('heading', { level: 1 }).textContent();
  expect(greeting).toContain(account.fullName);
}

describe('signing up and signing in through the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    context.setDefaultTimeout(15_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('registers an organization, signs out, rejects a wrong password and signs in again', async () => {
    if (!server || !context) throw new Error('the test server or browser did not start');
    const { baseUrl } = server;
    const page = await context.newPage();

    await page.goto(`${baseUrl}/register`);
    await page.getByRole('heading', { level: 1, name: ru.register.heading }).waitFor();
    await page.getByRole('radio', { name: ru.register.kindEnterprise }).check();
    await field(page, ru.register.name).fill(account.organization);
    await field(page, ru.register.inn).fill(account.inn);
    await field(page, ru.register.ogrn).fill(account.ogrn);
    await field(page, ru.register.region).selectOption(REGION_CODE);
    await field(page, ru.register.fullName).fill(account.fullName);
    await field(page, ru.register.email).fill(account.email);
    await field(page, ru.register.password).fill(account.password);
    await page.screenshot({ path: `${SCREENSHOTS}register.png`, fullPage: true });
    await page.getByRole('button', { name: ru.register.submit }).click();

    await expectDashboard(page, baseUrl);
    expect(await page.getByText(ru.organizationKind.enterprise).count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}dashboard.png`, fullPage: true });

    // The access token lives in memory only: a reload restores the session from the refresh cookie.
    await page.reload();
    await expectDashboard(page, baseUrl);

    await page.getByRole('button', { name: ru.userMenu.open }).click();
    await page.getByRole('button', { name: ru.userMenu.signOut }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: ru.signIn.heading }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}sign-in.png`, fullPage: true });

    await field(page, ru.signIn.email).fill(account.email);
    await field(page, ru.signIn.password).fill(`${account.password}-wrong`);
    await page.getByRole('button', { name: ru.signIn.submit, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: ru.problems.invalid_credentials }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await field(page, ru.signIn.password).fill(account.password);
    await page.getByRole('button', { name: ru.signIn.submit, exact: true }).click();
    await expectDashboard(page, baseUrl);
  }, 120_000);
});
