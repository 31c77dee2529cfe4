import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/bids-fixtures';
import { register } from '../../../test/fixtures';
import {
  mailText,
  startInProcessWorker,
  startSmtpServer,
  waitFor,
  type RunningWorker,
} from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { notifyOrganizations } from './notify';

let ctx: TestContext;
let worker: RunningWorker;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  ctx = await createTestApp();
  smtp = await startSmtpServer();
  worker = await startInProcessWorker(ctx.database, {
    redisUrl: ctx.env.REDIS_URL,
    secret: ctx.env.JWT_SECRET,
    prefix: ctx.env.QUEUE_PREFIX,
    smtpUrl: smtp.url,
  });
});
afterAll(async () => {
  await worker.stop();
  await smtp.close();
  await ctx.close();
});

const capabilityMatched = (title: string) => ({
  kind: 'capability.matched' as const,
  payload: { capabilityId: crypto.randomUUID(), capabilityTitle: title, needs: 2 },
  dedupeKey: `capability-matched:${crypto.randomUUID()}`,
});

describe('notification delivery and the user’s switches', () => {
  it('e-mails in the language saved on the user, and not a kind switched off for e-mail', async () => {
    const user = await register(ctx.app);
    await api(ctx.app, 'PATCH', '/me', user.token, {
      language: 'en',
      notificationPreferences: { 'bid.withdrawn': { email: false } },
    });
    await ctx.database.db.transaction(async (tx) => {
      await notifyOrganizations(tx, [user.organizationId], {
        kind: 'bid.withdrawn',
        payload: { bidId: crypto.randomUUID(), needId: crypto.randomUUID(), needTitle: 'Тихо', revision: 2 },
        dedupeKey: `bid-withdrawn:${crypto.randomUUID()}`,
      });
      await notifyOrganizations(tx, [user.organizationId], capabilityMatched('Pumps'));
    });
    const mail = await waitFor('the e-mail', async () =>
      smtp.received.find((m) => m.to.includes(user.email)),
    );
    expect(mailText(mail.raw)).toContain('open need(s) that fit “Pumps”');
    // The row is marked right after SMTP accepted the message, so a moment after it arrived.
    const emailed = await waitFor('the e-mail recorded', async () => {
      const result = await ctx.database.pool.query(
        'SELECT kind, emailed_at IS NOT NULL AS emailed FROM notifications WHERE user_id = $1 ORDER BY kind',
        [user.userId],
      );
      return result.rows.some((row: { emailed: boolean }) => row.emailed) ? result : null;
    });
    expect(emailed.rows).toEqual([
      { kind: 'bid.withdrawn', emailed: false },
      { kind: 'capability.matched', emailed: true },
    ]);
    expect(smtp.received.filter((m) => m.to.includes(user.email))).toHaveLength(1);
  });

  it('leaves out removed members', async () => {
    const owner = await register(ctx.app);
    await ctx.database.pool.query('UPDATE users SET removed_at = now() WHERE id = $1', [owner.userId]);
    const created = await ctx.database.db.transaction((tx) =>
      notifyOrganizations(tx, [owner.organizationId], capabilityMatched('Насосы')),
    );
    expect(created).toBe(0);
  });
});
