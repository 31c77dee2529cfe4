import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedbackTokens } from '../../server/src/modules/matching/feedback-token';
import { postNeed, register } from '../../server/test/fixtures';
import {
  postCapability,
  startInProcessWorker,
  waitFor,
  type RunningWorker,
} from '../../server/test/matching-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { en } from '../src/i18n/locales/en';
import { ru } from '../src/i18n/locales/ru';
import { seriousViolations } from './support/axe';
import {
  call,
  createAnalyst,
  launchBrowser,
  REDIS_URL,
  SCREENSHOTS,
  signIn,
  verify,
} from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const prefix = `e2e-tiers-${suffix}`;
const needTitle = `Подшипник роликовый конический 7510 (${suffix})`;
const gapTitle = `Камеры дугогасительные вакуумные для выключателей 10 кВ (${suffix})`;
const buyerName = `АО «Рязанский станкозавод ${suffix}»`;
const omskName = `ООО «Омский подшипниковый завод ${suffix}»`;
const samaraName = `АО «Самарский подшипниковый завод ${suffix}»`;
const uralName = `ООО «Уральский завод втулок ${suffix}»`;

type Match = { id: string; notified: boolean; relevance: number; manufacturer: { name: string } };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
/** Wider than the viewport means a sideways scroll on a phone: a layout bug. */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
const cardOf = (list: Locator, name: string) => list.getByRole('listitem').filter({ hasText: name });

describe('strong and possible matches, the gap and "not our product", in the browser', () => {
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
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await worker?.stop();
    await server?.stop();
  });

  /** A person of their own; the CSP is lifted so that axe can be injected into the new pages. */
  async function newPage(): Promise<Page> {
    const context = await browser!.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'ru-RU',
      bypassCSP: true,
    });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    return context.newPage();
  }

  it('lists alerted and possible suppliers apart, says when nobody makes it, and takes "not our product"', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;

    // Two manufacturers make the bearing (the SKF number among their analogues); a third makes only
    // plain bearings, a possible match at best. Nobody makes vacuum interrupters.
    const omsk = await register(app, { regionCode: '55', name: omskName });
    await verify(app, omsk.organizationId);
    const omskCapability = await postCapability(app, omsk.token, {
      title: 'Подшипники роликовые конические',
      analogues: ['SKF 32210'],
    });
    const samara = await register(app, { regionCode: '63', name: samaraName });
    await postCapability(app, samara.token, {
      title: 'Подшипники роликовые конические 7510, 7512',
      analogues: ['SKF 32210'],
    });
    const ural = await register(app, { regionCode: '66', name: uralName });
    await postCapability(app, ural.token, {
      title: 'Подшипники скольжения втулочные',
      description: 'Втулки из бронзы и металлофторопласта',
      okpd2: ['28.15.23.120'],
      analogues: [],
      localization: undefined,
    });
    const buyer = await register(app, { regionCode: '62', name: buyerName });
    const need = await postNeed(app, buyer.token, { title: needTitle, publish: true });
    const gap = await postNeed(app, buyer.token, {
      title: gapTitle,
      description: 'Для ячеек КРУ 10 кВ',
      okpd2: '27.12.40.000',
      replaces: 'Siemens VS 30030',
      critical: false,
      publish: true,
    });
    const matched = await waitFor(
      'the bearing need matched',
      async () => {
        // A capability's profile is built by its own job: a need run that comes first misses it, and the
        // capability's run adds the match moments later. Wait for all three suppliers.
        const list = await call(app, 'GET', `/needs/${need.id}/matches`, buyer.token);
        const items = list.items as Match[];
        const names = new Set(items.map((match) => match.manufacturer.name));
        const all = [omskName, samaraName, uralName].every((name) => names.has(name));
        return list.matchedAt && all ? { items } : null;
      },
      30_000,
    );
    const byName = new Map(matched.items.map((match) => [match.manufacturer.name, match]));
    // Which tier each supplier fell in, with its relevance, for whoever reads a failure.
    const tiers = matched.items.map((m) => `${m.manufacturer.name}: ${m.notified} ${m.relevance}`);
    expect(byName.get(omskName)?.notified, tiers.join('; ')).toBe(true);
    expect(byName.get(samaraName)?.notified, tiers.join('; ')).toBe(true);
    expect(byName.get(uralName)?.notified, tiers.join('; ')).toBe(false);

    // (a) The buyer's need page: the alerted manufacturers in the first list, the possible one in the second.
    const buyerAccount = { email: buyer.email, password: buyer.password, organization: buyerName };
    const buyerPage = await newPage();
    await signIn(buyerPage, baseUrl, buyerAccount);
    await buyerPage.goto(`${baseUrl}/needs/${need.id}`);
    const section = buyerPage.locator('[data-section="need-matches"]');
    const strong = section.getByRole('list', { name: ru.matches.forNeed.strongHeading });
    const possible = section.getByRole('list', { name: ru.matches.forNeed.possibleHeading });
    await cardOf(strong, omskName).waitFor();
    await cardOf(strong, samaraName).waitFor();
    await cardOf(possible, uralName).waitFor();
    expect(await cardOf(strong, uralName).count()).toBe(0);
    expect(await cardOf(possible, omskName).count()).toBe(0);
    expect(await section.locator('[data-state="no-domestic-supplier"]').count()).toBe(0);
    // Each card shows its relevance; the breakdown explains it apart from the fit.
    const omskCard = cardOf(strong, omskName);
    const relevance = omskCard.getByRole('meter', { name: ru.matches.relevanceShort, exact: true });
    expect(Number(await relevance.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(50);
    await omskCard.getByText(ru.matches.breakdown.toggle).click();
    await omskCard.getByRole('list', { name: ru.matches.groups.relevance }).waitFor();
    const partNumber = omskCard.getByRole('meter', { name: ru.matches.components.partNumber });
    expect(await partNumber.getAttribute('aria-valuenow')).toBe('100');
    await omskCard.getByRole('list', { name: ru.matches.groups.fit }).waitFor();
    // The buyer may invite a possible supplier too.
    await cardOf(possible, uralName)
      .getByRole('button', { name: new RegExp(ru.matches.invite.button) })
      .waitFor();
    expect(await seriousViolations(buyerPage)).toEqual([]);
    await shot(buyerPage, 'matching-tiers-need');
    await buyerPage.setViewportSize({ width: 360, height: 800 });
    await shot(buyerPage, 'matching-tiers-need-360');
    expect(await overflows(buyerPage)).toBe(false);
    await buyerPage.setViewportSize({ width: 1280, height: 900 });

    // (b) Nobody makes the vacuum interrupter: the page says so once matching has looked (it polls).
    await buyerPage.goto(`${baseUrl}/needs/${gap.id}`);
    const gapState = buyerPage.getByRole('region', { name: ru.matches.forNeed.noSupplierHeading });
    await gapState.waitFor({ timeout: 30_000 });
    expect(await gapState.textContent()).toContain(ru.matches.forNeed.noSupplierCounted);
    expect(await buyerPage.getByRole('list', { name: ru.matches.forNeed.strongHeading }).count()).toBe(0);
    expect(await seriousViolations(buyerPage)).toEqual([]);
    await shot(buyerPage, 'matching-no-domestic-supplier');
    await buyerPage.setViewportSize({ width: 360, height: 800 });
    await shot(buyerPage, 'matching-no-domestic-supplier-360');
    expect(await overflows(buyerPage)).toBe(false);
    await buyerPage.setViewportSize({ width: 1280, height: 900 });

    // (c) The Omsk manufacturer answers its alert "not our product" from its capability page.
    const omskPage = await newPage();
    await signIn(omskPage, baseUrl, { email: omsk.email, password: omsk.password, organization: omskName });
    await omskPage.goto(`${baseUrl}/capabilities/${omskCapability.id}`);
    const fits = omskPage.locator('[data-section="capability-fits"]');
    const alert = fits.getByRole('listitem').filter({ hasText: needTitle });
    await alert.getByRole('button', { name: new RegExp(`^${ru.matches.feedback.button}`) }).click();
    const dialog = omskPage.getByRole('dialog', { name: ru.matches.feedback.title });
    await dialog.getByLabel(ru.matches.feedback.note).fill('Выпускаем только подшипники для вагонов');
    expect(await seriousViolations(omskPage)).toEqual([]);
    // The viewport only: a full-page capture would draw the modal's backdrop over part of the page.
    await omskPage.screenshot({ path: `${SCREENSHOTS}matching-not-our-product-dialog.png` });
    await dialog.getByRole('button', { name: ru.matches.feedback.confirm }).click();
    const answered = alert.getByText(ru.matches.feedback.answered);
    await answered.waitFor();
    await expect.poll(() => answered.evaluate((note) => note === document.activeElement)).toBe(true);
    expect(await alert.getByRole('button', { name: new RegExp(ru.matches.feedback.button) }).count()).toBe(0);
    await alert.getByText(ru.matches.breakdown.toggle).click();
    expect(await seriousViolations(omskPage)).toEqual([]);
    await shot(omskPage, 'matching-not-our-product');
    // The answer holds after a reload: no button, the answered state.
    await omskPage.reload();
    await alert.getByText(ru.matches.feedback.answered).waitFor();

    await buyerPage.goto(`${baseUrl}/needs/${need.id}`);
    await cardOf(strong, samaraName).waitFor();
    expect(await section.getByRole('listitem').filter({ hasText: omskName }).count()).toBe(0);

    // (d) The Samara manufacturer answers through the e-mail's signed link, without signing in.
    const samaraMatch = matched.items.find((match) => match.manufacturer.name === samaraName)!;
    const token = createFeedbackTokens(server.env.JWT_SECRET).sign(samaraMatch.id, samara.userId);
    const link = `${baseUrl}/feedback/matches/${samaraMatch.id}?token=${token}`;
    const guest = await newPage();
    await guest.goto(link);
    await guest.getByRole('heading', { level: 1, name: ru.matchFeedback.heading }).waitFor();
    await guest.getByText(needTitle).waitFor();
    await guest.getByText('Подшипники роликовые конические 7510, 7512').waitFor();
    expect(await seriousViolations(guest)).toEqual([]);
    await shot(guest, 'match-feedback');
    await guest.setViewportSize({ width: 360, height: 800 });
    await shot(guest, 'match-feedback-360');
    expect(await overflows(guest)).toBe(false);
    await guest
      .getByLabel(ru.matches.feedback.note)
      .fill('Конические подшипники этой серии сняты с производства');
    await guest.getByRole('button', { name: ru.matchFeedback.confirm }).click();
    const thanks = guest.getByRole('heading', { level: 1, name: ru.matchFeedback.doneHeading });
    await thanks.waitFor();
    await expect.poll(() => thanks.evaluate((heading) => heading === document.activeElement)).toBe(true);
    await guest.setViewportSize({ width: 1280, height: 900 });
    expect(await seriousViolations(guest)).toEqual([]);
    await shot(guest, 'match-feedback-done');
    // Opened again, the link says it was answered; a tampered one says the link does not work.
    await guest.goto(link);
    await guest.getByRole('heading', { level: 1, name: ru.matchFeedback.answeredHeading }).waitFor();
    await guest.goto(`${baseUrl}/feedback/matches/${samaraMatch.id}?token=${token.slice(0, -4)}AAAA`);
    await guest.getByRole('heading', { level: 1, name: ru.matchFeedback.invalidHeading }).waitFor();
    await guest.getByRole('link', { name: ru.matchFeedback.signIn }).waitFor();
    // In English too.
    await guest.getByRole('button', { name: ru.language.en }).click();
    await guest.getByRole('heading', { level: 1, name: en.matchFeedback.invalidHeading }).waitFor();
    await guest.goto(link);
    await guest.getByRole('heading', { level: 1, name: en.matchFeedback.answeredHeading }).waitFor();

    // Both alerted manufacturers said no: the bearing has no domestic supplier now, the possible one stays.
    await buyerPage.goto(`${baseUrl}/needs/${need.id}`);
    await buyerPage.getByRole('region', { name: ru.matches.forNeed.noSupplierHeading }).waitFor();
    await cardOf(possible, uralName).waitFor();
    expect(await section.getByRole('listitem').filter({ hasText: samaraName }).count()).toBe(0);

    // The analysts' bottleneck register marks both needs as having no domestic supplier.
    const analyst = await createAnalyst(app);
    const analystPage = await newPage();
    await signIn(analystPage, baseUrl, analyst);
    await analystPage.goto(`${baseUrl}/analytics?tab=bottlenecks`);
    const bottlenecks = analystPage.getByRole('table', { name: ru.analytics.bottlenecks.caption });
    for (const title of [needTitle, gapTitle]) {
      await bottlenecks
        .getByRole('listitem')
        .filter({ hasText: title })
        .getByText(ru.analytics.bottlenecks.noDomesticSupplier)
        .waitFor();
    }
  }, 180_000);
});
