import { describe, expect, it } from 'vitest';
import type { Cell } from './cell-values';
import { CAPABILITY_IMPORT_COLUMNS, matchHeaders, NEED_IMPORT_COLUMNS } from './import-columns';
import { capabilityRowInput, columnKeyOfPath, needRowInput } from './import-rows';

const cells = (values: Record<string, Cell>) => new Map(Object.entries(values));

describe('import headers', () => {
  it('matches Russian and English headers whatever their spacing, case and markers', () => {
    const match = matchHeaders(NEED_IMPORT_COLUMNS, [
      '№',
      'наименование*',
      'OKPD2',
      'Ед.изм. (ОКЕИ)',
      'Срок поставки',
    ]);
    expect([...match.byPosition].map(([position, column]) => [position, column.key])).toEqual([
      [1, 'title'],
      [2, 'okpd2'],
      [3, 'unit'],
      [4, 'neededBy'],
    ]);
    expect(match.missing.map((column) => column.key)).toEqual(['quantity', 'deliveryRegionCode']);
    expect(match.written.get('title')).toBe('наименование*');
  });

  it('maps API error paths back to their columns', () => {
    expect(columnKeyOfPath('okpd2.1')).toBe('okpd2');
    expect(columnKeyOfPath('localization.validUntil')).toBe('localizationValidUntil');
    expect(columnKeyOfPath('buyerOrganizationId')).toBe('buyerInn');
  });
});

describe('import rows', () => {
  const need = {
    title: 'Подшипник 7510',
    okpd2: '28.15.10.120',
    quantity: '1 200',
    unit: 'шт',
    neededBy: '01.03.2030',
    deliveryRegionCode: 62,
  };

  it('turns a need row into the POST /needs input, published by default, the INN aside', () => {
    expect(needRowInput(cells({ ...need, buyerInn: '7707083893' }), NEED_IMPORT_COLUMNS)).toEqual({
      ok: true,
      inn: '7707083893',
      input: {
        title: 'Подшипник 7510',
        description: '',
        okpd2: '28.15.10.120',
        quantity: '1200',
        unit: '796',
        neededBy: '2030-03-01',
        deliveryRegionCode: '62',
        critical: false,
        allowSplitAward: false,
        publish: true,
      },
    });
  });

  it('reports each bad cell once, by the field the API names', () => {
    const result = needRowInput(
      cells({ ...need, quantity: 'много', neededBy: undefined, critical: 'может быть' }),
      NEED_IMPORT_COLUMNS,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'quantity', message: 'must be a number, such as 1200 or 850,50' },
        { path: 'critical', message: 'must be «да» or «нет»' },
        { path: 'neededBy', message: 'is required' },
      ],
    });
  });

  it('builds a capability with lists and its PP 719 localization', () => {
    const result = capabilityRowInput(
      cells({
        title: 'Подшипники',
        okpd2: '28.15.10.120; 28.15.10.123',
        monthlyCapacity: 5000,
        unit: '796',
        leadTimeDays: '45',
        analogues: 'SKF 32210; FAG 32210',
        pp719RegistryNumber: '10123456',
        localizationValidUntil: '31.12.2030',
      }),
      CAPABILITY_IMPORT_COLUMNS,
    );
    expect(result).toMatchObject({
      ok: true,
      input: {
        okpd2: ['28.15.10.120', '28.15.10.123'],
        monthlyCapacity: '5000',
        leadTimeDays: 45,
        deliveryRegionCodes: [],
        analogues: ['SKF 32210', 'FAG 32210'],
        localization: { pp719RegistryNumber: '10123456', validUntil: '2030-12-31' },
      },
    });
  });
});
