import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, api, openNeed, postBid } from '../../../test/bids-fixtures';
import { postNeed, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let named: Registered;
let hidden: Registered;
const ids: Record<'bearing' | 'seal' | 'cutter' | 'draft' | 'closed' | 'awarded', string> = {
  bearing: '',
  seal: '',
  cutter: '',
  draft: '',
  closed: '',
  awarded: '',
};

beforeAll(async () => {
  ctx = await createTestApp();
  named = await register(ctx.app, { regionCode: '62', name: 'АО Рязанский станкозавод' });
  hidden = await register(ctx.app, { regionCode: '52', name: 'ООО Скрытный заказчик' });
  const farSupplier = await register(ctx.app, { regionCode: '66', name: 'АО Уральский подшипник' });
  const nearSupplier = await register(ctx.app, { regionCode: '62', name: 'ООО Рязанский инструмент' });
  const consent = await api(ctx.app, 'PATCH', `/organizations/${named.organizationId}`, named.token, {
    openDataConsent: true,
  });
  expect(consent.json().openDataConsent).toBe(true);

  ids.bearing = (await openNeed(ctx.app, named.token, { quantity: '1200.500' })).id;
  ids.cutter = (
    await openNeed(ctx.app, named.token, {
      title: 'Фреза концевая твердосплавная 12 мм',
      okpd2: '25.73.40.162',
      replaces: 'Sandvik R216',
      critical: false,
    })
  ).id;
  ids.seal = (
    await openNeed(ctx.app, hidden.token, {
      title: 'Уплотнение манжетное 2.2-50×70',
      okpd2: '22.19.73.120',
      deliveryRegionCode: '52',
      replaces: 'Freudenberg BA 50×70',
    })
  ).id;
  ids.draft = (await postNeed(ctx.app, named.token, { title: 'Подшипник черновой 6205' })).id;
  ids.closed = (await openNeed(ctx.app, named.token, { title: 'Подшипник закрытый 6206' })).id;
  expect((await api(ctx.app, 'POST', `/needs/${ids.closed}/close`, named.token)).statusCode).toBe(200);

  // Orders: one across regions (62 ← 66), one inside a region (62 ← 62), one across regions cancelled.
  ids.awarded = (await openNeed(ctx.app, named.token, { title: 'Подшипник заказанный 6207' })).id;
  const far = await postBid(ctx.app, farSupplier.token, ids.awarded, { quantity: '1200' });
  await acceptedOrder(ctx.app, named.token, far.id);
  const near = await openNeed(ctx.app, named.token, { title: 'Втулка бронзовая', okpd2: '25.73.40.120' });
  await acceptedOrder(ctx.app, named.token, (await postBid(ctx.app, nearSupplier.token, near.id)).id);
  const cancelled = await openNeed(ctx.app, hidden.token, { title: 'Шестерня', deliveryRegionCode: '52' });
  const order = await acceptedOrder(
    ctx.app,
    hidden.token,
    (await postBid(ctx.app, farSupplier.token, cancelled.id)).id,
  );
  const cancel = await api(ctx.app, 'POST', `/orders/${order.id}/transitions`, hidden.token, {
    to: 'cancelled',
    note: 'Отмена',
  });
  expect(cancel.statusCode).toBe(200);
});
afterAll(() => ctx.close());

type Item = { id: string; title: string; buyer: { name: string | null; regionCode: string } };
const catalogue = async (query = '') => {
  const response = await api(ctx.app, 'GET', `/catalogue/needs${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Item[]; nextCursor: string | null };
};
const idsOf = (page: { items: Item[] }) => page.items.map((item) => item.id);

describe('GET /catalogue/needs (public)', () => {
  it('shows a guest the open needs, never drafts, closed or awarded ones', async () => {
    const page = await catalogue();
    expect(idsOf(page).sort()).toEqual([ids.bearing, ids.cutter, ids.seal].sort());
    expect(page.nextCursor).toBeNull();
  });

  it('shows public fields only: no target price, contacts or buyer id', async () => {
    const bearing = (await catalogue('?q=7510')).items[0]!;
    expect(bearing).toMatchObject({
      id: ids.bearing,
      okpd2: '28.15.10.120',
      quantity: '1200.5',
      unit: '796',
      deliveryRegionCode: '62',
      replaces: 'SKF 32210',
      critical: true,
    });
    for (const key of ['targetUnitPrice', 'buyerContacts', 'buyerOrganizationId', 'status']) {
      expect(bearing).not.toHaveProperty(key);
    }
    expect(Object.keys(bearing.buyer).sort()).toEqual(['name', 'regionCode']);
  });

  it('names the buyer only where it agreed to open data, else only its region', async () => {
    const byId = new Map((await catalogue()).items.map((item) => [item.id, item.buyer]));
    expect(byId.get(ids.bearing)).toEqual({ name: 'АО Рязанский станкозавод', regionCode: '62' });
    expect(byId.get(ids.seal)).toEqual({ name: null, regionCode: '52' });
  });

  it('filters by words, OKPD2 prefix, region and district, as the needs list does', async () => {
    expect(idsOf(await catalogue(`?q=${encodeURIComponent('подшипник')}`))).toEqual([ids.bearing]);
    expect(idsOf(await catalogue('?okpd2=22'))).toEqual([ids.seal]);
    expect(idsOf(await catalogue('?region=52'))).toEqual([ids.seal]);
    expect(idsOf(await catalogue('?district=volga'))).toEqual([ids.seal]);
    expect(idsOf(await catalogue('?critical=false'))).toEqual([ids.cutter]);
  });

  it('pages with a cursor, never repeating a need', async () => {
    const first = await catalogue('?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await catalogue(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.nextCursor).toBeNull();
    expect([...idsOf(first), ...idsOf(second)].sort()).toEqual([ids.bearing, ids.cutter, ids.seal].sort());
  });

  it.each([
    ['?okpd2=bearings', 'okpd2'],
    ['?region=5', 'region'],
    ['?limit=0', 'limit'],
    ['?district=moon', 'district'],
    ['?cursor=nonsense', 'cursor'],
  ])('answers %s with 400 naming the field', async (query, field) => {
    const response = await api(ctx.app, 'GET', `/catalogue/needs${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toContain(field);
  });
});

describe('GET /catalogue/stats (public)', () => {
  it('counts open needs, their regions and the orders placed across regions', async () => {
    const response = await api(ctx.app, 'GET', '/catalogue/stats');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ openNeeds: 3, regionsWithOpenNeeds: 2, interregionalOrders: 1 });
  });
});
