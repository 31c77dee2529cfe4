import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin } from '../../../test/fixtures';
import { addMember } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
beforeAll(async () => {
  ctx = await createTestApp();
  analyst = await createAssociationMember(ctx.app, (await signInAdmin(ctx.app)).token);
});
afterAll(() => ctx.close());

const decide = (token: string, organizationId: string, body: object) =>
  api(ctx.app, 'POST', `/organizations/${organizationId}/verification`, token, body);

const notificationsOf = async (userId: string) =>
  (
    await ctx.database.pool.query(
      "SELECT payload FROM notifications WHERE user_id = $1 AND kind = 'organization.verification' ORDER BY created_at",
      [userId],
    )
  ).rows.map((row: { payload: { decision: string; reason: string } }) => row.payload);

describe('POST /organizations/:id/verification', () => {
  it('verifies, revokes with a reason and tells the owners, not the members, each time', async () => {
    const applicant = await register(ctx.app);
    const member = await addMember(ctx.app, applicant, 'ru');
    expect(
      (await decide(analyst.token, applicant.organizationId, { decision: 'verify' })).json(),
    ).toMatchObject({
      verified: true,
      verificationStatus: 'verified',
    });
    const revoked = await decide(analyst.token, applicant.organizationId, {
      decision: 'revoke',
      reason: 'ОГРН принадлежит другой организации',
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ verified: false, verificationStatus: 'refused' });

    expect(await notificationsOf(applicant.userId)).toEqual([
      expect.objectContaining({ decision: 'verify' }),
      expect.objectContaining({ decision: 'revoke', reason: 'ОГРН принадлежит другой организации' }),
    ]);
    expect(await notificationsOf(member.userId)).toEqual([]);
    const audit = await ctx.database.pool.query(
      'SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE $2 ORDER BY id',
      [applicant.organizationId, 'organization.verif%'],
    );
    expect(audit.rows.map((row: { action: string }) => row.action)).toEqual([
      'organization.verified',
      'organization.verification_revoked',
    ]);
    // The reason is the organization's own business: shown to it, not to others.
    const own = await api(ctx.app, 'GET', `/organizations/${applicant.organizationId}`, applicant.token);
    expect(own.json().verificationReason).toBe('ОГРН принадлежит другой организации');
    const outsider = await register(ctx.app);
    const foreign = await api(ctx.app, 'GET', `/organizations/${applicant.organizationId}`, outsider.token);
    expect(foreign.json().verificationReason).toBeUndefined();
  });

  it('needs a reason to refuse, and refuses only what is not verified', async () => {
    const applicant = await register(ctx.app);
    const bare = await decide(analyst.token, applicant.organizationId, { decision: 'refuse' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].path).toBe('reason');
    const refused = await decide(analyst.token, applicant.organizationId, {
      decision: 'refuse',
      reason: 'Нет такой организации в ЕГРЮЛ',
    });
    expect(refused.json().verificationStatus).toBe('refused');
    const revoke = await decide(analyst.token, applicant.organizationId, {
      decision: 'revoke',
      reason: 'ещё раз',
    });
    expect(revoke.statusCode).toBe(409);
    expect(revoke.json().code).toBe('not_verified');
    await decide(analyst.token, applicant.organizationId, { decision: 'verify' });
    const late = await decide(analyst.token, applicant.organizationId, {
      decision: 'refuse',
      reason: 'поздно',
    });
    expect(late.json().code).toBe('already_verified');
  });

  it('is for the association only; an unknown organization is 404', async () => {
    const applicant = await register(ctx.app);
    const byItself = await decide(applicant.token, applicant.organizationId, { decision: 'verify' });
    expect(byItself.statusCode).toBe(403);
    const missing = await decide(analyst.token, crypto.randomUUID(), { decision: 'verify' });
    expect(missing.statusCode).toBe(404);
    const bad = await decide(analyst.token, applicant.organizationId, { decision: 'approve' });
    expect(bad.json().errors[0].path).toBe('decision');
  });
});

describe('GET /organizations/verification-queue', () => {
  it('lists pending organizations oldest first with their owners, to analysts only', async () => {
    const first = await register(ctx.app, { name: 'ООО Очередь Первая' });
    const second = await register(ctx.app, { name: 'ООО Очередь Вторая' });
    const queue = await api(ctx.app, 'GET', '/organizations/verification-queue?q=Очередь', analyst.token);
    expect(queue.statusCode).toBe(200);
    const items = queue.json().items as { organization: { id: string }; owners: { email: string }[] }[];
    expect(items.map((item) => item.organization.id)).toEqual([first.organizationId, second.organizationId]);
    expect(items[0]!.owners).toEqual([{ fullName: 'Ирина Петрова', email: first.email }]);

    await decide(analyst.token, first.organizationId, { decision: 'refuse', reason: 'Нет в ЕГРЮЛ' });
    const pending = await api(ctx.app, 'GET', '/organizations/verification-queue?q=Очередь', analyst.token);
    expect(
      pending.json().items.map((item: { organization: { id: string } }) => item.organization.id),
    ).toEqual([second.organizationId]);
    const refused = await api(
      ctx.app,
      'GET',
      '/organizations/verification-queue?q=Очередь&verification=refused',
      analyst.token,
    );
    expect(refused.json().items[0].organization.verificationReason).toBe('Нет в ЕГРЮЛ');

    const byEnterprise = await api(ctx.app, 'GET', '/organizations/verification-queue', first.token);
    expect(byEnterprise.statusCode).toBe(403);
  });
});
