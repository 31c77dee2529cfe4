import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed, postBid } from '../../../test/bids-fixtures';
import {
  createAssociationMember,
  register,
  registerVerifiedCentre,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { insertMatch, openedDaysAgo } from '../../../test/lots-fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createMatchingEngine } from '../matching/matching.engine';

let ctx: TestContext;
let analyst: { token: string };
let centre62: Registered;
let centre77: Registered;
let buyer62: Registered;
let maker: Registered;
let capabilityId: string;

beforeAll(async () => {
  // The configured delay, not the default 14 days.
  ctx = await createTestApp({ BOTTLENECK_AFTER_DAYS: '10' });
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  centre62 = await registerVerifiedCentre(ctx.app, admin.token, '62');
  centre77 = await registerVerifiedCentre(ctx.app, admin.token, '77');
  buyer62 = await register(ctx.app, { regionCode: '62' });
  maker = await register(ctx.app, { regionCode: '66' });
  capabilityId = (await postCapability(ctx.app, maker.token)).id;
});
afterAll(() => ctx.close());

type Register = {
  afterDays: number;
  totalNeeds: number;
  groups: {
    okpd2Class: string;
    regionCode: string;
    count: number;
    needs: { id: string; daysOpen: number; bestScore: number | null; noDomesticSupplier: boolean }[];
  }[];
};

const register62 = async (token = analyst.token, query = 'region=62') => {
  const response = await api(ctx.app, 'GET', `/analytics/bottlenecks?${query}`, token);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Register;
};
const listed = (body: Register) => body.groups.flatMap((group) => group.needs);
const ids = (body: Register) => listed(body).map((need) => need.id);

const criticalNeed = (overrides: Record<string, unknown> = {}) =>
  openNeed(ctx.app, buyer62.token, {
    deliveryRegionCode: '62',
    critical: true,
    okpd2: '28.15.10.120',
    ...overrides,
  });

describe('the bottleneck register', () => {
  it('lists a critical unmatched need once it has been open longer than BOTTLENECK_AFTER_DAYS', async () => {
    const need = await criticalNeed();
    expect(ids(await register62())).not.toContain(need.id);
    await openedDaysAgo(ctx.database, need.id, 9);
    expect(ids(await register62())).not.toContain(need.id);
    await openedDaysAgo(ctx.database, need.id, 11);

    const body = await register62();
    expect(body).toMatchObject({ afterDays: 10 });
    const group = body.groups.find((g) => g.okpd2Class === '28' && g.regionCode === '62');
    expect(group).toMatchObject({ okpd2ClassName: expect.any(String), maxDaysOpen: expect.any(Number) });
    expect(group!.needs.find((n) => n.id === need.id)).toMatchObject({
      daysOpen: 11,
      bestScore: null,
      // Matching has not looked at it: overdue, not (yet) a need nobody makes.
      noDomesticSupplier: false,
    });
    // The region's centre sees it; another region's centre does not.
    expect(ids(await register62(centre62.token, ''))).toContain(need.id);
    expect(ids(await register62(centre77.token, ''))).not.toContain(need.id);
  });

  it('leaves out needs that are not critical, or not open', async () => {
    const ordinary = await criticalNeed({ critical: false });
    const cancelled = await criticalNeed();
    await api(ctx.app, 'POST', `/needs/${cancelled.id}/cancel`, buyer62.token);
    for (const need of [ordinary, cancelled]) await openedDaysAgo(ctx.database, need.id, 30);
    const found = ids(await register62());
    expect(found).not.toContain(ordinary.id);
    expect(found).not.toContain(cancelled.id);
  });

  it('keeps a need whose matches are only possible or were dismissed, and drops it once strongly matched', async () => {
    const need = await criticalNeed();
    await openedDaysAgo(ctx.database, need.id, 20);
    await insertMatch(ctx.database, {
      needId: need.id,
      capabilityId,
      manufacturerId: maker.organizationId,
      score: '0.25',
    });
    const second = await postCapability(ctx.app, maker.token);
    await insertMatch(ctx.database, {
      needId: need.id,
      capabilityId: second.id,
      manufacturerId: maker.organizationId,
      score: '0.95',
      status: 'dismissed',
      notified: true,
    });
    expect(listed(await register62()).find((n) => n.id === need.id)).toMatchObject({
      daysOpen: 20,
      bestScore: 0.25,
    });

    const third = await postCapability(ctx.app, maker.token);
    await insertMatch(ctx.database, {
      needId: need.id,
      capabilityId: third.id,
      manufacturerId: maker.organizationId,
      score: '0.85',
      notified: true,
    });
    expect(ids(await register62())).not.toContain(need.id);
  });

  it('counts at once a need matching found no domestic supplier for, until a maker of it appears', async () => {
    const engine = createMatchingEngine({ pool: ctx.database.pool });
    // Not critical and new: only the finding that nobody makes it puts it in the register.
    const need = await openNeed(ctx.app, buyer62.token, {
      deliveryRegionCode: '62',
      critical: false,
      okpd2: '27.12.40.000',
      title: 'Камеры дугогасительные вакуумные для выключателей 10 кВ',
      description: 'Для ремонта вакуумных выключателей на подстанциях',
      replaces: 'Siemens VS 30030',
    });
    expect(ids(await register62())).not.toContain(need.id);
    expect(await engine.matchNeed(need.id, need.version)).toMatchObject({ outcome: 'matched', strong: 0 });
    expect(listed(await register62()).find((n) => n.id === need.id)).toMatchObject({
      noDomesticSupplier: true,
      bestScore: null,
    });
    const matches = await api(ctx.app, 'GET', `/needs/${need.id}/matches`, buyer62.token);
    expect(matches.json()).toMatchObject({ items: [], noDomesticSupplier: true });

    const interrupters = await postCapability(ctx.app, maker.token, {
      title: 'Камеры дугогасительные вакуумные 10 кВ для выключателей',
      description: 'Вакуумные дугогасительные камеры для ремонта выключателей 6–10 кВ',
      okpd2: ['27.12.40.000'],
      analogues: ['Siemens VS 30030'],
    });
    expect(await engine.matchCapability(interrupters.id, interrupters.version)).toMatchObject({ strong: 1 });
    expect(ids(await register62())).not.toContain(need.id);
  });

  it('drops a need once a manufacturer bids on it', async () => {
    const need = await criticalNeed();
    await openedDaysAgo(ctx.database, need.id, 15);
    expect(ids(await register62())).toContain(need.id);
    await postBid(ctx.app, maker.token, need.id);
    expect(ids(await register62())).not.toContain(need.id);
  });

  it('groups by OKPD2 class and region, counting every need but listing as many as asked', async () => {
    const bearings = [await criticalNeed(), await criticalNeed()];
    const drills = await criticalNeed({ okpd2: '25.73.40.110' });
    for (const need of [...bearings, drills]) await openedDaysAgo(ctx.database, need.id, 12);
    const body = await register62(analyst.token, 'region=62&itemsPerGroup=1');
    const classes = Object.fromEntries(body.groups.map((g) => [g.okpd2Class, g]));
    expect(classes['25']).toMatchObject({ count: 1, regionCode: '62' });
    expect(classes['28']!.count).toBeGreaterThanOrEqual(3);
    expect(classes['28']!.needs).toHaveLength(1);
    expect(body.totalNeeds).toBe(body.groups.reduce((sum, g) => sum + g.count, 0));
    const filtered = await register62(analyst.token, 'region=62&okpd2=25');
    expect(filtered.groups.map((g) => g.okpd2Class)).toEqual(['25']);
    const bad = await api(ctx.app, 'GET', '/analytics/bottlenecks?itemsPerGroup=1000', analyst.token);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('itemsPerGroup');
  });
});
