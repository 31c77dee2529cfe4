import { existsSync, statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, signIn } from './support/deal-fixtures';
import {
  MAIN_PAGES,
  openPage,
  seedPagesWorld,
  startPagesServer,
  type PagesWorld,
} from './support/pages-fixtures';

const WIDTHS = [1280, 360] as const;

describe('screenshots of the main pages at 1280 and 360 px', () => {
  let server: Awaited<ReturnType<typeof startPagesServer>> | undefined;
  let browser: Browser | undefined;
  let world: PagesWorld | undefined;

  beforeAll(async () => {
    server = await startPagesServer();
    browser = await launchBrowser();
    world = await seedPagesWorld(server.app);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const width of WIDTHS) {
    it(`captures every main page at ${width} px without horizontal scrolling`, async () => {
      if (!server || !browser || !world) throw new Error('the test server did not start');
      const overflowing: string[] = [];
      // One signed-in browser profile per role, reused across its pages.
      const contexts = new Map<string, Awaited<ReturnType<Browser['newContext']>>>();
      try {
        for (const main of MAIN_PAGES) {
          let context = contexts.get(main.role);
          if (!context) {
            context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ru-RU' });
            context.setDefaultTimeout(20_000);
            contexts.set(main.role, context);
            if (main.role !== 'guest')
              await signIn(await context.newPage(), server.baseUrl, world[main.role]);
          }
          const page = context.pages()[0] ?? (await context.newPage());
          await openPage(page, `${server.baseUrl}${main.path(world)}`);
          const path = `${SCREENSHOTS}${main.name}-${width}.png`;
          await page.screenshot({ path, fullPage: true });
          expect(existsSync(path) && statSync(path).size > 5000).toBe(true);
          // Wider than the viewport means a sideways scroll on a phone: a layout bug.
          const wide = await page.evaluate(
            () => document.documentElement.scrollWidth > window.innerWidth + 1,
          );
          if (wide) overflowing.push(main.name);
        }
      } finally {
        for (const context of contexts.values()) await context.close();
      }
      expect(overflowing).toEqual([]);
    });
  }
});
