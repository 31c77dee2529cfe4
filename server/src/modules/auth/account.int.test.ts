import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { notifyOrganizations } from '../notifications/notify';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('PATCH /me', () => {
  it('saves the name and language and merges notification switches per kind', async () => {
    const user = await register(ctx.app);
    const first = await api(ctx.app, 'PATCH', '/me', user.token, {
      fullName: 'Irina Petrova',
      language: 'en',
      notificationPreferences: { 'bid.revised': { email: false } },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().user).toMatchObject({ fullName: 'Irina Petrova', language: 'en' });
    await api(ctx.app, 'PATCH', '/me', user.token, {
      notificationPreferences: { 'message.received': { inApp: false } },
    });
    const me = await api(ctx.app, 'GET', '/me', user.token);
    expect(me.json().notificationPreferences).toEqual({
      'bid.revised': { email: false },
      'message.received': { inApp: false },
    });
    expect(me.json().user.language).toBe('en');
  });

  it('names the field it cannot take', async () => {
    const user = await register(ctx.app);
    const language = await api(ctx.app, 'PATCH', '/me', user.token, { language: 'de' });
    expect(language.statusCode).toBe(400);
    expect(language.json().errors[0].path).toBe('language');
    const kind = await api(ctx.app, 'PATCH', '/me', user.token, {
      notificationPreferences: { 'no.such_kind': { email: false } },
    });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().errors[0].path).toMatch(/^notificationPreferences/);
    expect((await api(ctx.app, 'PATCH', '/me', undefined, { language: 'en' })).statusCode).toBe(401);
  });

  it('writes a notification switched off in-app as already read', async () => {
    const user = await register(ctx.app);
    await api(ctx.app, 'PATCH', '/me', user.token, {
      notificationPreferences: { 'capability.matched': { inApp: false } },
    });
    await ctx.database.db.transaction((tx) =>
      notifyOrganizations(tx, [user.organizationId], {
        kind: 'capability.matched',
        payload: { capabilityId: crypto.randomUUID(), capabilityTitle: 'Насосы', needs: 2 },
        dedupeKey: `test:${crypto.randomUUID()}`,
      }),
    );
    const list = await api(ctx.app, 'GET', '/notifications', user.token);
    expect(list.json().unreadCount).toBe(0);
    expect(list.json().items[0].readAt).not.toBeNull();
  });
});

describe('GET /users', () => {
  it('finds users by name or e-mail for analysts, and for nobody else', async () => {
    const admin = await signInAdmin(ctx.app);
    const analyst = await createAssociationMember(ctx.app, admin.token);
    const user = await register(ctx.app);
    const found = await api(ctx.app, 'GET', `/users?q=${encodeURIComponent(user.email)}`, analyst.token);
    expect(found.statusCode).toBe(200);
    expect(found.json().items).toEqual([
      expect.objectContaining({ id: user.userId, removed: false, organizationName: expect.any(String) }),
    ]);
    expect((await api(ctx.app, 'GET', '/users?q=Ирина', user.token)).statusCode).toBe(403);
    expect((await api(ctx.app, 'GET', '/users?q=a', analyst.token)).json().errors[0].path).toBe('q');
  });
});
