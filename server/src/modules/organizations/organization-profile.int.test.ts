import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, api, openNeed, postBid } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const move = async (token: string, orderId: string, to: string) => {
  const response = await api(ctx.app, 'POST', `/orders/${orderId}/transitions`, token, { to, note: 'шаг' });
  expect(response.statusCode, response.body).toBe(200);
};

describe('GET /organizations/:id (profile)', () => {
  it('starts with an empty track record and no verifier', async () => {
    const fresh = await register(ctx.app);
    const stranger = await register(ctx.app);
    const response = await api(ctx.app, 'GET', `/organizations/${fresh.organizationId}`, stranger.token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      verificationStatus: 'pending',
      verifiedBy: null,
      trackRecord: { ordersCompleted: 0, onTime: 0, disputes: 0, medianAnswerHours: null },
    });
    expect(response.json().contacts).toBeUndefined();
    expect(response.json().verificationReason).toBeUndefined();
  });

  it('counts completed, on-time and disputed orders of the supplier', async () => {
    const buyer = await register(ctx.app);
    const supplier = await register(ctx.app);
    const ordersOf = async (leadTimeDays: number) => {
      const need = await openNeed(ctx.app, buyer.token);
      const bid = await postBid(ctx.app, supplier.token, need.id, { leadTimeDays });
      return acceptedOrder(ctx.app, buyer.token, bid.id);
    };
    const completed = await ordersOf(30);
    for (const [token, to] of [
      [supplier.token, 'in_production'],
      [supplier.token, 'shipped'],
      [buyer.token, 'delivered'],
      [buyer.token, 'completed'],
    ] as const)
      await move(token, completed.id, to);
    const disputed = await ordersOf(30);
    await move(supplier.token, disputed.id, 'in_production');
    await move(supplier.token, disputed.id, 'shipped');
    await move(buyer.token, disputed.id, 'disputed');
    // Accepted a month ago with a one-day lead time: delivered today, it is late.
    const late = await ordersOf(1);
    await ctx.database.pool.query(
      "UPDATE orders SET created_at = created_at - interval '30 days' WHERE id = $1",
      [late.id],
    );
    await move(supplier.token, late.id, 'in_production');
    await move(supplier.token, late.id, 'shipped');
    await move(buyer.token, late.id, 'delivered');

    const profile = await api(ctx.app, 'GET', `/organizations/${supplier.organizationId}`, buyer.token);
    expect(profile.json().trackRecord).toEqual({
      ordersCompleted: 1,
      onTime: 1,
      disputes: 1,
      medianAnswerHours: null,
      rating: { count: 0, onTime: null, quality: null, communication: null },
    });
  });

  it('measures the answer time from the alert to the first bid', async () => {
    const buyer = await register(ctx.app);
    const supplier = await register(ctx.app);
    const need = await openNeed(ctx.app, buyer.token);
    const capability = await api(ctx.app, 'POST', '/capabilities', supplier.token, {
      title: 'Подшипники роликовые конические',
      okpd2: ['28.15.10.120'],
      monthlyCapacity: '5000',
      unit: '796',
      leadTimeDays: 30,
    });
    expect(capability.statusCode, capability.body).toBe(201);
    // The alert as the matching worker writes it, six hours before the bid.
    await ctx.database.pool.query(
      `INSERT INTO matches (need_id, capability_id, manufacturer_organization_id, score, components,
         interregional, distance_km, need_version, relevance, notified, created_at)
       VALUES ($1, $2, $3, 0.9, '{}', false, 0, 1, 0.9, true, now() - interval '6 hours')`,
      [need.id, capability.json().id, supplier.organizationId],
    );
    await postBid(ctx.app, supplier.token, need.id);
    const profile = await api(ctx.app, 'GET', `/organizations/${supplier.organizationId}`, buyer.token);
    expect(profile.json().trackRecord.medianAnswerHours).toBeCloseTo(6, 0);
  });

  it('names the analyst who verified it', async () => {
    const admin = await signInAdmin(ctx.app);
    const analyst = await createAssociationMember(ctx.app, admin.token);
    const applicant = await register(ctx.app);
    await api(ctx.app, 'POST', `/organizations/${applicant.organizationId}/verification`, analyst.token, {
      decision: 'verify',
    });
    const profile = await api(ctx.app, 'GET', `/organizations/${applicant.organizationId}`, applicant.token);
    expect(profile.json().verificationStatus).toBe('verified');
    expect(profile.json().verifiedBy).toEqual({
      fullName: 'Анна Аналитик',
      organizationName: expect.any(String),
    });
  });

  it('answers 404 for an organization that does not exist', async () => {
    const someone = await register(ctx.app);
    const response = await api(ctx.app, 'GET', `/organizations/${crypto.randomUUID()}`, someone.token);
    expect(response.statusCode).toBe(404);
  });
});
