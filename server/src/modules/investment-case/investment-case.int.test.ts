import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import {
  createAssociationMember,
  register,
  registerVerifiedCentre,
  signInAdmin,
  type Registered,
} from '../../../test/fixtures';
import { liveLot, rebuildLots } from '../../../test/lots-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };
let centre48: Registered;
let buyer48: Registered;
let buyer36: Registered;
let outsider: Registered;
let lotId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  centre48 = await registerVerifiedCentre(ctx.app, admin.token, '48');
  buyer48 = await register(ctx.app, { regionCode: '48' });
  buyer36 = await register(ctx.app, { regionCode: '36' });
  outsider = await register(ctx.app, { regionCode: '77' });
  // Bearings wanted in Lipetsk (two needs) and Voronezh; one need names no price.
  const bearing = { okpd2: '28.15.10.120' };
  await openNeed(ctx.app, buyer48.token, {
    ...bearing,
    deliveryRegionCode: '48',
    quantity: '100',
    targetUnitPrice: '800.00',
  });
  await openNeed(ctx.app, buyer48.token, {
    ...bearing,
    deliveryRegionCode: '48',
    quantity: '50',
    targetUnitPrice: '900.00',
  });
  await openNeed(ctx.app, buyer36.token, {
    ...bearing,
    deliveryRegionCode: '36',
    quantity: '30',
    targetUnitPrice: '1000.00',
  });
  await openNeed(ctx.app, buyer36.token, {
    ...bearing,
    deliveryRegionCode: '36',
    quantity: '20',
    targetUnitPrice: undefined,
  });
  await rebuildLots(ctx.database);
  lotId = (await liveLot(ctx.database, '28.15.10'))!.id;
});
afterAll(() => ctx.close());

describe('GET /lots/:id/investment-case', () => {
  it('pools demand by region, with the price range, coverage, measures and nearby sites', async () => {
    const response = await api(ctx.app, 'GET', `/lots/${lotId}/investment-case`, analyst.token);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.lot).toMatchObject({ id: lotId, okpd2Kind: '28.15.10', unit: '796', needsCount: 4 });
    expect(body.demandByRegion).toEqual([
      expect.objectContaining({
        regionCode: '48',
        needsCount: 2,
        buyersCount: 1,
        quantity: '150',
        value: '125000.00',
      }),
      expect.objectContaining({
        regionCode: '36',
        federalDistrict: 'central',
        quantity: '50',
        value: '30000.00',
      }),
    ]);
    expect(body.priceRange).toEqual({ min: '800.00', median: '900.00', max: '1000.00', pricedNeedsCount: 3 });
    expect(body.coverage).toEqual({ matchedCapacity: '0', capabilitiesCount: 0, ratio: 0 });
    const measures = body.supportMeasures.map((m: { name: string; type: string }) => `${m.type}:${m.name}`);
    expect(measures).toEqual(
      expect.arrayContaining([
        'loan:«Проекты развития»',
        'special_investment_contract:Специальный инвестиционный контракт (СПИК)',
        // Lipetsk has a special economic zone: its residents' benefits apply.
        'residency_benefit:Льготы резидентам особых экономических зон',
      ]),
    );
    // Sites specialised in machinery (28) in the demand regions; none elsewhere in the Central district.
    expect(
      body.sites.map((s: { site: { name: string }; proximity: string }) => [s.site.name, s.proximity]),
    ).toEqual(
      expect.arrayContaining([
        ['ОЭЗ «Липецк»', 'same_region'],
        ['Индустриальный парк «Масловский»', 'same_region'],
      ]),
    );
    expect(body.sites.every((s: { proximity: string }) => s.proximity === 'same_region')).toBe(true);
  });

  it('exports the case as XLSX and PDF', async () => {
    const xlsx = await api(ctx.app, 'GET', `/lots/${lotId}/investment-case.xlsx`, analyst.token);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toMatch(/attachment; filename="investment-case-28\.15\.10-/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.rawPayload).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Сводка',
      'Спрос по регионам',
      'Меры поддержки',
      'Площадки',
    ]);
    const demand = workbook.getWorksheet('Спрос по регионам')!;
    expect(demand.getRow(2).values).toEqual(expect.arrayContaining(['48', 150, 125000]));

    const pdf = await api(ctx.app, 'GET', `/lots/${lotId}/investment-case.pdf`, analyst.token);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('is visible exactly as the lot: a draft is 404 to other organizations, also for the exports', async () => {
    for (const suffix of ['', '.xlsx', '.pdf']) {
      const url = `/lots/${lotId}/investment-case${suffix}`;
      for (const token of [outsider.token, buyer36.token]) {
        const response = await api(ctx.app, 'GET', url, token);
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      expect((await api(ctx.app, 'GET', url, centre48.token)).statusCode).toBe(200);
    }
    const published = await api(ctx.app, 'POST', `/lots/${lotId}/publish`, analyst.token);
    expect(published.statusCode, published.body).toBe(200);
    expect((await api(ctx.app, 'GET', `/lots/${lotId}/investment-case`, outsider.token)).statusCode).toBe(
      200,
    );
    expect(
      (await api(ctx.app, 'GET', `/lots/00000000-0000-4000-8000-000000000000/investment-case`, analyst.token))
        .statusCode,
    ).toBe(404);
  });
});
