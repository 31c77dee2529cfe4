import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../server/test/fixtures';
import {
  postCapability,
  startInProcessWorker,
  type RunningWorker,
} from '../../server/test/matching-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import {
  launchBrowser,
  newPerson,
  nextYear,
  REDIS_URL,
  SCREENSHOTS,
  signIn,
  verify,
  type Account,
} from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const prefix = `e2e-deal-${suffix}`;
const title = `Подшипник роликовый конический 7510 (${suffix})`;
const buyerName = `АО «Рязанский станкозавод ${suffix}»`;
const supplierName = `ООО «Омский подшипниковый завод ${suffix}»`;
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** Text with Intl's narrow no-break spaces (digit grouping in Russian) read as plain spaces. */
const plain = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s/g, ' ');

describe('a whole deal across two regions, in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let worker: RunningWorker | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: prefix });
    // Matching and notification delivery run in the worker: here in-process, on the server's database and prefix.
    worker = await startInProcessWorker(server.database, {
      redisUrl: REDIS_URL,
      prefix,
      secret: server.env.JWT_SECRET,
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await worker?.stop();
    await server?.stop();
  });

  async function person(account: Account): Promise<Page> {
    const context = await newPerson(browser!);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server!.baseUrl, account);
    return page;
  }

  it('matches a Ryazan need to an Omsk manufacturer, takes its bid and tracks the order to completion', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;

    // The manufacturer (Omsk, 55) published its capability beforehand; the association verified it.
    const supplier = await register(app, { regionCode: '55', name: supplierName });
    await verify(app, supplier.organizationId);
    const capability = await postCapability(app, supplier.token, {
      title: 'Подшипники роликовые конические 7510, 7512',
      monthlyCapacity: '5000',
      leadTimeDays: 40,
    });
    const buyer = await register(app, { regionCode: '62', name: buyerName });

    // 1. The Ryazan (62) buyer posts and publishes the need.
    const buyerPage = await person({ email: buyer.email, password: buyer.password, organization: buyerName });
    await buyerPage.goto(`${baseUrl}/needs/new`);
    await field(buyerPage, ru.needs.fields.title).fill(title);
    const picker = buyerPage.getByRole('combobox', { name: ru.needs.fields.okpd2 });
    await picker.fill('28.15.10.120');
    await buyerPage.getByRole('listbox', { name: ru.okpd2.listLabel }).getByRole('option').first().waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await field(buyerPage, ru.needs.fields.replaces).fill('SKF 32210');
    await field(buyerPage, ru.needs.fields.quantity).fill('1200');
    await field(buyerPage, ru.needs.fields.targetUnitPrice).fill('850.00');
    await field(buyerPage, ru.needs.fields.neededBy).fill(nextYear());
    await buyerPage.getByRole('button', { name: ru.needs.form.publish, exact: true }).click();
    await buyerPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const needUrl = buyerPage.url();
    const needId = new URL(needUrl).pathname.split('/').pop()!;

    // 2. The worker matches it; the page shows the supplier without a reload (live event), explained.
    const matches = buyerPage.locator('[data-section="need-matches"]');
    const match = matches.getByRole('listitem').filter({ hasText: supplierName });
    await match.waitFor({ timeout: 30_000 });
    expect(await match.textContent()).toContain(ru.matches.verified);
    expect(await match.textContent()).toContain(ru.matches.interregional);
    await match.getByText(ru.matches.breakdown.toggle).click();
    const classification = match.getByRole('meter', { name: ru.matches.components.classification });
    // The same OKPD2 branch: the classification part is high (1.0 for the same subcategory).
    expect(Number(await classification.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(75);
    await buyerPage.getByRole('button', { name: new RegExp(`^${ru.notifications.bell}, `) }).waitFor();

    // The buyer invites the supplier: the invitation opens their conversation about the need.
    await match.getByRole('button', { name: new RegExp(ru.matches.invite.button) }).click();
    const invite = buyerPage.getByRole('dialog');
    expect(await invite.getByLabel(ru.matches.invite.message).inputValue()).toContain(title);
    await invite.getByRole('button', { name: ru.matches.invite.send }).click();
    await match.getByText(ru.matches.invite.sent).waitFor();
    await buyerPage
      .locator('[data-section="need-messages"]')
      .getByRole('heading', { name: ru.messages.withSupplier.replace('{{name}}', supplierName) })
      .waitFor();

    // 3. The manufacturer sees the need among those that fit its capability and bids on it.
    const supplierPage = await person({
      email: supplier.email,
      password: supplier.password,
      organization: supplierName,
    });
    await supplierPage.getByRole('button', { name: new RegExp(`^${ru.notifications.bell}, `) }).click();
    await supplierPage
      .getByRole('link', { name: new RegExp(title.replace(/[()]/g, '\\$&')) })
      .first()
      .waitFor();
    await supplierPage.keyboard.press('Escape');
    await supplierPage.goto(`${baseUrl}/capabilities/${capability.id}`);
    const fits = supplierPage.locator('[data-section="capability-fits"]');
    await fits.getByRole('link', { name: title, exact: true }).waitFor();
    await fits.getByRole('link', { name: new RegExp(`^${ru.matches.bid}`) }).click();
    await supplierPage.getByRole('heading', { level: 1, name: title }).waitFor();
    await supplierPage.getByRole('heading', { name: ru.bids.mine.newHeading }).waitFor();
    // The invitation is waiting in the supplier's own conversation.
    await supplierPage.locator('[data-section="need-messages"]').getByText(title).first().waitFor();
    const unitPrice = supplierPage.getByLabel(/^Цена за единицу/);
    await unitPrice.fill('790.00');
    await field(supplierPage, ru.bids.form.leadTimeDays).fill('40');
    await field(supplierPage, ru.bids.form.comment).fill(
      'Поставка партиями по 300 шт., паспорт качества на партию.',
    );
    await supplierPage.getByText('948 000,00 ₽').waitFor();
    expect(await field(supplierPage, ru.bids.form.capability).inputValue()).toBe(capability.id);
    await shot(supplierPage, 'deal-bid-form');
    await supplierPage.getByRole('button', { name: ru.bids.form.submit }).click();
    await supplierPage.getByRole('heading', { name: ru.bids.mine.liveHeading }).waitFor();

    // 4. The buyer compares (the bid arrives live) and accepts it after confirming.
    const bids = buyerPage.locator('[data-section="need-bids"]');
    const row = bids.getByRole('row').filter({ hasText: supplierName });
    await row.waitFor({ timeout: 20_000 });
    expect(await plain(row)).toContain('790,00 ₽');
    expect(await plain(row)).toContain('948 000,00 ₽');
    await shot(buyerPage, 'deal-need-page');
    await row.getByRole('button', { name: new RegExp(`^${ru.bids.compare.accept}`) }).click();
    const accept = buyerPage.getByRole('dialog');
    await accept.getByRole('button', { name: ru.bids.accept.confirm }).click();
    await buyerPage.getByRole('link', { name: ru.bids.accept.openOrder }).click();
    await buyerPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const orderUrl = buyerPage.url();
    expect(new URL(orderUrl).pathname).toMatch(/^\/orders\/[0-9a-f-]{36}$/);
    await buyerPage.getByText(ru.orders.status.confirmed).first().waitFor();

    // 5. The manufacturer finds the order and moves it into production, then ships it with a note.
    await supplierPage.goto(`${baseUrl}/orders`);
    await supplierPage.getByRole('link', { name: title }).click();
    await supplierPage.getByRole('button', { name: ru.orders.actions.to.in_production }).click();
    await supplierPage.locator('.page-header-meta').getByText(ru.orders.status.in_production).waitFor();
    await field(supplierPage, ru.orders.actions.note).fill('Накладная № 42, отгрузка транспортной компанией');
    await supplierPage.getByRole('button', { name: ru.orders.actions.to.shipped }).click();
    await supplierPage.locator('.page-header-meta').getByText(ru.orders.status.shipped).waitFor();

    // 6. The buyer's order page follows along live; the buyer confirms delivery and completes the order.
    const delivered = buyerPage.getByRole('button', { name: ru.orders.actions.to.delivered });
    await delivered.waitFor({ timeout: 20_000 });
    await delivered.click();
    await buyerPage.getByRole('button', { name: ru.orders.actions.to.completed }).click();
    await buyerPage.locator('.page-header-meta').getByText(ru.orders.status.completed).waitFor();
    const timeline = buyerPage.getByRole('region', { name: ru.orders.timeline.heading });
    expect(await timeline.getByRole('listitem').count()).toBe(5);
    expect(await timeline.textContent()).toContain('Накладная № 42');
    // Both sides' contacts are on the order.
    await buyerPage.getByRole('region', { name: new RegExp(`^${ru.orders.sides.supplier}`) }).waitFor();
    await shot(buyerPage, 'deal-order');

    // 7. The buyer's notifications tell the story, in Russian, with the need's title.
    await buyerPage.goto(`${baseUrl}/notifications`);
    await buyerPage.getByRole('link', { name: `Найдено поставщиков: 1 для «${title}»` }).waitFor();
    await buyerPage.getByRole('link', { name: `Новое предложение по «${title}»` }).waitFor();
    await shot(buyerPage, 'deal-notifications');
    await buyerPage.getByRole('button', { name: new RegExp(`^${ru.notifications.markAll}`) }).click();
    await buyerPage.getByRole('button', { name: ru.notifications.bell, exact: true }).waitFor();

    // Its only order is completed, so the need is closed now; the same page at 360 px still reads.
    await buyerPage.setViewportSize({ width: 360, height: 800 });
    await buyerPage.goto(needUrl);
    await buyerPage.getByText(ru.needs.status.closed).first().waitFor();
    await bids
      .getByRole('row')
      .filter({ hasText: supplierName })
      .getByText(ru.bids.status.accepted)
      .waitFor();
    await shot(buyerPage, 'deal-need-page-360');

    // 8. Another organization learns nothing about the order: the same "not found" as a missing one.
    const outsider = await register(app, { regionCode: '62', name: `ООО «Посторонний ${suffix}»` });
    const outsiderPage = await person({
      email: outsider.email,
      password: outsider.password,
      organization: `ООО «Посторонний ${suffix}»`,
    });
    await outsiderPage.goto(orderUrl);
    await outsiderPage.getByRole('heading', { level: 1, name: ru.orders.detail.notFound }).waitFor();
    // A closed need stays with its owners (needs.permissions.ts): the same "not found" again.
    await outsiderPage.goto(`${baseUrl}/needs/${needId}`);
    await outsiderPage.getByRole('heading', { level: 1, name: ru.needs.detail.notFound }).waitFor();
    expect(await outsiderPage.getByRole('heading', { level: 1, name: title }).count()).toBe(0);
  }, 180_000);
});
