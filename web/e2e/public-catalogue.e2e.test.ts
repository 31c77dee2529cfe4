import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, api, openNeed, postBid } from '../../server/test/bids-fixtures';
import { register, type Registered } from '../../server/test/fixtures';
import { en } from '../src/i18n/locales/en';
import { ru } from '../src/i18n/locales/ru';
import { seriousViolations } from './support/axe';
import { launchBrowser, SCREENSHOTS } from './support/deal-fixtures';
import { openPage, startPagesServer } from './support/pages-fixtures';

const NAMED = 'АО «Рязанский станкозавод»';
const HIDDEN = 'ООО «Нижегородский скрытный заказчик»';
const BEARING = 'Подшипник роликовый конический 7510';
const SEAL = 'Уплотнение манжетное 2.2-50×70';

let server: Awaited<ReturnType<typeof startPagesServer>> | undefined;
let browser: Browser | undefined;
let supplier: Registered;
let bearingId = '';

/** Three open needs in two regions, and one need ordered across regions (62 ← 66). */
async function seed() {
  const { app } = server!;
  const named = await register(app, { regionCode: '62', name: NAMED });
  const hidden = await register(app, { regionCode: '52', name: HIDDEN });
  supplier = await register(app, { regionCode: '66', name: 'АО «Уральский подшипник»' });
  await api(app, 'PATCH', `/organizations/${named.organizationId}`, named.token, { openDataConsent: true });
  bearingId = (await openNeed(app, named.token, { title: BEARING })).id;
  await openNeed(app, named.token, {
    title: 'Фреза концевая твердосплавная 12 мм',
    okpd2: '25.73.40.162',
    replaces: 'Sandvik R216',
    critical: false,
  });
  await openNeed(app, hidden.token, {
    title: SEAL,
    okpd2: '22.19.73.120',
    deliveryRegionCode: '52',
    replaces: 'Freudenberg BA 50×70',
  });
  const ordered = await openNeed(app, named.token, { title: 'Подшипник шариковый 6205' });
  await acceptedOrder(app, named.token, (await postBid(app, supplier.token, ordered.id)).id);
}

async function guestPage(language: 'ru' | 'en', width: number): Promise<Page> {
  // bypassCSP: the app's script-src 'self' would block the injected axe script (support/axe.ts).
  const context = await browser!.newContext({
    viewport: { width, height: 900 },
    locale: 'ru-RU',
    bypassCSP: true,
  });
  context.setDefaultTimeout(20_000);
  // The language switcher's stored choice (i18n.ts), in place before the first script runs.
  await context.addInitScript((lang) => localStorage.setItem('zamena.language', lang), language);
  return context.newPage();
}

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

const figure = (page: Page, label: string) =>
  page.locator('.landing-figure').filter({ hasText: label }).locator('dd').textContent();

const cardOf = (page: Page, title: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

describe('the public landing page and catalogue', () => {
  beforeAll(async () => {
    server = await startPagesServer();
    browser = await launchBrowser();
    await seed();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a guest sees the figures, searches the catalogue and is led to sign in to bid', async () => {
    const { baseUrl } = server!;
    const page = await guestPage('ru', 1280);
    await openPage(page, `${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: ru.publicSite.landing.heading }).waitFor();
    expect(await figure(page, ru.publicSite.figures.openNeeds)).toBe('3');
    expect(await figure(page, ru.publicSite.figures.regionsWithOpenNeeds)).toBe('2');
    expect(await figure(page, ru.publicSite.figures.interregionalOrders)).toBe('1');

    await page.getByRole('link', { name: ru.publicSite.landing.browse }).click();
    await page.getByRole('heading', { level: 1, name: ru.publicSite.catalogue.title }).waitFor();
    await cardOf(page, SEAL).waitFor();
    // The buyer that did not agree to open data is shown by its region only.
    expect(await page.getByText(HIDDEN).count()).toBe(0);
    expect(
      await cardOf(page, SEAL)
        .getByText(/Заказчик из региона/)
        .count(),
    ).toBe(1);
    expect(await cardOf(page, BEARING).getByText(NAMED).count()).toBe(1);

    await page.getByRole('searchbox', { name: ru.needs.filters.q }).fill('подшипник');
    await page.getByRole('searchbox', { name: ru.needs.filters.q }).press('Enter');
    await page.waitForURL(/q=/);
    // The new search's answer replaces the list (no stale rows are kept while it loads).
    await cardOf(page, SEAL).waitFor({ state: 'detached' });
    await cardOf(page, BEARING).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);

    await cardOf(page, BEARING).getByRole('link', { name: ru.publicSite.catalogue.signInToBid }).click();
    await page.getByRole('heading', { level: 1, name: ru.signIn.heading }).waitFor();
    await page.getByLabel(ru.signIn.email, { exact: true }).fill(supplier.email);
    await page.getByLabel(ru.signIn.password, { exact: true }).fill(supplier.password);
    await page.getByRole('button', { name: ru.signIn.submit, exact: true }).click();
    // Back at the need it came for, signed in.
    await page.waitForURL(`${baseUrl}/needs/${bearingId}`);
    await page.getByRole('heading', { level: 1, name: BEARING }).waitFor();
    await page.context().close();
  });

  it('a signed-in user still gets the dashboard at /', async () => {
    const { baseUrl } = server!;
    const page = await guestPage('ru', 1280);
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel(ru.signIn.email, { exact: true }).fill(supplier.email);
    await page.getByLabel(ru.signIn.password, { exact: true }).fill(supplier.password);
    await page.getByRole('button', { name: ru.signIn.submit, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'АО «Уральский подшипник»' }).waitFor();
    expect(await page.getByRole('heading', { name: ru.publicSite.landing.heading }).count()).toBe(0);
    await page.context().close();
  });

  for (const language of ['ru', 'en'] as const) {
    const texts = language === 'ru' ? ru : en;
    for (const width of [1280, 360]) {
      it(`fits ${width} px in ${language}, accessibly: landing page and catalogue`, async () => {
        const { baseUrl } = server!;
        const page = await guestPage(language, width);
        await openPage(page, `${baseUrl}/`);
        await page.getByRole('heading', { level: 1, name: texts.publicSite.landing.heading }).waitFor();
        await page.locator('.landing-figure').first().waitFor();
        expect(await overflows(page)).toBe(false);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOTS}landing-${language}-${width}.png`, fullPage: true });

        await openPage(page, `${baseUrl}/catalogue`);
        await page.getByRole('heading', { level: 1, name: texts.publicSite.catalogue.title }).waitFor();
        await cardOf(page, BEARING).waitFor();
        expect(await overflows(page)).toBe(false);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOTS}catalogue-${language}-${width}.png`, fullPage: true });
        await page.context().close();
      });
    }
  }
});
