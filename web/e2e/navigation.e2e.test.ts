import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../server/test/test-server';
import { en } from '../src/i18n/locales/en';
import { ru } from '../src/i18n/locales/ru';
import { seriousViolations } from './support/axe';
import { launchBrowser, SCREENSHOTS } from './support/deal-fixtures';

/** Sections of the administrator's menu, the longest of all roles, in menu order (others add more). */
const ADMIN_SECTIONS = [
  ru.nav.dashboard,
  ru.nav.needs,
  ru.review.nav,
  ru.nav.analytics,
  ru.supportMeasures.nav,
];
const inOrder = (all: string[], some: string[]) =>
  some.every((label, n) => all.indexOf(label) > all.indexOf(some[n - 1] ?? ''));
const ADMIN = { email: 'nav-admin@zamena.test', password: 'admin password 1' };

describe('narrow screens: the main menu and the search filters', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    await server.app.services.auth.ensureAdmin(ADMIN.email, ADMIN.password);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function signedInAdmin(width: number): Promise<Page> {
    // The app's CSP would block the injected axe script; the test lifts it for itself only.
    const context = await browser!.newContext({
      viewport: { width, height: 900 },
      locale: 'ru-RU',
      bypassCSP: true,
    });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server!.baseUrl}/sign-in`);
    await page.getByLabel(ru.signIn.email, { exact: true }).fill(ADMIN.email);
    await page.getByLabel(ru.signIn.password, { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: ru.signIn.submit, exact: true }).click();
    // The dashboard itself, not the sign-in page's own heading: the focus moves to it once it is there.
    await page.getByRole('heading', { level: 1, name: /Администратор платформы/ }).waitFor();
    return page;
  }

  it('folds into a button at 360 px that opens, closes with Escape and after a choice', async () => {
    const page = await signedInAdmin(360);
    const button = page.getByRole('button', { name: ru.nav.menu, exact: true });
    const navId = (await button.getAttribute('aria-controls'))!;
    // Closed, the menu is out of sight and out of the accessibility tree.
    const nav = page.locator(`[id="${navId}"]`);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);

    // Open by keyboard: every section is there, one under another, inside the screen.
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('navigation', { name: ru.nav.label }).getAttribute('id')).toBe(navId);
    const links = nav.getByRole('link');
    const phoneSections = await links.allTextContents();
    expect(inOrder(phoneSections, ADMIN_SECTIONS)).toBe(true);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Tab goes from the button straight into the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(ru.nav.dashboard);
    await page.screenshot({ path: `${SCREENSHOTS}phone-menu-ru.png` });
    expect(await seriousViolations(page)).toEqual([]);

    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(navId);

    // Choosing a section opens it and folds the menu away.
    await button.click();
    await nav.getByRole('link', { name: ru.nav.needs }).click();
    await page.getByRole('heading', { level: 1, name: ru.needs.title }).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);

    // A press outside closes it too.
    await button.click();
    await page.locator('#main h1').click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);

    // The same menu in English.
    await page.getByRole('button', { name: ru.language.en }).click();
    const enButton = page.getByRole('button', { name: en.nav.menu, exact: true });
    await enButton.click();
    await page
      .getByRole('navigation', { name: en.nav.label })
      .getByRole('link', { name: en.nav.dashboard })
      .waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}phone-menu-en.png` });
    await page.getByRole('button', { name: en.language.ru }).click();
  });

  it('shows every one of the administrator’s sections at 1280 px, none cut, and their own pages in the user menu', async () => {
    const page = await signedInAdmin(1280);
    const nav = page.getByRole('navigation', { name: ru.nav.label });
    expect(await page.getByRole('button', { name: ru.nav.menu, exact: true }).isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}admin-menu-1280.png` });
    const links = nav.getByRole('link');
    expect(inOrder(await links.allTextContents(), ADMIN_SECTIONS)).toBe(true);
    expect(
      await nav.locator('ul').evaluate((list) => list.scrollWidth - list.clientWidth),
    ).toBeLessThanOrEqual(0);
    for (const link of await links.all()) {
      // Inside the screen and not covered or clipped: the link itself is what a click there would hit.
      expect(await link.isVisible()).toBe(true);
      const hit = await link.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const found = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return box.right <= window.innerWidth && (found === element || element.contains(found));
      });
      expect(hit).toBe(true);
    }
    expect(await links.filter({ hasText: ru.account.nav }).count()).toBe(0);

    await page.getByRole('button', { name: ru.userMenu.open }).click();
    await page.getByRole('link', { name: ru.account.nav }).click();
    await page.getByRole('heading', { level: 1, name: ru.account.title }).waitFor();
  });

  it('folds the needs filters behind a button at 360 px, keeping the words field in sight', async () => {
    const page = await signedInAdmin(360);
    await page.goto(`${server!.baseUrl}/needs`);
    const search = page.getByRole('search', { name: ru.needs.filters.label });
    await search.getByLabel(ru.needs.filters.q, { exact: true }).waitFor();
    await search.getByRole('button', { name: ru.searchFilters.toggle, exact: true }).waitFor();
    const toggle = search.locator('.filters-toggle');
    const region = search.getByLabel(ru.needs.filters.region, { exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await region.isVisible()).toBe(false);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await region.selectOption('62');
    await page.waitForURL(/region=62/);
    // The count tells that a filter is on, to the eye and to a screen reader.
    await search.locator('.filters-count', { hasText: '1' }).waitFor();
    expect(await toggle.textContent()).toContain(ru.searchFilters.onCount_one.replace('{{count}}', '1'));
    await toggle.click();
    expect(await region.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // On a wide screen there is nothing to fold.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await toggle.isVisible()).toBe(false);
    expect(await region.isVisible()).toBe(true);
  });
});
