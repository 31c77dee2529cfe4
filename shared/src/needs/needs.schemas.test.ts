import { describe, expect, it } from 'vitest';
import { createCapabilitySchema, capabilityListQuerySchema } from '../capabilities/capabilities.schemas';
import { OKEI_CODES, OKEI_UNITS } from '../domain/okei';
import {
  completeNeedUpdateSchema,
  createNeedSchema,
  needListQuerySchema,
  updateNeedSchema,
  withNeededByFrom,
} from './needs.schemas';

const need = {
  title: 'Подшипник роликовый конический 7510',
  okpd2: '28.15.10.120',
  quantity: '1200',
  unit: '796',
  neededBy: '2027-03-01',
  deliveryRegionCode: '62',
};

describe('need and capability schemas', () => {
  it('fills defaults on create but never on a partial update', () => {
    expect(createNeedSchema.parse(need)).toMatchObject({ critical: false, publish: false, description: '' });
    expect(updateNeedSchema.parse({ title: 'Новое название' })).toEqual({ title: 'Новое название' });
    expect(updateNeedSchema.safeParse({}).success).toBe(false);
  });

  it('keeps quantities and money as positive decimal strings', () => {
    for (const quantity of [1200, '1e3', '0', '-1', '1.0001']) {
      expect(createNeedSchema.safeParse({ ...need, quantity }).success).toBe(false);
    }
    expect(createNeedSchema.safeParse({ ...need, quantity: '0.5', targetUnitPrice: '850.00' }).success).toBe(
      true,
    );
  });

  it('knows the OKEI units with Russian and English names', () => {
    expect(OKEI_CODES).toEqual(
      expect.arrayContaining(['796', '166', '168', '006', '055', '113', '112', '839']),
    );
    expect(OKEI_UNITS.find((u) => u.code === '055')).toMatchObject({
      nameRu: 'квадратный метр',
      symbolEn: 'm²',
    });
    expect(createNeedSchema.safeParse({ ...need, unit: '999' }).success).toBe(false);
  });

  it('parses list filters from the query string', () => {
    expect(needListQuerySchema.parse({ status: 'open,draft', critical: 'true', limit: '5' })).toMatchObject({
      status: ['open', 'draft'],
      critical: true,
      limit: 5,
    });
    expect(needListQuerySchema.safeParse({ status: 'open,nope' }).success).toBe(false);
    expect(needListQuerySchema.safeParse({ okpd2: '28.15.10.12' }).success).toBe(false);
    expect(capabilityListQuerySchema.parse({}).active).toBe(true);
    expect(capabilityListQuerySchema.parse({ active: 'all' }).active).toBeUndefined();
  });

  it('dedupes capability codes, regions and analogues', () => {
    const parsed = createCapabilitySchema.parse({
      title: 'Подшипники',
      okpd2: ['28.15', '28.15'],
      monthlyCapacity: '10',
      unit: '796',
      leadTimeDays: 10,
      deliveryRegionCodes: ['62', '62'],
      analogues: ['SKF', 'SKF'],
    });
    expect(parsed).toMatchObject({ okpd2: ['28.15'], deliveryRegionCodes: ['62'], analogues: ['SKF'] });
  });
});

describe('drafts and typed numbers', () => {
  const issues = (result: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('saves a draft with only a title', () => {
    expect(createNeedSchema.parse({ title: 'Втулка бронзовая' })).toMatchObject({
      title: 'Втулка бронзовая',
      publish: false,
    });
  });

  it('names every field a need lacks to be published at once, with the other errors', () => {
    const result = createNeedSchema.safeParse({ title: 'Вт', quantity: '12,5', publish: true });
    expect(issues(result)).toEqual([
      'title: Too small: expected string to have >=3 characters',
      'okpd2: is required',
      'unit: is required',
      'neededBy: is required',
      'deliveryRegionCode: is required',
    ]);
  });

  it('reads a decimal comma, spaces and a currency sign as the API sends them on', () => {
    const parsed = createNeedSchema.parse({ ...need, quantity: '1 200,5', targetUnitPrice: '1 200,50 ₽' });
    expect(parsed).toMatchObject({ quantity: '1200.5', targetUnitPrice: '1200.50' });
    expect(issues(createNeedSchema.safeParse({ ...need, quantity: '1,2,3' }))).toEqual([
      'quantity: must be a decimal with at most 3 decimals',
    ]);
  });

  it('lets a draft clear a field but not a form that publishes', () => {
    expect(updateNeedSchema.safeParse({ okpd2: null }).success).toBe(true);
    expect(issues(completeNeedUpdateSchema.safeParse({ ...need, okpd2: null, unit: null }))).toEqual([
      'okpd2: is required',
      'unit: is required',
    ]);
  });

  it('refuses a needed-by date before the day given, as the server does', () => {
    const schema = withNeededByFrom(createNeedSchema, '2027-03-02');
    expect(issues(schema.safeParse(need))).toEqual(['neededBy: must not be in the past']);
    expect(schema.safeParse({ ...need, neededBy: '2027-03-02' }).success).toBe(true);
  });
});
