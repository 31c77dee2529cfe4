import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register, signInAdmin, type Registered } from '../../../test/fixtures';
import { addMember } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let admin: { token: string };
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAdmin(ctx.app);
});
afterAll(() => ctx.close());

const call = (
  method: 'GET' | 'PATCH' | 'DELETE' | 'POST',
  url: string,
  token: string,
  payload?: Record<string, unknown>,
) => ctx.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), payload });
const me = (token: string) => call('GET', '/me', token);
const login = (email: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
const MEMBER_PASSWORD = 'member password 1';

async function organizationWithMember(): Promise<{
  owner: Registered;
  member: { token: string; userId: string; email: string };
}> {
  const owner = await register(ctx.app);
  return { owner, member: await addMember(ctx.app, owner, 'ru') };
}

describe('members', () => {
  it('lets the owner change a role; a member may not, another organization finds nothing', async () => {
    const { owner, member } = await organizationWithMember();
    const path = `/organizations/${owner.organizationId}/members/${member.userId}`;
    const promoted = await call('PATCH', path, owner.token, { role: 'owner' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ id: member.userId, role: 'owner', disabled: false });

    const demoted = await call('PATCH', path, owner.token, { role: 'member' });
    expect(demoted.json().role).toBe('member');
    const byMember = await call(
      'PATCH',
      `/organizations/${owner.organizationId}/members/${owner.userId}`,
      member.token,
      { role: 'member' },
    );
    expect(byMember.statusCode).toBe(403);

    const stranger = await register(ctx.app);
    for (const [method, payload] of [
      ['PATCH', { role: 'owner' }],
      ['DELETE', undefined],
    ] as const) {
      const response = await call(method, path, stranger.token, payload);
      expect(response.statusCode).toBe(404);
    }
    expect(
      (await call('GET', `/organizations/${owner.organizationId}/members`, stranger.token)).statusCode,
    ).toBe(404);
  });

  it('removes a member: their tokens stop at once, they cannot sign in, the list forgets them', async () => {
    const { owner, member } = await organizationWithMember();
    expect((await me(member.token)).statusCode).toBe(200);
    const removed = await call(
      'DELETE',
      `/organizations/${owner.organizationId}/members/${member.userId}`,
      owner.token,
    );
    expect(removed.statusCode).toBe(204);
    expect((await me(member.token)).statusCode).toBe(401);
    const signIn = await login(member.email, MEMBER_PASSWORD);
    expect(signIn.statusCode).toBe(401);
    expect(signIn.json().code).toBe('account_disabled');
    const list = await call('GET', `/organizations/${owner.organizationId}/members`, owner.token);
    expect(list.json().items.map((user: { id: string }) => user.id)).toEqual([owner.userId]);
    const { rows } = await ctx.database.pool.query(
      'SELECT action, actor_user_id FROM audit_events WHERE entity_id = $1 ORDER BY id DESC LIMIT 1',
      [member.userId],
    );
    expect(rows).toEqual([{ action: 'member.removed', actor_user_id: owner.userId }]);
  });

  it('keeps the last owner', async () => {
    const { owner, member } = await organizationWithMember();
    const self = `/organizations/${owner.organizationId}/members/${owner.userId}`;
    const removal = await call('DELETE', self, owner.token);
    expect(removal.statusCode).toBe(409);
    expect(removal.json().code).toBe('last_owner');
    expect((await call('PATCH', self, owner.token, { role: 'member' })).json().code).toBe('last_owner');

    // With a second owner the first may step down.
    await call('PATCH', `/organizations/${owner.organizationId}/members/${member.userId}`, owner.token, {
      role: 'owner',
    });
    expect((await call('DELETE', self, owner.token)).statusCode).toBe(204);
  });
});

describe('disabling users', () => {
  it('stops a disabled user at once and lets them back in when enabled', async () => {
    const user = await register(ctx.app);
    expect((await call('POST', `/users/${user.userId}/disable`, user.token)).statusCode).toBe(403);

    const disabled = await call('POST', `/users/${user.userId}/disable`, admin.token);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabled).toBe(true);
    expect((await me(user.token)).statusCode).toBe(401);
    const refresh = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { zamena_refresh: user.cookie },
    });
    expect(refresh.statusCode).toBe(401);
    const signIn = await login(user.email, user.password);
    expect(signIn.statusCode).toBe(401);
    expect(signIn.json().code).toBe('account_disabled');

    const enabled = await call('POST', `/users/${user.userId}/enable`, admin.token);
    expect(enabled.json().disabled).toBe(false);
    expect((await login(user.email, user.password)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown user', async () => {
    const response = await call('POST', '/users/00000000-0000-4000-8000-000000000000/disable', admin.token);
    expect(response.statusCode).toBe(404);
  });
});

describe('invitations', () => {
  it('lists open invitations to the owner, withdraws one so its link fails, hides them from others', async () => {
    const { owner, member } = await organizationWithMember();
    const base = `/organizations/${owner.organizationId}/invitations`;
    const invited = await call('POST', base, owner.token, {
      email: `invitee-${Date.now()}@example.ru`,
      fullName: 'Пётр Приглашённый',
    });
    expect(invited.statusCode).toBe(201);
    const { id, token } = invited.json();

    const listed = await call('GET', base, owner.token);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        id,
        fullName: 'Пётр Приглашённый',
        role: 'member',
        invitedBy: expect.any(String),
      }),
    ]);
    expect(JSON.stringify(listed.json())).not.toContain(token);

    expect((await call('GET', base, member.token)).statusCode).toBe(403);
    const stranger = await register(ctx.app);
    expect((await call('GET', base, stranger.token)).statusCode).toBe(404);
    expect((await call('DELETE', `${base}/${id}`, stranger.token)).statusCode).toBe(404);
    // The stranger's own organization does not hold it either.
    expect(
      (await call('DELETE', `/organizations/${stranger.organizationId}/invitations/${id}`, stranger.token))
        .statusCode,
    ).toBe(404);

    expect((await call('DELETE', `${base}/${id}`, owner.token)).statusCode).toBe(204);
    expect((await call('GET', base, owner.token)).json().items).toEqual([]);
    expect((await call('DELETE', `${base}/${id}`, owner.token)).statusCode).toBe(404);
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: MEMBER_PASSWORD },
    });
    expect(accepted.statusCode).toBe(404);
  });
});
