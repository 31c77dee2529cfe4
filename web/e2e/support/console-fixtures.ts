import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { SCREENSHOTS } from './deal-fixtures';

const LANGUAGE_KEY = 'zamena.language';

/** A person's browser profile where axe can run (the app's CSP would block its injected script). */
export async function newCheckedPerson(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'ru-RU',
    bypassCSP: true,
  });
  context.setDefaultTimeout(20_000);
  return context;
}

/**
 * Screenshots of the page at 1280 and 360 px in Russian and English (`<name>-<lang>-<width>.png`),
 * each checked by axe (no serious or critical violation), ending as it began: Russian at 1280.
 * `ready` waits for what must be on the page after each reload.
 */
export async function screenshotsOf(page: Page, name: string, ready: (page: Page) => Promise<unknown>) {
  for (const language of ['ru', 'en'] as const) {
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LANGUAGE_KEY, language]);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await ready(page);
      await page.screenshot({ path: `${SCREENSHOTS}${name}-${language}-${width}.png`, fullPage: true });
      expect(await seriousViolations(page), `${name} ${language} ${width}`).toEqual([]);
    }
  }
  await page.evaluate((key) => localStorage.setItem(key, 'ru'), LANGUAGE_KEY);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await ready(page);
}
