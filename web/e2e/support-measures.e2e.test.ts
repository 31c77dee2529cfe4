import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../server/test/fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS, signIn } from './support/deal-fixtures';

/** The catalogue of support measures answers "what applies to me": by kind, region and OKPD2 code. */
describe('support measures in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('narrows the seeded measures by kind and region, and says when none fits', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const organization = `АО «Мерный завод ${Date.now() % 100_000}»`;
    const reader = {
      ...(await register(server.app, { name: organization, regionCode: '62' })),
      organization,
    };
    const context = await newPerson(browser, 1280);
    const page = await context.newPage();
    await signIn(page, server.baseUrl, reader);
    await page.goto(`${server.baseUrl}/support-measures`);
    await page.getByRole('heading', { level: 1, name: ru.supportMeasures.title }).waitFor();
    const table = page.getByRole('table', { name: ru.supportMeasures.caption });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await row('Специальный инвестиционный контракт (СПИК)').waitFor();

    const filters = page.getByRole('search', { name: ru.supportMeasures.filters.label });
    await filters.getByLabel(ru.supportMeasures.filters.type).selectOption('residency_benefit');
    await expect.poll(() => row('СПИК').count()).toBe(0);
    await row('Льготы резидентам особых экономических зон').waitFor();
    // The zones' regions have it; Ryazan (62) has no seeded zone.
    await filters.getByLabel(ru.supportMeasures.filters.region).selectOption('62');
    await page.getByText(ru.supportMeasures.filters.noneFit).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}support-measures-none-fit.png`, fullPage: true });

    await filters.getByLabel(ru.supportMeasures.filters.type).selectOption('loan');
    await row('«Проекты развития»').waitFor();
    expect(await row('Льготы резидентам').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}support-measures-loans.png`, fullPage: true });
    await context.close();
  });
});
