import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ru } from '../src/i18n/locales/ru';
import { axeViolations, seriousViolations, type Violation } from './support/axe';
import { launchBrowser, signIn } from './support/deal-fixtures';
import {
  MAIN_PAGES,
  openPage,
  seedPagesWorld,
  startPagesServer,
  type PagesWorld,
  type Role,
} from './support/pages-fixtures';

describe('accessibility of the main pages (axe-core)', () => {
  let server: Awaited<ReturnType<typeof startPagesServer>> | undefined;
  let browser: Browser | undefined;
  let world: PagesWorld | undefined;
  const pages = new Map<Role, Page>();
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startPagesServer();
    browser = await launchBrowser();
    world = await seedPagesWorld(server.app);
    for (const role of ['guest', 'buyer', 'supplier', 'centre', 'analyst'] as const) {
      // The app's CSP (script-src 'self') would block the injected axe script; the test lifts it for itself only.
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'ru-RU',
        bypassCSP: true,
      });
      context.setDefaultTimeout(20_000);
      contexts.push(context);
      const page = await context.newPage();
      if (role !== 'guest') await signIn(page, server.baseUrl, world[role]);
      pages.set(role, page);
    }
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('finds no serious or critical violation on any main page', async () => {
    if (!server || !world) throw new Error('the test server did not start');
    const found: Record<string, Violation[]> = {};
    for (const main of MAIN_PAGES) {
      const page = pages.get(main.role)!;
      await openPage(page, `${server.baseUrl}${main.path(world)}`);
      const serious = await seriousViolations(page);
      if (serious.length > 0) found[main.name] = serious;
    }
    expect(found).toEqual({});
  });

  it('reports a violation when there is one (the check can fail)', async () => {
    if (!server) throw new Error('the test server did not start');
    const page = pages.get('guest')!;
    await openPage(page, `${server.baseUrl}/sign-in`);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('main')?.append(input);
    });
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toContain('label');
  });

  it('is usable from the keyboard: skip link, visible focus, Escape closes the notification panel', async () => {
    if (!server) throw new Error('the test server did not start');
    const page = pages.get('buyer')!;
    await openPage(page, `${server.baseUrl}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: ru.app.skipToContent });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    // A visible focus ring: an outline (or box-shadow) on the focused element.
    const ring = await skip.evaluate((el) => {
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
    });
    expect(ring).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const bell = page.getByRole('button', { name: new RegExp(`^${ru.notifications.bell}`) });
    await bell.focus();
    await page.keyboard.press('Enter');
    expect(await bell.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await bell.getAttribute('aria-expanded')).toBe('false');
  });
});
