import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createReferenceRepo } from './reference.repo';
import { createReferenceService } from './reference.service';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const okpd2 = async (query: Record<string, string>) => {
  const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/okpd2', query });
  expect(response.statusCode).toBe(200);
  return response.json().items as { code: string; name: string; level: string; parentCode: string | null }[];
};

describe('reference data', () => {
  it('lists the 85 regions with their federal districts and capitals', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/regions' });
    const items = response.json().items;
    expect(items).toHaveLength(85);
    expect(items.find((r: { code: string }) => r.code === '62')).toMatchObject({
      nameEn: 'Ryazan Oblast',
      federalDistrict: 'central',
      capital: 'Рязань',
    });
  });

  it('loaded the whole OKPD2 classifier with parent links', async () => {
    const { rows } = await ctx.database.pool.query('SELECT count(*)::int AS n FROM okpd2_codes');
    expect(rows[0].n).toBe(20328);
    const orphans = await ctx.database.pool.query(
      "SELECT count(*)::int AS n FROM okpd2_codes c WHERE c.level <> 'section' AND NOT EXISTS (SELECT 1 FROM okpd2_codes p WHERE p.code = c.parent_code)",
    );
    expect(orphans.rows[0].n).toBe(0);
  });

  it('finds codes by prefix', async () => {
    const items = await okpd2({ q: '25.73' });
    expect(items[0]).toMatchObject({ code: '25.73', name: 'Инструмент', level: 'group' });
    expect(items.every((i) => i.code.startsWith('25.73'))).toBe(true);
    const full = await okpd2({ q: '28.15.10.120' });
    expect(full[0]).toMatchObject({ code: '28.15.10.120', level: 'category' });
  });

  it('finds codes by a Russian word form (сверло finds Сверла)', async () => {
    const items = await okpd2({ q: 'сверло' });
    expect(items[0]).toMatchObject({ code: '25.73.40.110', name: 'Сверла' });
  });

  it('finds codes by several words, the last one typed in part', async () => {
    const items = await okpd2({ q: 'подшипники конич' });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.code.startsWith('28.15'))).toBe(true);
  });

  it('lists the children of a code, and the sections at the top', async () => {
    const children = await okpd2({ parent: '25.73.40' });
    expect(children.map((c) => c.code)).toContain('25.73.40.110');
    const sections = await okpd2({ limit: '50' });
    expect(sections).toHaveLength(21);
  });

  it('reads the regions once per process, and reads again after an empty answer', async () => {
    const real = createReferenceRepo(ctx.database.db);
    let reads = 0;
    let answerEmpty = true;
    const counted = {
      ...real,
      listRegions: async () => {
        reads += 1;
        const rows = await real.listRegions();
        return answerEmpty ? rows.slice(0, 0) : rows;
      },
    };
    const reference = createReferenceService({ repo: counted });
    expect(await reference.listRegions()).toHaveLength(0);
    answerEmpty = false;
    expect(await reference.listRegions()).toHaveLength(85);
    expect(await reference.listRegions()).toHaveLength(85);
    expect(reads).toBe(2);
  });

  it('remembers OKPD2 codes it found and asks again for unknown ones', async () => {
    const real = createReferenceRepo(ctx.database.db);
    const asked: string[][] = [];
    const counted = {
      ...real,
      okpd2ByCodes: async (codes: string[]) => {
        asked.push(codes);
        return real.okpd2ByCodes(codes);
      },
    };
    const reference = createReferenceService({ repo: counted });
    expect([...(await reference.existingOkpd2Codes(['25.73', '99.99.99', '25.73']))]).toEqual(['25.73']);
    expect([...(await reference.existingOkpd2Codes(['25.73', '28.15', '99.99.99']))]).toEqual([
      '25.73',
      '28.15',
    ]);
    expect(asked).toEqual([
      ['25.73', '99.99.99'],
      ['28.15', '99.99.99'],
    ]);
  });
});
