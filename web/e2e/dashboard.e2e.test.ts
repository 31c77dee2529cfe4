import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS, signIn, type Account } from './support/deal-fixtures';
import { type PagesWorld, seedPagesWorld, startPagesServer } from './support/pages-fixtures';

let server: Awaited<ReturnType<typeof startPagesServer>> | undefined;
let browser: Browser | undefined;
let world: PagesWorld;

beforeAll(async () => {
  server = await startPagesServer();
  world = await seedPagesWorld(server.app);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const cardFigure = (page: Page, title: string) =>
  page
    .locator('.dashboard-card')
    .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) })
    .locator('.dashboard-figure');

const roles: { role: string; account: () => Account; card: string }[] = [
  { role: 'enterprise', account: () => world.buyer, card: ru.dashboard.myOpenNeeds },
  { role: 'centre', account: () => world.centre, card: ru.dashboard.regionNeeds },
  { role: 'association', account: () => world.analyst, card: ru.dashboard.matchRate },
];

describe('the dashboard', () => {
  for (const { role, account, card } of roles) {
    for (const width of [1280, 360]) {
      it(`shows the ${role}'s cards from one request (${width} px)`, async () => {
        const context = await newPerson(browser!, width);
        const page = await context.newPage();
        await signIn(page, server!.baseUrl, account());
        const calls: string[] = [];
        page.on('request', (request) => {
          const { pathname } = new URL(request.url());
          if (pathname.startsWith('/api/v1/')) calls.push(pathname);
        });
        await page.reload();
        await cardFigure(page, card).waitFor();
        expect(calls.filter((path) => path === '/api/v1/dashboard')).toHaveLength(1);
        // What the cards show per need comes with it, not from a request per need.
        expect(
          calls.filter((path) => /^\/api\/v1\/(needs|orders|bids|matches|analytics)/.test(path)),
        ).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOTS}dashboard-${role}-${width}.png`, fullPage: true });
        await context.close();
      });
    }
  }

  it("counts an enterprise's open needs and tells each one's matches and bids", async () => {
    const context = await newPerson(browser!);
    const page = await context.newPage();
    await signIn(page, server!.baseUrl, world.buyer);
    // Two open needs; the third was awarded when its bid was accepted.
    expect(await cardFigure(page, ru.dashboard.myOpenNeeds).textContent()).toBe('2');
    expect(await cardFigure(page, ru.dashboard.ordersInProgress).textContent()).toBe('1');
    const activity = ru.dashboard.matchesAndBids.replace('{{matches}}', '0').replace('{{bids}}', '0');
    expect(await page.getByText(activity, { exact: true }).count()).toBe(2);
    await context.close();
  });
});
