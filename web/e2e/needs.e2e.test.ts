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
  email: `buyer-${suffix}@zavod.example`,
  password: `correct-horse-${suffix}`,
  organization: `АО «Рязанский станкозавод ${suffix}»`,
};
const title = 'Подшипник роликовый конический 7510';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** A year from now, as the date input takes it. */
function nextYear(): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

async function register(baseUrl: string, kind: 'enterprise' | 'center', email: string, name: string) {
  const response = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email,
      password: account.password,
      fullName: 'Ирина Петрова',
      organization: {
        name,
        kind,
        inn: randomInn(REGION_CODE),
        ogrn: randomOgrn(REGION_CODE),
        regionCode: REGION_CODE,
      },
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function signIn(page: Page, baseUrl: string, email: string, organization: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await field(page, ru.signIn.email).fill(email);
  await field(page, ru.signIn.password).fill(account.password);
  await page.getByRole('button', { name: ru.signIn.submit, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: organization }).waitFor();
}

describe('posting and finding a need through the browser', () => {
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

  it('posts a need with the OKPD2 picker, publishes it and finds it by a word of its title', async () => {
    if (!server || !context) throw new Error('the test server or browser did not start');
    const { baseUrl } = server;
    await register(baseUrl, 'enterprise', account.email, account.organization);
    const page = await context.newPage();
    await signIn(page, baseUrl, account.email, account.organization);

    const nav = page.getByRole('navigation', { name: ru.nav.label });
    await nav.getByRole('link', { name: ru.nav.needs }).click();
    await page.getByRole('heading', { level: 1, name: ru.needs.title }).waitFor();
    await page.getByRole('heading', { name: ru.needs.empty.heading }).waitFor();
    await page.getByRole('link', { name: ru.needs.post }).first().click();
    await page.getByRole('heading', { level: 1, name: ru.needs.form.newTitle }).waitFor();

    // An empty form is refused field by field, in Russian, and nothing is posted.
    await page.getByRole('button', { name: ru.needs.form.saveDraft }).click();
    await page.getByRole('alert').filter({ hasText: ru.needs.form.fixErrors }).waitFor();
    expect(await field(page, ru.needs.fields.title).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(ru.validation.required).count()).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/needs/new');

    await field(page, ru.needs.fields.title).fill(title);
    const picker = page.getByRole('combobox', { name: ru.needs.fields.okpd2 });
    await picker.fill('подшипник');
    const options = page.getByRole('listbox', { name: ru.okpd2.listLabel }).getByRole('option');
    await options.first().waitFor();
    const firstCode = (await options.first().locator('.okpd2-code').textContent()) ?? '';
    expect(firstCode).toMatch(/^28\./);
    await picker.press('ArrowDown');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await picker.press('Enter');
    // The chosen code shows where it sits: section C, class 28, … down to the code itself.
    const path = page.getByRole('list', { name: ru.okpd2.path });
    await path.getByText(firstCode, { exact: true }).waitFor();
    await path.getByText('C', { exact: true }).waitFor();
    expect(await picker.inputValue()).toContain(firstCode);

    await field(page, ru.needs.fields.replaces).fill('SKF 32210');
    await field(page, ru.needs.fields.quantity).fill('1200');
    await field(page, ru.needs.fields.targetUnitPrice).fill('850.00');
    await field(page, ru.needs.fields.neededBy).fill(nextYear());
    await page.getByLabel(ru.needs.fields.critical).check();
    expect(await field(page, ru.needs.fields.deliveryRegion).inputValue()).toBe(REGION_CODE);
    await page.screenshot({ path: `${SCREENSHOTS}need-form.png`, fullPage: true });

    await page.getByRole('button', { name: ru.needs.form.saveDraft }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(ru.needs.status.draft, { exact: true }).waitFor();
    await page.getByRole('button', { name: ru.needs.actions.publish }).click();
    await page.getByText(ru.needs.status.open, { exact: true }).waitFor();
    await page.getByRole('heading', { name: ru.needs.detail.matchesHeading }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}need-detail.png`, fullPage: true });

    await nav.getByRole('link', { name: ru.nav.needs }).click();
    await page.getByRole('heading', { level: 1, name: ru.needs.title }).waitFor();
    await page.getByRole('searchbox', { name: ru.needs.filters.q }).fill('конический');
    await page.getByRole('searchbox', { name: ru.needs.filters.q }).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'конический');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    await row.waitFor();
    expect(await row.textContent()).toContain(firstCode);
    expect(await row.textContent()).toContain(ru.needs.status.open);
    await page.screenshot({ path: `${SCREENSHOTS}needs-list.png`, fullPage: true });

    // A word the need does not contain finds nothing, and the page says what to do next.
    await page.getByRole('searchbox', { name: ru.needs.filters.q }).fill('гидроцилиндр');
    await page.getByRole('searchbox', { name: ru.needs.filters.q }).press('Enter');
    await page.getByRole('heading', { name: ru.needs.empty.filteredHeading }).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
  }, 120_000);

  it('tells a centre that is not verified yet why it cannot post needs', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { baseUrl } = server;
    const email = `centre-${suffix}@centre.example`;
    const name = `Центр импортозамещения ${suffix}`;
    await register(baseUrl, 'center', email, name);
    const centre = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    try {
      const page = await centre.newPage();
      await signIn(page, baseUrl, email, name);
      await page.goto(`${baseUrl}/needs`);
      await page.getByRole('heading', { level: 1, name: ru.needs.title }).waitFor();
      await page.getByText(ru.needs.centerNotVerified).waitFor();
      expect(await page.getByRole('link', { name: ru.needs.post }).count()).toBe(0);
      await page.goto(`${baseUrl}/needs/new`);
      await page.getByText(ru.needs.centerNotVerified).waitFor();
      expect(await page.getByRole('button', { name: ru.needs.form.publish }).count()).toBe(0);
    } finally {
      await centre.close();
    }
  }, 60_000);

  it('keeps an edit from overwriting a change someone else saved meanwhile (412) and offers the fresh version', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { baseUrl } = server;
    const email = `editor-${suffix}@zavod.example`;
    const name = `ООО «Литейный цех ${suffix}»`;
    const token = await register(baseUrl, 'enterprise', email, name);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const created = await fetch(`${baseUrl}/api/v1/needs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'Втулка бронзовая БрА9Ж3',
        okpd2: '25.73.40.110',
        quantity: '500',
        unit: '796',
        neededBy: nextYear(),
        deliveryRegionCode: REGION_CODE,
      }),
    });
    const need = (await created.json()) as { id: string; version: number };
    const editor = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    try {
      const page = await editor.newPage();
      await signIn(page, baseUrl, email, name);
      await page.goto(`${baseUrl}/needs/${need.id}/edit`);
      await field(page, ru.needs.fields.quantity).fill('600');
      const meanwhile = await fetch(`${baseUrl}/api/v1/needs/${need.id}`, {
        method: 'PATCH',
        headers: { ...headers, 'if-match': `"${need.version}"` },
        body: JSON.stringify({ quantity: '700' }),
      });
      expect(meanwhile.status).toBe(200);

      await page.getByRole('button', { name: ru.needs.form.save, exact: true }).click();
      await page.getByText(ru.needs.form.staleBody).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/needs/${need.id}/edit`);
      await page.getByRole('button', { name: ru.needs.form.loadLatest }).click();
      await page.waitForFunction(
        (label) =>
          (document.querySelector(`input[name="quantity"]`) as HTMLInputElement | null)?.value === label,
        '700',
      );
      const stored = (await (await fetch(`${baseUrl}/api/v1/needs/${need.id}`, { headers })).json()) as {
        quantity: string;
      };
      expect(stored.quantity).toBe('700');
    } finally {
      await editor.close();
    }
  }, 60_000);
});
