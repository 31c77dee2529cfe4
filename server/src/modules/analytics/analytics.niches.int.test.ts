import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin, type Registered } from '../../../test/fixtures';
import { rebuildLots } from '../../../test/lots-fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
let buyer62: Registered;
let buyer66: Registered;

type Niche = {
  okpd2Kind: string;
  unit: string;
  totalQuantity: string;
  totalValue: string;
  capabilitiesCount: number;
  unmetQuantity: string;
  unmetValue: string | null;
  coverage: number;
  lot: { id: string; status: string } | null;
  supportMeasures: { name: string }[];
};

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  buyer62 = await register(ctx.app, { regionCode: '62' });
  buyer66 = await register(ctx.app, { regionCode: '66' });
  // Measuring instruments: 1500 pieces worth 100,000 roubles, nobody makes them yet.
  await openNeed(ctx.app, buyer62.token, {
    okpd2: '26.51.66.111',
    deliveryRegionCode: '62',
    quantity: '1000',
    targetUnitPrice: '50.00',
  });
  await openNeed(ctx.app, buyer66.token, {
    okpd2: '26.51.66.120',
    deliveryRegionCode: '66',
    quantity: '500',
    targetUnitPrice: '100.00',
  });
  // Drills: less value; rubber: no price at all.
  await openNeed(ctx.app, buyer62.token, {
    okpd2: '25.73.40.110',
    deliveryRegionCode: '62',
    quantity: '10',
    targetUnitPrice: '10.00',
  });
  await openNeed(ctx.app, buyer66.token, {
    okpd2: '22.19.20.111',
    deliveryRegionCode: '66',
    quantity: '10',
    targetUnitPrice: undefined,
  });
});
afterAll(() => ctx.close());

const niches = async (query = '') => {
  const response = await api(ctx.app, 'GET', `/analytics/niches${query}`, analyst.token);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as Niche[];
};

describe('investment niches', () => {
  it('ranks kinds by unmet volume × value, unpriced ones last, as of the last lot rebuild', async () => {
    // Country-wide figures come from the rebuild's snapshot: none before the first one.
    expect(await niches()).toEqual([]);
    await rebuildLots(ctx.database);
    const items = await niches();
    expect(items.map((n) => n.okpd2Kind)).toEqual(['26.51.66', '25.73.40', '22.19.20']);
    expect(items[0]).toMatchObject({
      unit: '796',
      totalQuantity: '1500',
      totalValue: '100000.00',
      capabilitiesCount: 0,
      coverage: 0,
      unmetQuantity: '1500',
      unmetValue: '100000.00',
      // The instruments' demand is pooled from two regions: the rebuild made it a lot.
      lot: { id: expect.any(String), status: 'draft' },
    });
    expect(items[1]).toMatchObject({ okpd2Kind: '25.73.40', lot: null, unmetValue: '100.00' });
    expect(items[2]!.unmetValue).toBeNull();
    expect(items[0]!.supportMeasures.map((m) => m.name)).toContain('«Комплектующие изделия»');
  });

  it('computes one region’s niches on request, from that region’s needs only', async () => {
    const response = await api(ctx.app, 'GET', '/analytics/niches?region=66', analyst.token);
    expect(response.json().asOf).toEqual(expect.any(String));
    const items = response.json().items as Niche[];
    expect(items.map((n) => n.okpd2Kind)).toEqual(['26.51.66', '22.19.20']);
    expect(items[0]).toMatchObject({
      totalQuantity: '500',
      unmetValue: '50000.00',
      lot: { status: 'draft' },
    });
  });

  it('counts domestic capacity against the demand and leaves out kinds with more capabilities than asked', async () => {
    const maker = await register(ctx.app, { regionCode: '77' });
    await postCapability(ctx.app, maker.token, {
      okpd2: ['26.51.66.111'],
      monthlyCapacity: '1',
      unit: '796',
    });
    await rebuildLots(ctx.database);
    const [covered] = await niches('?okpd2=26.51.66');
    expect(covered).toMatchObject({ capabilitiesCount: 1 });
    expect(Number(covered!.unmetQuantity)).toBeLessThan(1500);
    expect(covered!.coverage).toBeGreaterThan(0);
    expect(await niches('?okpd2=26.51.66&maxCapabilities=0')).toEqual([]);
    // Capacity in another unit does not count.
    await postCapability(ctx.app, maker.token, {
      okpd2: ['25.73.40.110'],
      monthlyCapacity: '1000000',
      unit: '166',
    });
    await rebuildLots(ctx.database);
    expect((await niches('?okpd2=25.73.40'))[0]).toMatchObject({ capabilitiesCount: 0, unmetQuantity: '10' });
    // Enough capacity in the right unit: no niche left.
    await postCapability(ctx.app, maker.token, {
      okpd2: ['25.73.40.110'],
      monthlyCapacity: '1000',
      unit: '796',
    });
    expect(await niches('?okpd2=25.73.40')).toHaveLength(1);
    await rebuildLots(ctx.database);
    expect(await niches('?okpd2=25.73.40')).toEqual([]);
    // One region's live view agrees without waiting for a rebuild.
    expect(await niches('?okpd2=26.51.66.111&region=62&maxCapabilities=0')).toEqual([]);
    expect(await niches('?okpd2=26.51.66.111&region=62')).toHaveLength(1);
  });

  it('exports the ranking as an XLSX workbook', async () => {
    const response = await api(ctx.app, 'GET', '/analytics/niches/export.xlsx', analyst.token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="niches-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Вид ОКПД2');
    const kinds = sheet.getColumn(2).values.slice(2);
    expect(kinds).toContain('26.51.66');
    const row = sheet.getRow(kinds.indexOf('22.19.20') + 2);
    expect(row.getCell(9).value).toBe(10);
    expect((await api(ctx.app, 'GET', '/analytics/niches/export.xlsx', buyer62.token)).statusCode).toBe(403);
  });
});
