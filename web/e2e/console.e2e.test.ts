import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, openNeed, postBid } from '../../server/test/bids-fixtures';
import { register } from '../../server/test/fixtures';
import {
  postCapability,
  startInProcessWorker,
  waitFor,
  type RunningWorker,
} from '../../server/test/matching-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { newCheckedPerson, screenshotsOf } from './support/console-fixtures';
import { call, createAnalyst, launchBrowser, REDIS_URL, signIn } from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const prefix = `e2e-console-${suffix}`;

describe('the association console and supplier profiles', () => {
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

  const person = async () => {
    const context = await newCheckedPerson(browser!);
    contexts.push(context);
    return context.newPage();
  };

  it('an analyst verifies a new organization from the queue; its owner sees the badge and the notification', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const name = `ООО «Новый завод ${suffix}»`;
    const applicant = await register(app, { name, regionCode: '62' });
    const analyst = await createAnalyst(app);

    const page = await person();
    await signIn(page, baseUrl, analyst);
    await page.goto(`${baseUrl}/console`);
    await page.getByRole('heading', { level: 1, name: ru.console.queue.title }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: name });
    await item.getByText(ru.console.checks.innChecksum).waitFor();
    await screenshotsOf(page, 'console-queue', (p) =>
      p.getByRole('listitem').filter({ hasText: name }).waitFor(),
    );

    await item.getByRole('button', { name: ru.console.decide.verify, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: ru.console.decide.verify, exact: true }).click();
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: name }).count()).toBe(0);

    // The administrator finds the owner by e-mail and disables them from the same console.
    const adminEmail = `admin.${suffix}@example.ru`;
    await app.services.auth.ensureAdmin(adminEmail, 'admin password 1');
    const admin = await person();
    await signIn(admin, baseUrl, {
      email: adminEmail,
      password: 'admin password 1',
      organization: 'Оператор платформы «Замена»',
    });
    await admin.goto(`${baseUrl}/console/search`);
    await admin.getByRole('searchbox', { name: ru.console.search.query }).fill(applicant.email);
    await admin.getByRole('link', { name }).first().waitFor();
    await admin.getByRole('button', { name: 'Отключить: Ирина Петрова' }).click();
    await admin.getByText(ru.console.search.states.disabled, { exact: true }).waitFor();
    await screenshotsOf(admin, 'console-search', async (p) => {
      await p.getByRole('searchbox').fill(applicant.email);
      await p.getByRole('table').getByText(applicant.email).waitFor();
    });
    await admin.getByRole('button', { name: 'Включить: Ирина Петрова' }).click();
    await admin.getByText(ru.console.search.states.active, { exact: true }).waitFor();

    const owner = await person();
    await signIn(owner, baseUrl, { ...applicant, organization: name });
    await owner.goto(`${baseUrl}/notifications`);
    await owner.getByRole('link', { name: `Организация «${name}» подтверждена` }).click();
    await owner.getByRole('heading', { level: 1, name }).waitFor();
    await owner.getByText(ru.organizationProfile.verification.verified, { exact: true }).waitFor();
    expect(await owner.getByTestId('verified-by').textContent()).toContain('Анна Аналитик');
  });

  it("a buyer opens a supplier's profile from a match and sees its track record", async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const supplierName = `АО «Омский подшипниковый завод ${suffix}»`;
    const buyerName = `АО «Рязанский станкозавод ${suffix}»`;
    const supplier = await register(app, { name: supplierName, regionCode: '55' });
    const buyer = await register(app, { name: buyerName, regionCode: '62' });
    await postCapability(app, supplier.token);

    // One order already completed between them: the record shows it.
    const earlier = await openNeed(app, buyer.token, { title: `Втулка бронзовая ${suffix}` });
    const bid = await postBid(app, supplier.token, earlier.id);
    const order = await acceptedOrder(app, buyer.token, bid.id);
    for (const [token, to] of [
      [supplier.token, 'in_production'],
      [supplier.token, 'shipped'],
      [buyer.token, 'delivered'],
      [buyer.token, 'completed'],
    ] as const)
      await call(app, 'POST', `/orders/${order.id}/transitions`, token, { to, note: '' });

    const need = await openNeed(app, buyer.token, {
      title: `Подшипник роликовый конический 7510 (${suffix})`,
    });
    await waitFor(
      'the supplier matched',
      async () => {
        const matches = await call(app, 'GET', `/needs/${need.id}/matches`, buyer.token);
        return (matches.items as unknown[]).length > 0 || null;
      },
      30_000,
    );

    const page = await person();
    await signIn(page, baseUrl, { ...buyer, organization: buyerName });
    await page.goto(`${baseUrl}/needs/${need.id}`);
    await page.getByRole('link', { name: supplierName }).first().click();
    await page.getByRole('heading', { level: 1, name: supplierName }).waitFor();
    await page.getByRole('heading', { name: ru.organizationProfile.track.title }).waitFor();
    expect(await page.getByTestId('track-ordersCompleted').textContent()).toBe('1');
    expect(await page.getByTestId('track-onTime').textContent()).toBe('1');
    expect(await page.getByTestId('track-disputes').textContent()).toBe('0');
    await screenshotsOf(page, 'organization-profile', (p) =>
      p.getByTestId('track-ordersCompleted').waitFor(),
    );
  });
});
