import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordResetJobHandlers } from '../../server/src/modules/auth/password-reset-mail';
import { createResetTokens } from '../../server/src/modules/auth/password-reset-token';
import { createMailer, type Mailer } from '../../server/src/modules/notifications/mailer';
import { register } from '../../server/test/fixtures';
import {
  mailText,
  startInProcessWorker,
  startSmtpServer,
  waitFor,
  type RunningWorker,
} from '../../server/test/matching-fixtures';
import { startTestServer } from '../../server/test/test-server';
import { ru } from '../src/i18n/locales/ru';
import { seriousViolations } from './support/axe';
import { launchBrowser, REDIS_URL, SCREENSHOTS } from './support/deal-fixtures';

const prefix = `e2e-reset-${randomUUID().slice(0, 8)}`;
const NEW_PASSWORD = 'a walk along the oka river';

describe('forgot password and reset through the e-mailed link, in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  let mailer: Mailer | undefined;
  let worker: RunningWorker | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startTestServer({ QUEUE_PREFIX: prefix });
    smtp = await startSmtpServer();
    mailer = createMailer(smtp.url, 'Zamena <noreply@zamena.test>');
    worker = await startInProcessWorker(server.database, {
      redisUrl: REDIS_URL,
      prefix,
      secret: server.env.JWT_SECRET,
      moreHandlers: passwordResetJobHandlers({
        db: server.database.db,
        mailer,
        publicUrl: server.baseUrl,
        resetTokens: createResetTokens(server.env.JWT_SECRET),
      }),
    });
    browser = await launchBrowser();
    // bypassCSP: the accessibility check injects axe-core into the page.
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'ru-RU',
      bypassCSP: true,
    });
    context.setDefaultTimeout(20_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await worker?.stop();
    mailer?.close();
    await smtp?.close();
    await server?.stop();
  });

  it('asks for a link from the sign-in page, sets a new password with it, and signs in', async () => {
    if (!server || !smtp || !context) throw new Error('the test server did not start');
    const owner = await register(server.app, { name: `АО «Окский завод ${prefix}»` });
    const page: Page = await context.newPage();

    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByRole('link', { name: ru.signIn.forgotPassword }).click();
    await page.waitForURL(`${server.baseUrl}/forgot-password`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel(ru.signIn.email, { exact: true }).fill(owner.email);
    await page.getByRole('button', { name: ru.passwordReset.send, exact: true }).click();
    await page.getByRole('status').filter({ hasText: owner.email }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}password-forgot.png` });

    const mail = await waitFor('the reset e-mail', async () =>
      smtp!.received.find((received) => received.to.includes(owner.email)),
    );
    const link = new RegExp(`${server.baseUrl}/reset-password#token=[\\w-]+`).exec(mailText(mail.raw))?.[0];
    expect(link).toBeDefined();

    await page.goto(link!);
    await page.getByRole('heading', { level: 1, name: ru.passwordReset.resetHeading }).waitFor();
    // The token leaves the address bar (and the history) once read.
    expect(page.url()).toBe(`${server.baseUrl}/reset-password`);
    expect(await seriousViolations(page)).toEqual([]);
    const password = page.getByLabel(ru.passwordReset.newPassword, { exact: true });
    await password.fill('qwertyuiop');
    await page.getByRole('button', { name: ru.passwordReset.save, exact: true }).click();
    await page.getByText(ru.validation.commonPassword).waitFor();

    await password.fill(NEW_PASSWORD);
    await page.getByRole('button', { name: ru.passwordReset.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: ru.passwordReset.done }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}password-reset.png` });

    await page.getByRole('link', { name: ru.passwordReset.backToSignIn }).click();
    await page.getByLabel(ru.signIn.email, { exact: true }).fill(owner.email);
    await page.getByLabel(ru.signIn.password, { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: ru.signIn.submit, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `АО «Окский завод ${prefix}»` }).waitFor();

    // The link works once.
    const second = await context.newPage();
    await second.goto(link!);
    await second.getByLabel(ru.passwordReset.newPassword, { exact: true }).fill('yet another long phrase');
    await second.getByRole('button', { name: ru.passwordReset.save, exact: true }).click();
    await second.getByText(ru.passwordReset.badLink).waitFor();
    await second.close();
    await page.close();
  });
});
