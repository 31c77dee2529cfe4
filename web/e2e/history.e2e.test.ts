import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, openNeed, postBid } from '../../server/test/bids-fixtures';
import { bearer, postNeed, register } from '../../server/test/fixtures';
import { startTestServer } from '../../server/test/test-server';
import { en } from '../src/i18n/locales/en';
import { ru } from '../src/i18n/locales/ru';
import { launchBrowser, newPerson, SCREENSHOTS, signIn } from './support/deal-fixtures';

describe("an object's history", () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startTestServer({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lists a need's changes to its owner and is not offered to another organization", async () => {
    if (!server || !browser) throw new Error('the test server did not start');
    const organization = `АО «Тульский машзавод ${randomUUID().slice(0, 6)}»`;
    const buyer = await register(server.app, { name: organization, regionCode: '71' });
    const need = await postNeed(server.app, buyer.token, { deliveryRegionCode: '71' });
    const changed = await server.app.inject({
      method: 'PATCH',
      url: `/api/v1/needs/${need.id}`,
      headers: { ...bearer(buyer.token), 'if-match': `"${need.version}"` },
      payload: { description: 'Для редукторов второй линии' },
    });
    expect(changed.statusCode).toBe(200);
    // Published, so that another organization may open the page (a draft would be a 404 to it).
    const published = await server.app.inject({
      method: 'POST',
      url: `/api/v1/needs/${need.id}/publish`,
      headers: { ...bearer(buyer.token), 'if-match': `"${need.version + 1}"` },
    });
    expect(published.statusCode).toBe(200);

    const context = await newPerson(browser);
    const page = await context.newPage();
    await signIn(page, server.baseUrl, { ...buyer, organization });
    await page.goto(`${server.baseUrl}/needs/${need.id}`);
    await page.getByRole('button', { name: ru.audit.show }).click();
    const items = page.locator('.history-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(3);
    expect(await items.nth(0).textContent()).toContain(ru.audit.verbs.published);
    expect(await items.nth(1).textContent()).toContain(ru.audit.verbs.updated);
    expect(await items.nth(1).textContent()).toContain('description');
    expect(await items.nth(2).textContent()).toContain(ru.audit.verbs.created);
    expect(await items.nth(2).textContent()).toContain('Ирина Петрова');
    await page.screenshot({ path: `${SCREENSHOTS}/need-history-1280.png`, fullPage: true });
    await context.close();

    const otherName = `ООО «Калужский литейный ${randomUUID().slice(0, 6)}»`;
    const other = await register(server.app, { name: otherName, regionCode: '40' });
    const outsider = await newPerson(browser);
    const outsiderPage = await outsider.newPage();
    await signIn(outsiderPage, server.baseUrl, { ...other, organization: otherName });
    await outsiderPage.goto(`${server.baseUrl}/needs/${need.id}`);
    await outsiderPage
      .getByRole('heading', { level: 1, name: 'Подшипник роликовый конический 7510' })
      .waitFor();
    expect(await outsiderPage.getByRole('button', { name: ru.audit.show }).count()).toBe(0);
    expect(await outsiderPage.getByText(en.audit.heading).count()).toBe(0);
    await outsider.close();
  });

  it("lists an order's changes on the order page", async () => {
    if (!server || !browser) throw new Error('the test server did not start');
    const organization = `ООО «Тверской станкозавод ${randomUUID().slice(0, 6)}»`;
    const buyer = await register(server.app, { name: organization, regionCode: '69' });
    const maker = await register(server.app, { regionCode: '55' });
    const need = await openNeed(server.app, buyer.token, { deliveryRegionCode: '69' });
    const bid = await postBid(server.app, maker.token, need.id);
    const order = await acceptedOrder(server.app, buyer.token, bid.id);

    const context = await newPerson(browser);
    const page = await context.newPage();
    await signIn(page, server.baseUrl, { ...buyer, organization });
    await page.goto(`${server.baseUrl}/orders/${order.id}`);
    await page.getByRole('button', { name: ru.audit.show }).click();
    const items = page.locator('.history-item');
    await items.first().waitFor();
    expect(await items.last().textContent()).toContain(ru.audit.verbs.created);
    await context.close();
  });
});
