import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { App } from '../../../server/src/app';
import { bearer, randomInn, randomOgrn, signInAdmin, uniqueEmail } from '../../../server/test/fixtures';
import { ru } from '../../src/i18n/locales/ru';

/**
 * Where browser tests write their screenshots: an ignored folder, so a test run never changes tracked
 * files; `npm run screenshots` points it at docs/screenshots/ to refresh them on purpose.
 */
export const SCREENSHOTS = `${path.resolve(
  fileURLToPath(new URL('../../../', import.meta.url)),
  process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots',
)}/`;
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A browser profile of its own per person: separate cookies, so separate sessions. */
export async function newPerson(browser: Browser, width = 1280): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ru-RU' });
  context.setDefaultTimeout(20_000);
  return context;
}

export type Account = { email: string; password: string; organization: string };

/** Signs in through the form and waits for the dashboard, which names the organization. */
export async function signIn(page: Page, baseUrl: string, account: Account) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(ru.signIn.email, { exact: true }).fill(account.email);
  await page.getByLabel(ru.signIn.password, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: ru.signIn.submit, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: account.organization }).waitFor();
}

/** Calls the API on the app in-process, failing loudly on an unexpected status. */
export async function call(
  app: App,
  method: 'GET' | 'POST',
  url: string,
  token: string,
  payload?: object,
  expected = [200, 201],
) {
  const response = await app.inject({
    method,
    url: `/api/v1${url}`,
    headers: bearer(token),
    ...(payload ? { payload } : {}),
  });
  if (!expected.includes(response.statusCode)) {
    throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
  }
  return response.json() as Record<string, unknown> & { id: string };
}

const admins = new WeakMap<App, Promise<{ token: string }>>();

/** The platform administrator of this app, created once (there is one per platform). */
function adminOf(app: App) {
  let admin = admins.get(app);
  if (!admin) {
    admin = signInAdmin(app);
    admins.set(app, admin);
  }
  return admin;
}

/** An association (analysts) created by the administrator, with credentials to sign in through the browser. */
export async function createAnalyst(app: App): Promise<Account & { token: string }> {
  const admin = await adminOf(app);
  const account = {
    email: uniqueEmail('analyst'),
    password: 'analyst password 1',
    organization: `Ассоциация импортозамещения ${randomInn().slice(0, 4)}`,
  };
  await call(app, 'POST', '/organizations', admin.token, {
    organization: {
      name: account.organization,
      kind: 'association',
      inn: randomInn(),
      ogrn: randomOgrn(),
      regionCode: '77',
    },
    owner: { email: account.email, fullName: 'Анна Аналитик', password: account.password },
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: account.email, password: account.password },
  });
  return { ...account, token: login.json().accessToken as string };
}

/** The administrator verifies an organization (the badge buyers look for). */
export async function verify(app: App, organizationId: string) {
  const admin = await adminOf(app);
  await call(app, 'POST', `/organizations/${organizationId}/verify`, admin.token);
}

/** A year from now, as the date input takes it. */
export function nextYear(): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}
