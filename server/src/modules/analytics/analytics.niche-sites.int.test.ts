import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openNeed } from '../../../test/bids-fixtures';
import { createAssociationMember, register, signInAdmin } from '../../../test/fixtures';
import { rebuildLots } from '../../../test/lots-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let analyst: { token: string };

type NicheSites = {
  okpd2Kind: string;
  sites: { site: { name: string; regionCode: string }; proximity: string; distanceKm: number }[];
};

/** Sites of the association's own making: the seeded ones specialise in nothing textile. */
const SITES = [
  { name: 'Текстильный парк «Рязань»', regionCode: '62', lat: 54.6, lon: 39.7, okpd2Prefixes: ['13.92'] },
  { name: 'Мебельный парк «Рязань»', regionCode: '62', lat: 54.62, lon: 39.72, okpd2Prefixes: ['31'] },
  { name: 'Текстильный кластер «Иваново»', regionCode: '37', lat: 57.0, lon: 40.97, okpd2Prefixes: ['13'] },
  { name: 'Текстильный парк «Тула»', regionCode: '71', lat: 54.19, lon: 37.62, okpd2Prefixes: ['13'] },
  { name: 'Текстильный парк «Белгород»', regionCode: '31', lat: 50.6, lon: 36.59, okpd2Prefixes: ['13'] },
  { name: 'Текстильный парк «Приморье»', regionCode: '25', lat: 43.12, lon: 131.9, okpd2Prefixes: ['13'] },
];

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await signInAdmin(ctx.app);
  analyst = await createAssociationMember(ctx.app, admin.token);
  for (const site of SITES) {
    const created = await api(ctx.app, 'POST', '/sites', analyst.token, { ...site, kind: 'industrial_park' });
    expect(created.statusCode, created.body).toBe(201);
  }
  // Tarpaulins wanted in Ryazan (the Central federal district) only.
  const buyer = await register(ctx.app, { regionCode: '62' });
  await openNeed(ctx.app, buyer.token, {
    okpd2: '13.92.22.110',
    deliveryRegionCode: '62',
    quantity: '300',
    targetUnitPrice: '2000.00',
  });
  await rebuildLots(ctx.database);
});
afterAll(() => ctx.close());

const tarpaulins = async (query: string) => {
  const response = await api(ctx.app, 'GET', `/analytics/niches${query}`, analyst.token);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as NicheSites[]).find((niche) => niche.okpd2Kind === '13.92.22')!;
};

describe('sites beside investment niches', () => {
  it('lists a few fitting sites: in the demand region first, then the same federal district, nearest first', async () => {
    for (const query of ['?okpd2=13', '?okpd2=13&region=62']) {
      const niche = await tarpaulins(query);
      expect(niche.sites.map(({ site, proximity }) => [site.name, proximity])).toEqual([
        ['Текстильный парк «Рязань»', 'same_region'],
        // Tula is nearer to Ryazan than Ivanovo; Belgorod, farther still, is past the three shown.
        ['Текстильный парк «Тула»', 'same_district'],
        ['Текстильный кластер «Иваново»', 'same_district'],
      ]);
      expect(niche.sites[1]!.distanceKm).toBeLessThan(niche.sites[2]!.distanceKm);
      // Another specialization, or another federal district, is not near.
      const names = niche.sites.map(({ site }) => site.name);
      expect(names).not.toContain('Мебельный парк «Рязань»');
      expect(names).not.toContain('Текстильный парк «Приморье»');
    }
  });

  it('names the sites in the XLSX export', async () => {
    const response = await api(ctx.app, 'GET', '/analytics/niches/export.xlsx?okpd2=13', analyst.token);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = sheet.getRow(1).values as unknown[];
    const sitesColumn = column.indexOf('Площадки рядом');
    expect(sitesColumn).toBeGreaterThan(0);
    expect(String(sheet.getRow(2).getCell(sitesColumn).value)).toMatch(
      /^Текстильный парк «Рязань» \(62, в регионе спроса, \d+ км\); Текстильный парк «Тула» \(71, в том же округе, \d+ км\)/,
    );
  });
});
