import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin } from '../../../test/fixtures';
import { rebuildLots } from '../../../test/lots-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let admin: { token: string };
let analyst: { token: string };
let reader: { token: string };

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  reader = await register(ctx.app, { regionCode: '62' });
  const add = (body: object) => api(ctx.app, 'POST', '/support-measures', admin.token, body);
  await add({
    name: 'Рязанская субсидия на приборы',
    operator: 'Минпром Рязанской области',
    type: 'subsidy',
    okpd2Prefixes: ['26.51'],
    regionCodes: ['62'],
  });
  await add({
    name: 'Рязанский грант',
    operator: 'Фонд Рязанской области',
    type: 'grant',
    regionCodes: ['62'],
  });
});
afterAll(() => ctx.close());

const names = async (query: string) => {
  const response = await api(ctx.app, 'GET', `/support-measures${query}`, reader.token);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { name: string }[]).map((item) => item.name);
};

describe('typed support measures and their filters', () => {
  it('gives the seeded measures their real type and scope', async () => {
    expect(await names('?type=loan')).toEqual(['«Комплектующие изделия»', '«Проекты развития»']);
    expect(await names('?type=special_investment_contract')).toEqual([
      'Специальный инвестиционный контракт (СПИК)',
    ]);
    // The components programmes are for machine building and electronics, not for food.
    expect(await names('?okpd2=10.51')).toEqual(
      expect.arrayContaining(['«Проекты развития»', 'Специальный инвестиционный контракт (СПИК)']),
    );
    expect(await names('?okpd2=10.51')).not.toContain('«Комплектующие изделия»');
    // Residency benefits only where the seeded special economic zones are.
    expect(await names('?type=residency_benefit&region=16')).toEqual([
      'Льготы резидентам особых экономических зон',
    ]);
    expect(await names('?type=residency_benefit&region=62')).toEqual([]);
  });

  it('filters by type, region (no region scope: everywhere) and OKPD2 together', async () => {
    expect(await names('?type=grant')).toEqual(['Рязанский грант']);
    expect(await names('?type=grant&region=77')).toEqual([]);
    const ryazanDevices = await names('?region=62&okpd2=26.51.66.111');
    expect(ryazanDevices).toEqual(
      expect.arrayContaining(['Рязанская субсидия на приборы', 'Рязанский грант', '«Проекты развития»']),
    );
    const moscowDevices = await names('?region=77&okpd2=26.51.66.111');
    expect(moscowDevices).not.toContain('Рязанская субсидия на приборы');
    expect(moscowDevices).toContain('«Проекты развития»');
    expect(await names('?region=62&okpd2=25.73')).not.toContain('Рязанская субсидия на приборы');
    const bad = await api(ctx.app, 'GET', '/support-measures?type=bonus&region=6', reader.token);
    expect(bad.statusCode).toBe(400);
  });

  it('does not attach a measure for one region to another region’s niche', async () => {
    const buyer62 = await register(ctx.app, { regionCode: '62' });
    const buyer66 = await register(ctx.app, { regionCode: '66' });
    await openNeed(ctx.app, buyer62.token, { okpd2: '26.51.66.111', deliveryRegionCode: '62' });
    await openNeed(ctx.app, buyer66.token, { okpd2: '26.51.66.111', deliveryRegionCode: '66' });
    await rebuildLots(ctx.database);
    const measuresOf = async (region: string) => {
      const response = await api(ctx.app, 'GET', `/analytics/niches?region=${region}`, analyst.token);
      expect(response.statusCode, response.body).toBe(200);
      const niche = (
        response.json().items as { okpd2Kind: string; supportMeasures: { name: string }[] }[]
      ).find((item) => item.okpd2Kind === '26.51.66')!;
      return niche.supportMeasures.map((measure) => measure.name);
    };
    expect(await measuresOf('62')).toContain('Рязанская субсидия на приборы');
    const sverdlovsk = await measuresOf('66');
    expect(sverdlovsk).not.toContain('Рязанская субсидия на приборы');
    expect(sverdlovsk).not.toContain('Рязанский грант');
    // Residency benefits: Sverdlovsk has the Titanium Valley zone; Ryazan has none.
    expect(sverdlovsk).toContain('Льготы резидентам особых экономических зон');
    expect(await measuresOf('62')).not.toContain('Льготы резидентам особых экономических зон');
  });
});
