import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lotJobHandlers } from '../../server/src/modules/lots/lots.rebuild';
import { bearer, postNeed, register } from '../../server/test/fixtures';
import {
  postCapability,
  startInProcessWorker,
  waitFor,
  type RunningWorker,
} from '../../server/test/matching-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { en } from '../src/i18n/locales/en';
import { ru } from '../src/i18n/locales/ru';
import {
  call,
  createAnalyst,
  launchBrowser,
  newPerson,
  nextYear,
  REDIS_URL,
  SCREENSHOTS,
  signIn,
  verify,
} from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const prefix = `e2e-analytics-${suffix}`;
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
/** Where the keyboard is: the review queue moves the focus from item to item. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

type Match = { id: string; status: string; need: { title: string } };

describe('the analyst workspace', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let worker: RunningWorker | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: prefix });
    worker = await startInProcessWorker(server.database, {
      redisUrl: REDIS_URL,
      prefix,
      secret: server.env.JWT_SECRET,
      moreHandlers: lotJobHandlers({ db: server.database.db }),
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await worker?.stop();
    await server?.stop();
  });

  async function openPage(width = 1280): Promise<Page> {
    const context = await newPerson(browser!, width);
    contexts.push(context);
    return context.newPage();
  }

  it('shows the figures, reviews a match with the keyboard, pools a lot and draws the map', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;

    // A verified Omsk (55) manufacturer of tapered roller bearings; buyers in three regions need them.
    const makerName = `ООО «Омский подшипниковый ${suffix}»`;
    const maker = await register(app, { regionCode: '55', name: makerName });
    await verify(app, maker.organizationId);
    const capability = await postCapability(app, maker.token, { monthlyCapacity: '500' });
    const titles: string[] = [];
    const orderTitle = `Подшипник 7510, заказ (${suffix})`;
    for (const region of ['62', '66', '16']) {
      const buyer = await register(app, { regionCode: region, name: `АО «Завод ${region} ${suffix}»` });
      const title = `Подшипник 7510 для региона ${region} (${suffix})`;
      titles.push(title);
      await postNeed(app, buyer.token, { title, deliveryRegionCode: region, publish: true });
      if (region !== '66') {
        // Pressure gauges nobody makes, wanted in Ryazan and Kazan: a niche with sites near the demand.
        await postNeed(app, buyer.token, {
          title: `Манометр показывающий ДМ-100 (${suffix})`,
          okpd2: '26.51.66.111',
          replaces: undefined,
          deliveryRegionCode: region,
          publish: true,
        });
      }
      if (region === '62') {
        // A second need of the Ryazan buyer ends in an order from Omsk: an interregional flow for the map.
        const ordered = await postNeed(app, buyer.token, { title: orderTitle, publish: true });
        const bid = await call(app, 'POST', `/needs/${ordered.id}/bids`, maker.token, {
          unitPrice: '800.00',
          quantity: '1200',
          leadTimeDays: 30,
          validUntil: nextYear(),
          capabilityId: capability.id,
        });
        const accepted = await app.inject({
          method: 'POST',
          url: `/api/v1/bids/${bid.id}/accept`,
          headers: { ...bearer(buyer.token), 'idempotency-key': randomUUID() },
        });
        expect(accepted.statusCode).toBe(201);
      }
    }
    const analyst = await createAnalyst(app);
    await waitFor('three proposed matches', async () => {
      const page = await call(app, 'GET', '/matches?status=proposed', analyst.token);
      return (page.items as Match[]).length >= 3 ? true : null;
    });

    // 1. The workspace: summary cards and charts.
    const page = await openPage();
    await signIn(page, baseUrl, analyst);
    await page
      .getByRole('navigation', { name: ru.nav.label })
      .getByRole('link', { name: ru.nav.analytics })
      .click();
    await page.getByRole('heading', { level: 1, name: ru.analytics.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: ru.analytics.summary.heading }).waitFor();
    await page.getByRole('img', { name: ru.analytics.summary.byStatus }).waitFor();
    const interregional = page.locator('.stat-card').filter({ hasText: ru.analytics.summary.interregional });
    expect((await interregional.textContent())?.replace(/\s/g, ' ')).toContain('960 000,00 ₽');
    await shot(page, 'analytics-workspace');
    // Every one of an analyst's sections is on screen at 1280 px: none hides behind a scroll.
    const navList = page.getByRole('navigation', { name: ru.nav.label }).locator('ul');
    expect(await navList.evaluate((list) => list.scrollWidth - list.clientWidth)).toBeLessThanOrEqual(0);

    // 2. From the workspace to the review queue: j moves onto the first match, a approves it.
    await page.locator('#main').getByRole('link', { name: ru.analytics.toReview }).click();
    await page.getByRole('heading', { level: 1, name: ru.review.title }).waitFor();
    const list = page.getByRole('list', { name: ru.review.listLabel });
    await list.getByRole('listitem').first().waitFor();
    await page.keyboard.press('j');
    const first = await focusedText(page);
    const approvedTitle = [...titles, orderTitle].find((title) => first.includes(title));
    expect(approvedTitle).toBeDefined();
    await page.keyboard.press('a');
    await page
      .getByRole('status')
      .filter({ hasText: `Одобрено: ${approvedTitle}` })
      .waitFor();
    const approved = (await call(app, 'GET', '/matches?status=approved', analyst.token)).items as Match[];
    expect(approved.map((match) => match.need.title)).toEqual([approvedTitle]);

    // 3. Lots: a rebuild pools the three regions' needs of one kind into a draft lot.
    await page.goto(`${baseUrl}/lots`);
    await page.getByRole('heading', { level: 1, name: ru.lots.title }).waitFor();
    await page.getByRole('button', { name: ru.lots.rebuild.button }).click();
    await page.getByRole('status').filter({ hasText: 'Лотов:' }).waitFor({ timeout: 30_000 });
    await page
      .getByRole('link', { name: /28\.15\.10/ })
      .first()
      .click();
    // A lot of one product: its name heads the page, its OKPD2 kind below it.
    await page.getByRole('heading', { level: 1, name: 'Подшипник' }).waitFor();
    await page
      .getByText(/28\.15\.10/)
      .first()
      .waitFor();
    const needs = page.getByRole('table', { name: ru.lots.detail.needsCaption });
    for (const title of titles) await needs.getByRole('link', { name: title }).waitFor();
    await page.getByText(ru.lots.regionsCount.replace('{{n}}', '3')).waitFor();
    await page.getByRole('meter', { name: ru.lots.coverageLabel }).waitFor();
    await shot(page, 'lot-detail');
    await page.getByRole('button', { name: ru.lots.publish.button }).click();
    await page.getByRole('dialog').getByRole('button', { name: ru.lots.publish.confirm }).click();
    await page.getByText(ru.lots.statuses.published, { exact: true }).waitFor();
    const lotId = new URL(page.url()).pathname.split('/').pop()!;
    expect((await call(app, 'GET', `/lots/${lotId}`, analyst.token)).status).toBe('published');

    // 3b. The Omsk manufacturer bids on the published lot, then withdraws the bid from the lot page.
    await call(app, 'POST', `/lots/${lotId}/bids`, maker.token, {
      unitPrice: '95.50',
      quantity: '100',
      leadTimeDays: 60,
      validUntil: nextYear(),
    });
    const makerPage = await openPage();
    await signIn(makerPage, baseUrl, {
      email: maker.email,
      password: maker.password,
      organization: makerName,
    });
    await makerPage.goto(`${baseUrl}/lots/${lotId}`);
    const bids = makerPage.getByRole('table', { name: ru.lots.bid.listCaption });
    await bids.getByRole('cell', { name: ru.lots.bid.statusSubmitted }).waitFor();
    await bids.getByRole('button', { name: ru.lots.bid.withdraw }).click();
    await makerPage.getByRole('dialog').getByRole('button', { name: ru.lots.bid.withdrawConfirm }).click();
    await bids.getByRole('cell', { name: ru.lots.bid.statusWithdrawn }).waitFor();
    expect(await bids.getByRole('button', { name: ru.lots.bid.withdraw }).count()).toBe(0);

    // 4. The map: a tile per region, coloured by open needs, an arc for the Omsk → Ryazan supply.
    await page.goto(`${baseUrl}/analytics?tab=map`);
    const map = page.getByRole('group', { name: ru.analytics.map.label });
    await map.waitFor();
    expect(await map.locator('[data-region]').count()).toBe(85);
    for (const region of ['62', '66', '16']) {
      expect(await map.locator(`[data-region="${region}"]`).getAttribute('class')).not.toContain('shade-0');
    }
    expect(await map.locator('[data-region="77"]').getAttribute('class')).toContain('region-shade-0');
    expect(await map.locator('path.region-map-flow').count()).toBe(1);

    // Every tile is a Tab stop that names its figures; the card beside it shows them too.
    const figures = (await call(app, 'GET', '/analytics/regions', analyst.token)).regions as Array<{
      code: string;
      openNeeds: number;
    }>;
    const ryazanOpen = figures.find((region) => region.code === '62')!.openNeeds;
    await page.getByLabel(ru.analytics.map.figure).focus();
    const visited: string[] = [];
    for (let step = 0; step < 85 && !visited.includes('62'); step += 1) {
      await page.keyboard.press('Tab');
      visited.push((await page.evaluate(() => document.activeElement?.getAttribute('data-region'))) ?? '');
    }
    expect(visited[0]).toBe('51');
    expect(visited.at(-1)).toBe('62');
    expect(new Set(visited).size).toBe(visited.length);
    const ryazanLabel = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(ryazanLabel).toContain('Рязанская область.');
    expect(ryazanLabel).toContain(`${ru.analytics.map.openNeeds}: ${ryazanOpen}`);
    const card = page.locator('.region-card');
    expect(await card.textContent()).toContain('Рязанская область');
    await shot(page, 'analytics-map');

    // The chosen figure recolours the map and names the legend: supply out of Omsk.
    await page.getByLabel(ru.analytics.map.figure).selectOption('ordersOut');
    await page.locator('.map-legend-title', { hasText: ru.analytics.map.ordersOut }).waitFor();
    expect(await map.locator('[data-region="55"]').getAttribute('class')).toContain('region-shade-5');
    expect(await map.locator('[data-region="62"]').getAttribute('class')).toContain('region-shade-0');

    // The table stays the accessible alternative.
    await page.getByText(ru.analytics.map.tableToggle).click();
    const flows = page.getByRole('table', { name: ru.analytics.map.flowsCaption });
    await flows.getByRole('row').nth(1).waitFor();

    // The same map in English, the Omsk tile focused.
    await page.getByRole('button', { name: ru.language.en }).click();
    await page.getByRole('heading', { level: 2, name: en.analytics.map.heading }).waitFor();
    await page.locator('[data-region="55"]').focus();
    expect(await page.locator('[data-region="55"] text').textContent()).toBe('OMS');
    expect(await page.locator('.region-card').textContent()).toContain('Omsk');
    await shot(page, 'analytics-map-en');
    await page.getByRole('button', { name: en.language.ru }).click();
    await page.getByRole('heading', { level: 2, name: ru.analytics.map.heading }).waitFor();

    // 4b. Niches: the gauges' kind, with the sites of a fitting specialization in or near its regions.
    await page.goto(`${baseUrl}/analytics?tab=niches`);
    const niches = page.getByRole('table', { name: ru.analytics.niches.caption });
    const gauges = niches.getByRole('row').filter({ hasText: '26.51.66' });
    await gauges.waitFor();
    const sites = gauges.getByRole('list', { name: ru.analytics.niches.sites }).getByRole('listitem');
    expect(await sites.count()).toBe(3);
    // Kazan (16) has the Innopolis zone, specialised in instruments (26): in a demand region, so first.
    expect(await sites.first().textContent()).toContain(ru.analytics.niches.proximity.same_region);
    expect(await gauges.textContent()).toContain('ОЭЗ «Иннополис»');
    await shot(page, 'analytics-niches');

    // 5. At 360 px nothing spills sideways.
    const narrow = await openPage(360);
    await signIn(narrow, baseUrl, analyst);
    for (const path of ['/analytics', '/analytics?tab=map', '/analytics?tab=niches', `/lots/${lotId}`]) {
      await narrow.goto(`${baseUrl}${path}`);
      await narrow.getByRole('heading', { level: 1 }).waitFor();
      await narrow.waitForLoadState('networkidle');
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      if (path === '/analytics?tab=niches') await shot(narrow, 'analytics-niches-360');
    }
  });
});
