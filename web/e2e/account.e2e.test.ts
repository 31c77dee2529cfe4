import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../server/test/fixtures';
import {
  mailText,
  startInProcessWorker,
  startSmtpServer,
  startWebhookReceiver,
  waitFor,
  type RunningWorker,
} from '../../server/test/matching-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { notifyOrganizations } from '../../server/src/modules/notifications/notify';
import { en } from '../src/i18n/locales/en';
import { ru } from '../src/i18n/locales/ru';
import { newCheckedPerson, screenshotsOf } from './support/console-fixtures';
import { launchBrowser, REDIS_URL, SCREENSHOTS, signIn } from './support/deal-fixtures';

const suffix = randomUUID().slice(0, 8);
const prefix = `e2e-account-${suffix}`;

describe('organization settings and my account', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let worker: RunningWorker | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // The tests' webhook receiver listens on this machine.
    server = await startTestServer({ QUEUE_PREFIX: prefix, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' });
    receiver = await startWebhookReceiver();
    smtp = await startSmtpServer();
    worker = await startInProcessWorker(server.database, {
      redisUrl: REDIS_URL,
      prefix,
      secret: server.env.JWT_SECRET,
      smtpUrl: smtp.url,
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await worker?.stop();
    await smtp?.close();
    await receiver?.close();
    await server?.stop();
  });

  const person = async () => {
    const context = await newCheckedPerson(browser!);
    contexts.push(context);
    return context.newPage();
  };

  it('an owner invites a member, the member signs in, the owner removes them and their session ends', async () => {
    if (!server || !browser) throw new Error('the test server or browser did not start');
    const { app, baseUrl } = server;
    const name = `АО «Завод приглашений ${suffix}»`;
    const owner = await register(app, { name });

    const page = await person();
    await signIn(page, baseUrl, { ...owner, organization: name });
    await page.goto(`${baseUrl}/settings/organization`);
    await page.getByRole('heading', { level: 1, name: ru.settings.title }).waitFor();
    const memberEmail = `member.${suffix}@example.ru`;
    await page.getByLabel(ru.settings.members.email, { exact: true }).fill(memberEmail);
    await page.getByLabel(ru.settings.members.fullName, { exact: true }).fill('Пётр Сидоров');
    await page.getByRole('button', { name: ru.settings.members.send }).click();
    const link = await page.getByLabel(ru.settings.members.link).inputValue();
    expect(link).toContain('/invitations/accept?token=');
    // The open invitation is listed; a second one, withdrawn, leaves the list.
    const pending = page.getByRole('region', { name: ru.settings.members.pending });
    await pending.getByRole('listitem').filter({ hasText: memberEmail }).waitFor();
    const strayEmail = `stray.${suffix}@example.ru`;
    await page.getByLabel(ru.settings.members.email, { exact: true }).fill(strayEmail);
    await page.getByLabel(ru.settings.members.fullName, { exact: true }).fill('Ошибочный Адресат');
    await page.getByRole('button', { name: ru.settings.members.send }).click();
    await pending.getByRole('listitem').filter({ hasText: strayEmail }).waitFor();
    await pending.screenshot({ path: `${SCREENSHOTS}settings-invitations.png` });
    await pending.getByRole('button', { name: `Отозвать приглашение: ${strayEmail}` }).click();
    await expect.poll(() => pending.getByRole('listitem').filter({ hasText: strayEmail }).count()).toBe(0);
    await pending.getByRole('listitem').filter({ hasText: memberEmail }).waitFor();

    const member = await person();
    await member.goto(link);
    await member.getByLabel(ru.account.invitation.password, { exact: true }).fill('member password 12');
    await member.getByRole('button', { name: ru.account.invitation.join }).click();
    await member.getByRole('heading', { level: 2, name }).waitFor();

    await page.reload();
    // Accepted: a member now, no longer awaiting an answer.
    await pending.getByText(ru.settings.members.pendingNone).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Пётр Сидоров' });
    await row.getByRole('button', { name: `Удалить: Пётр Сидоров` }).click();
    await page.getByRole('dialog').getByRole('button', { name: ru.settings.members.removeConfirm }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Пётр Сидоров' }).count()).toBe(0);

    // The member's next request is refused and the client sends them to sign in.
    await member.goto(`${baseUrl}/needs`);
    await member.getByRole('heading', { level: 1, name: ru.signIn.heading }).waitFor();

    // Webhooks: the secret is shown once, a test event reaches the receiver and the log says so.
    await page.getByLabel(ru.settings.webhooks.url, { exact: true }).fill(receiver!.url);
    await page.getByRole('button', { name: ru.settings.webhooks.save }).click();
    expect(await page.getByLabel(ru.settings.webhooks.secret).inputValue()).toMatch(/\S{20,}/);
    await page.getByRole('button', { name: ru.settings.webhooks.test }).click();
    await waitFor('the test event', async () =>
      receiver!.received.find((hook) => hook.headers['x-zamena-event'] === 'webhook.test'),
    );
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: ru.settings.webhooks.refresh }).click();
        return page.getByText(ru.settings.webhooks.statuses.delivered, { exact: true }).count();
      })
      .toBeGreaterThan(0);

    await screenshotsOf(page, 'organization-settings', (p) =>
      p
        .getByRole('heading', { level: 2, name: ru.settings.webhooks.title })
        .or(p.getByRole('heading', { level: 2, name: en.settings.webhooks.title }))
        .waitFor(),
    );
  });

  it('a user switches the language to English and the next e-mail arrives in English', async () => {
    if (!server || !browser || !smtp) throw new Error('the test server or browser did not start');
    const { app, baseUrl, database } = server;
    const name = `ООО «Языковой завод ${suffix}»`;
    const user = await register(app, { name });

    const page = await person();
    await signIn(page, baseUrl, { ...user, organization: name });
    await page.goto(`${baseUrl}/account`);
    await page.getByRole('heading', { level: 1, name: ru.account.title }).waitFor();
    await page.getByLabel(ru.account.profile.language, { exact: true }).selectOption('en');
    await page.getByRole('button', { name: ru.account.profile.save, exact: true }).click();
    // The page follows the saved language too.
    await page.getByRole('heading', { level: 1, name: en.account.title }).waitFor();

    await database.db.transaction((tx) =>
      notifyOrganizations(tx, [user.organizationId], {
        kind: 'capability.matched',
        payload: { capabilityId: randomUUID(), capabilityTitle: 'Bearings', needs: 3 },
        dedupeKey: `capability-matched:${randomUUID()}`,
      }),
    );
    const mail = await waitFor('the e-mail', async () =>
      smtp!.received.find((m) => m.to.includes(user.email)),
    );
    expect(mailText(mail.raw)).toContain('We found 3 open need(s) that fit “Bearings”.');

    // The header's switch saves the choice too, and the next sign-in opens in the saved language.
    await page.getByRole('button', { name: en.language.ru }).click();
    await page.getByRole('heading', { level: 1, name: ru.account.title }).waitFor();
    await expect
      .poll(async () => {
        const me = await app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: `Bearer ${user.token}` },
        });
        return me.json<{ user: { language: string } }>().user.language;
      })
      .toBe('ru');

    await screenshotsOf(page, 'account', (p) =>
      p
        .getByRole('heading', { level: 2, name: ru.account.preferences.title })
        .or(p.getByRole('heading', { level: 2, name: en.account.preferences.title }))
        .waitFor(),
    );
  });
});
