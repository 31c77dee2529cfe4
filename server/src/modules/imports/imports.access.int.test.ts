import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createAssociationMember,
  register,
  registerVerifiedCentre,
  signInAdmin,
} from '../../../test/fixtures';
import {
  importFile,
  NEED_HEADERS,
  needRow,
  startImportWorker,
  uploadFile,
  xlsxOf,
} from '../../../test/imports-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let worker: ReturnType<typeof startImportWorker>;
let admin: { token: string };
beforeAll(async () => {
  ctx = await createTestApp();
  worker = startImportWorker(ctx);
  admin = await signInAdmin(ctx.app);
});
afterAll(async () => {
  await worker.stop();
  await ctx.close();
});

const innOf = async (organizationId: string) =>
  (await ctx.database.pool.query('SELECT inn FROM organizations WHERE id = $1', [organizationId])).rows[0]
    .inn as string;

const oneNeedFile = () => xlsxOf([NEED_HEADERS, needRow(1)]);

describe('who sees an import', () => {
  it('shows an import to its organization and analysts only; others get 404', async () => {
    const owner = await register(ctx.app);
    const stranger = await register(ctx.app);
    const analyst = await createAssociationMember(ctx.app, admin.token);
    const result = await importFile(ctx.app, owner.token, 'needs', 'mine.xlsx', await oneNeedFile());
    const url = `/api/v1/imports/${result.id}`;

    const asStranger = await ctx.app.inject({ method: 'GET', url, headers: bearer(stranger.token) });
    expect(asStranger.statusCode).toBe(404);
    expect(asStranger.json()).toMatchObject({ code: 'not_found' });
    const asAnalyst = await ctx.app.inject({ method: 'GET', url, headers: bearer(analyst.token) });
    expect(asAnalyst.statusCode).toBe(200);
    expect(asAnalyst.json()).toMatchObject({ id: result.id, kind: 'needs', filename: 'mine.xlsx' });
    const anonymous = await ctx.app.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);

    const own = await ctx.app.inject({ method: 'GET', url: '/api/v1/imports', headers: bearer(owner.token) });
    expect(own.json().items.map((item: { id: string }) => item.id)).toEqual([result.id]);
    const theirs = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/imports',
      headers: bearer(stranger.token),
    });
    expect(theirs.json()).toEqual({ items: [] });
  });

  it("serves a failed import's annotated file to its organization and analysts; others get 404", async () => {
    const owner = await register(ctx.app);
    const stranger = await register(ctx.app);
    const analyst = await createAssociationMember(ctx.app, admin.token);
    const bad = await xlsxOf([NEED_HEADERS, needRow(1, { Количество: '−5' })]);
    const failed = await importFile(ctx.app, owner.token, 'needs', 'bad.xlsx', bad);
    const good = await importFile(ctx.app, owner.token, 'needs', 'good.xlsx', await oneNeedFile());
    const get = (id: string, token?: string) =>
      ctx.app.inject({
        method: 'GET',
        url: `/api/v1/imports/${id}/annotated`,
        ...(token ? { headers: bearer(token) } : {}),
      });

    expect((await get(failed.id, owner.token)).statusCode).toBe(200);
    expect((await get(failed.id, analyst.token)).statusCode).toBe(200);
    const asStranger = await get(failed.id, stranger.token);
    expect(asStranger.statusCode).toBe(404);
    expect(asStranger.json()).toMatchObject({ code: 'not_found' });
    expect((await get(failed.id)).statusCode).toBe(401);
    // An import that went in has nothing to annotate.
    expect((await get(good.id, owner.token)).statusCode).toBe(404);
  });

  it('refuses needs imports of associations and unverified centres, capabilities of centres (403)', async () => {
    const analyst = await createAssociationMember(ctx.app, admin.token);
    const unverified = await register(ctx.app, { kind: 'center' });
    const centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
    const file = await oneNeedFile();
    const attempts = [
      [analyst.token, 'needs', 'import_not_allowed'],
      [unverified.token, 'needs', 'center_not_verified'],
      [centre.token, 'capabilities', 'import_not_allowed'],
    ] as const;
    for (const [token, kind, code] of attempts) {
      const response = await uploadFile(ctx.app, token, kind, 'f.xlsx', file);
      expect({ status: response.statusCode, code: response.json().code }).toEqual({ status: 403, code });
    }
  });
});

describe('a centre imports for enterprises of its region', () => {
  it('names the buyer by «ИНН покупателя»; any refused buyer refuses the whole file', async () => {
    const centre = await registerVerifiedCentre(ctx.app, admin.token, '62');
    const local = await register(ctx.app, { regionCode: '62' });
    const elsewhere = await register(ctx.app, { regionCode: '77' });
    const headers = [...NEED_HEADERS, 'ИНН покупателя'];
    const localInn = await innOf(local.organizationId);

    const mixed = await xlsxOf([
      headers,
      [...needRow(1), localInn],
      [...needRow(2), await innOf(elsewhere.organizationId)],
      [...needRow(3), '7707083893'],
      [...needRow(4), ''],
    ]);
    const refused = await importFile(ctx.app, centre.token, 'needs', 'mixed.xlsx', mixed);
    expect(refused.status).toBe('failed');
    expect(refused.errors).toEqual([
      {
        row: 3,
        path: 'buyerOrganizationId',
        column: 'ИНН покупателя',
        code: 'refused',
        params: { detail: 'a centre posts needs only for enterprises of its own region' },
        message: 'a centre posts needs only for enterprises of its own region',
      },
      {
        row: 4,
        path: 'buyerOrganizationId',
        column: 'ИНН покупателя',
        code: 'unknown_inn',
        message: 'No organization with this INN is on the exchange.',
      },
      {
        row: 5,
        path: 'buyerOrganizationId',
        column: 'ИНН покупателя',
        code: 'refused',
        params: { detail: 'name the enterprise the need is for' },
        message: 'name the enterprise the need is for',
      },
    ]);

    const good = await xlsxOf([headers, [...needRow(1), localInn], [...needRow(2), Number(localInn)]]);
    const imported = await importFile(ctx.app, centre.token, 'needs', 'good.xlsx', good);
    expect(imported).toMatchObject({ status: 'succeeded', importedCount: 2 });
    const { rows } = await ctx.database.pool.query(
      'SELECT buyer_organization_id, posted_by_organization_id FROM needs WHERE posted_by_organization_id = $1',
      [centre.organizationId],
    );
    expect(rows).toEqual(
      Array(2).fill({
        buyer_organization_id: local.organizationId,
        posted_by_organization_id: centre.organizationId,
      }),
    );
  });
});

describe('capabilities import', () => {
  const HEADERS = [
    'Наименование',
    'ОКПД2',
    'Мощность в месяц',
    'Ед. изм. (ОКЕИ)',
    'Минимальная партия',
    'Срок изготовления, дней',
    'Регионы поставки (коды)',
    'Заменяемые импортные аналоги',
    'Номер в реестре ПП 719',
    'Действует до',
  ];

  it('imports capabilities with «;»-separated codes, regions and analogues', async () => {
    const maker = await register(ctx.app, { regionCode: '66' });
    const csv = [
      HEADERS.join(';'),
      'Подшипники роликовые конические;28.15.10.120; 28.15.10.123;5 000;шт;100;45;62; 77;SKF 32210; FAG 32210;10123456;31.12.2030',
      'Насосы центробежные;28.13.14.110;40;компл;;90;;Grundfos CR 10;;',
    ];
    // Lists sit in one cell: the CSV quotes the cells that hold «;».
    const quoted = [
      csv[0],
      '"Подшипники роликовые конические";"28.15.10.120; 28.15.10.123";"5 000";"шт";"100";"45";"62; 77";"SKF 32210; FAG 32210";"10123456";"31.12.2030"',
      csv[2],
    ].join('\n');
    const result = await importFile(ctx.app, maker.token, 'capabilities', 'мощности.csv', quoted);
    expect(result).toMatchObject({ status: 'succeeded', importedCount: 2, errors: [] });

    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/capabilities?organization=${maker.organizationId}&sort=date`,
      headers: bearer(maker.token),
    });
    const items = list
      .json()
      .items.sort((a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title));
    expect(items).toMatchObject([
      {
        title: 'Насосы центробежные',
        okpd2: ['28.13.14.110'],
        monthlyCapacity: '40',
        unit: '839',
        minOrderQuantity: null,
        deliveryRegionCodes: [],
        analogues: ['Grundfos CR 10'],
        localization: null,
      },
      {
        title: 'Подшипники роликовые конические',
        okpd2: ['28.15.10.120', '28.15.10.123'],
        monthlyCapacity: '5000',
        leadTimeDays: 45,
        deliveryRegionCodes: ['62', '77'],
        analogues: ['SKF 32210', 'FAG 32210'],
        localization: { pp719RegistryNumber: '10123456', validUntil: '2030-12-31' },
      },
    ]);
  });

  it('reports the list item and the registry column a bad capability row gets wrong', async () => {
    const maker = await register(ctx.app);
    const file = await xlsxOf([
      HEADERS,
      ['Подшипники', '28.15.10.120', 10, '796', null, 30, null, null, '10123456', null],
      ['Подшипники', '28.15.10.120; 99.99.99.999', 10, '796', null, 30, '62; 99', null, null, null],
    ]);
    const result = await importFile(ctx.app, maker.token, 'capabilities', 'bad.xlsx', file);
    expect(result.status).toBe('failed');
    expect(result.errors.map(({ row, path, column }) => ({ row, path, column }))).toEqual([
      { row: 2, path: 'localization.validUntil', column: 'Действует до' },
      { row: 3, path: 'okpd2.1', column: 'ОКПД2' },
      { row: 3, path: 'deliveryRegionCodes', column: 'Регионы поставки (коды)' },
    ]);
  });
});
