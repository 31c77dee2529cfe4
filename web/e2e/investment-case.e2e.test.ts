import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register } from '../../server/test/fixtures';
import { liveLot, rebuildLots } from '../../server/test/lots-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { seriousViolations } from './support/axe';
import {
  createAnalyst,
  launchBrowser,
  newPerson,
  nextYear,
  SCREENSHOTS,
  signIn,
} from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const shots = process.env.SITES_SHOTS_DIR ?? SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
  await page.screenshot({ path: `${shots}${name}-top.png` });
};
/** Nothing wider than the screen: a 360 px phone never scrolls sideways. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('a lot’s investment case', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await startTestServer({ QUEUE_PREFIX: `e2e-investment-case-${suffix}` });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function openPage(width: number): Promise<Page> {
    const context = await newPerson(browser!, width);
    contexts.push(context);
    return context.newPage();
  }

  /** A 1280 px page whose CSP lets the test inject axe-core (the app's script-src is 'self'). */
  async function axePage(): Promise<Page> {
    const context = await browser!.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'ru-RU',
      bypassCSP: true,
    });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    return context.newPage();
  }

  it('shows the demand by region and a nearby site, and downloads the case as XLSX', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl, database } = server;
    const lipetsk = await register(app, { regionCode: '48', name: `АО «Липецкий станкозавод ${suffix}»` });
    const voronezh = await register(app, { regionCode: '36', name: `АО «Воронежсельмаш ${suffix}»` });
    const need = (quantity: string, region: string) => ({
      title: `Подшипник роликовый 7510 (${suffix})`,
      okpd2: '28.15.10.120',
      quantity,
      targetUnitPrice: '850.00',
      deliveryRegionCode: region,
      neededBy: nextYear(),
      publish: true,
    });
    await postNeed(app, lipetsk.token, need('400', '48'));
    await postNeed(app, voronezh.token, need('250', '36'));
    await rebuildLots(database, new Date().toISOString().slice(0, 10));
    const lotId = (await liveLot(database, '28.15.10'))!.id;
    const analyst = await createAnalyst(app);

    const page = await axePage();
    await signIn(page, baseUrl, analyst);
    await page.goto(`${baseUrl}/lots/${lotId}`);
    await page.getByRole('link', { name: ru.investmentCase.open }).click();
    await page.getByRole('heading', { level: 1, name: ru.investmentCase.title }).waitFor();
    const regions = page.getByRole('table', { name: ru.investmentCase.regionsHeading });
    await expect.poll(() => regions.locator('tbody tr').count()).toBe(2);
    expect(await regions.locator('tbody tr').first().textContent()).toContain('Липецк');
    const sites = page.getByTestId('case-site');
    await sites.filter({ hasText: 'ОЭЗ «Липецк»' }).waitFor();
    await shot(page, 'investment-case-1280');
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ru.investmentCase.exportXlsx }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^investment-case-28\.15\.10-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
    const demand = workbook.getWorksheet('Спрос по регионам')!;
    expect(demand.getRow(2).getCell(2).value).toBe('Липецкая обл');

    const phone = await openPage(360);
    await signIn(phone, baseUrl, analyst);
    await phone.goto(`${baseUrl}/lots/${lotId}/investment-case`);
    await phone.getByTestId('case-site').first().waitFor();
    await shot(phone, 'investment-case-360');
    expect(await scrollsSideways(phone)).toBe(false);

    // The association keeps the sites in its console.
    await page.goto(`${baseUrl}/console/sites`);
    await page.getByRole('heading', { level: 1, name: ru.sites.title }).waitFor();
    await page.getByRole('table', { name: ru.sites.caption }).getByText('ОЭЗ «Алабуга»').waitFor();
    await shot(page, 'sites-admin-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await phone.goto(`${baseUrl}/console/sites`);
    await phone.getByText('ОЭЗ «Алабуга»').first().waitFor();
    await shot(phone, 'sites-admin-360');
    expect(await scrollsSideways(phone)).toBe(false);
  });

  it('lets an owner declare residency, the association verify it, and the profile show it', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const name = `АО «Елабужский завод ${suffix}»`;
    const owner = await register(app, { regionCode: '16', name });
    const analyst = await createAnalyst(app);

    const phone = await openPage(360);
    await signIn(phone, baseUrl, { email: owner.email, password: owner.password, organization: name });
    await phone.goto(`${baseUrl}/settings/organization`);
    const section = phone.getByRole('region', { name: ru.sites.residency.heading });
    await section
      .getByLabel(ru.sites.residency.site)
      .selectOption({ label: 'ОЭЗ «Алабуга» (Республика Татарстан)' });
    await section.getByRole('button', { name: ru.sites.residency.declare }).click();
    await section.getByText(ru.sites.residencyStatuses.pending).waitFor();
    await section.scrollIntoViewIfNeeded();
    await shot(phone, 'residency-settings-360');
    expect(await scrollsSideways(phone)).toBe(false);

    const page = await axePage();
    await signIn(page, baseUrl, analyst);
    await page.goto(`${baseUrl}/console/residencies`);
    const item = page.getByTestId('residency-item').filter({ hasText: name });
    await item.waitFor();
    await shot(page, 'residency-queue-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await item.getByRole('button', { name: ru.sites.queue.verify }).click();
    await item.waitFor({ state: 'detached' });

    await page.goto(`${baseUrl}/organizations/${owner.organizationId}`);
    const resident = page.getByRole('region', { name: ru.sites.residency.profileHeading });
    await resident.getByText('ОЭЗ «Алабуга»').waitFor();
    await shot(page, 'residency-profile-1280');
  });
});
