import { describe, expect, it } from 'vitest';
import { type Cell, regionLookup } from './cell-values';
import { CAPABILITY_IMPORT_COLUMNS, matchHeaders, NEED_IMPORT_COLUMNS } from './import-columns';
import { capabilityRowInput, columnKeyOfPath, needRowInput } from './import-rows';

const cells = (values: Record<string, Cell>) => new Map(Object.entries(values));
const context = {
  regions: regionLookup([{ code: '62', names: ['Рязанская обл', 'Рязанская область'] }]),
  today: '2027-01-15',
};

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
    expect(needRowInput(cells({ ...need, buyerInn: '7707083893' }), NEED_IMPORT_COLUMNS, context)).toEqual({
      problems: [],
      inn: '7707083893',
      okpd2: ['28.15.10.120'],
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

  it('reports every problem of a row at once, each cell once, by the field the API names', () => {
    const result = needRowInput(
      cells({
        title: 'Пб',
        okpd2: '28-15',
        tnved: '84-82',
        quantity: '−5',
        unit: 'бочка',
        targetUnitPrice: '850,555',
        neededBy: '31.02.2030',
        deliveryRegionCode: 'Атлантида',
        critical: 'может быть',
        buyerInn: '123',
      }),
      NEED_IMPORT_COLUMNS,
      context,
    );
    expect(result.input).toBeUndefined();
    expect(result.problems.map(({ path, code }) => [path, code])).toEqual([
      ['title', 'too_short'],
      ['okpd2', 'bad_okpd2'],
      ['tnved', 'bad_tnved'],
      ['quantity', 'not_positive'],
      ['unit', 'unknown_unit'],
      ['targetUnitPrice', 'too_many_decimals'],
      ['neededBy', 'not_a_date'],
      ['deliveryRegionCode', 'unknown_region'],
      ['critical', 'not_yes_no'],
      ['buyerOrganizationId', 'bad_inn'],
    ]);
    expect(result.problems.find((problem) => problem.path === 'targetUnitPrice')?.params).toEqual({ max: 2 });
  });

  it('says an empty required cell is required and a passed date has passed', () => {
    const result = needRowInput(
      cells({ ...need, quantity: ' ', neededBy: '14.01.2027' }),
      NEED_IMPORT_COLUMNS,
      context,
    );
    expect(result.problems).toEqual([
      { path: 'quantity', code: 'required' },
      { path: 'neededBy', code: 'date_in_past' },
    ]);
  });

  it('accepts the region by the name the client shows and the unit as the template lists it', () => {
    const result = needRowInput(
      cells({ ...need, deliveryRegionCode: 'Рязанская область', unit: 'пар — пара (715)' }),
      NEED_IMPORT_COLUMNS,
      context,
    );
    expect(result.input).toMatchObject({ deliveryRegionCode: '62', unit: '715' });
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
      context,
    );
    expect(result).toMatchObject({
      problems: [],
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
