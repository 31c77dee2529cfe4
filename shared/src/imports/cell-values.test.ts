import { describe, expect, it } from 'vitest';
import type { Parsed } from './cell-values';
import {
  numberToString,
  regionLookup,
  toBoolean,
  toCode,
  toRegion,
  toRegionList,
  toDate,
  toDecimal,
  toInn,
  toInteger,
  toList,
  toTnved,
  toUnit,
} from './cell-values';

const value = <T>(parsed: Parsed<T>) => (parsed.ok ? parsed.value : `error: ${parsed.problem.code}`);

describe('spreadsheet cells', () => {
  it('reads decimals with a comma or a dot, spaces and thousands separators, never through binary noise', () => {
    expect(value(toDecimal('1 200,50'))).toBe('1200.50');
    expect(value(toDecimal('1\u00a0200.5'))).toBe('1200.5');
    expect(value(toDecimal('1,200.50'))).toBe('1200.50');
    expect(value(toDecimal('1.200,50'))).toBe('1200.50');
    expect(value(toDecimal(0.1 + 0.2))).toBe('0.3');
    expect(value(toDecimal(850.5))).toBe('850.5');
    expect(value(toDecimal(''))).toBeUndefined();
    expect(value(toDecimal('много'))).toMatch(/^error/);
    expect(numberToString(1e21)).toBe('1000000000000000000000');
  });

  it('reads whole numbers only where whole days are meant', () => {
    expect(value(toInteger('45'))).toBe(45);
    expect(value(toInteger(45))).toBe(45);
    expect(value(toInteger('45,5'))).toMatch(/^error/);
  });

  it('reads dd.mm.yyyy, ISO dates, Excel serials and date cells; refuses impossible days', () => {
    expect(value(toDate('01.03.2030'))).toBe('2030-03-01');
    expect(value(toDate('1/3/2030'))).toBe('2030-03-01');
    expect(value(toDate('2030-03-01'))).toBe('2030-03-01');
    expect(value(toDate('2030-03-01T00:00:00Z'))).toBe('2030-03-01');
    expect(value(toDate(47_543))).toBe('2030-03-01');
    expect(value(toDate('47543'))).toBe('2030-03-01');
    expect(value(toDate(new Date(Date.UTC(2030, 2, 1))))).toBe('2030-03-01');
    expect(value(toDate('31.02.2030'))).toMatch(/^error/);
    expect(value(toDate('завтра'))).toMatch(/^error/);
    expect(value(toDate(12))).toMatch(/^error/);
  });

  it('reads «да/нет» in their usual spellings', () => {
    for (const yes of ['да', 'Да', 'yes', 'TRUE', '1', '+', true]) expect(value(toBoolean(yes))).toBe(true);
    for (const no of ['нет', 'No', 'false', '0', '-', 0, false]) expect(value(toBoolean(no))).toBe(false);
    expect(value(toBoolean(' '))).toBeUndefined();
    expect(value(toBoolean('может быть'))).toMatch(/^error/);
  });

  it('restores the leading zeros Excel drops from codes', () => {
    expect(value(toCode(1, 2))).toBe('01');
    expect(value(toCode('62', 2))).toBe('62');
    expect(value(toTnved(101210000))).toBe('0101210000');
    expect(value(toTnved('8482 20 000 9'))).toBe('8482200009');
    expect(value(toInn(770708389))).toBe('0770708389');
    expect(value(toInn('7707083893'))).toBe('7707083893');
    expect(value(toInn('123'))).toMatch(/^error/);
  });

  it('splits lists on «;» and reads units by code, symbol or name', () => {
    expect(value(toList('SKF 32210; FAG 32210;;'))).toEqual(['SKF 32210', 'FAG 32210']);
    expect(value(toUnit('шт.'))).toBe('796');
    expect(value(toUnit(6))).toBe('006');
    expect(value(toUnit('Компл.'))).toBe('839');
    expect(value(toUnit('м²'))).toBe('055');
    expect(value(toUnit('kg'))).toBe('166');
    expect(value(toUnit('пог. м'))).toBe('018');
    expect(value(toUnit('пар'))).toBe('715');
    expect(value(toUnit('шт — штука (796)'))).toBe('796');
    expect(value(toUnit('бочка'))).toBe('error: unknown_unit');
  });

  it('reads a minus however it was typed, so −5 is a negative number and not "not a number"', () => {
    expect(value(toDecimal('−5'))).toBe('-5');
    expect(value(toDecimal('–5'))).toBe('-5');
    expect(toDecimal('5 шт')).toEqual({
      ok: false,
      problem: { code: 'not_a_number', params: { value: '5 шт' } },
    });
  });

  it('reads regions by code, by either spelling of the name, and as the template lists them', () => {
    const regions = regionLookup([
      { code: '01', names: ['Респ Адыгея', 'Республика Адыгея', 'Adygeya Republic'] },
      { code: '62', names: ['Рязанская обл', 'Рязанская область', 'Ryazan Oblast'] },
    ]);
    expect(value(toRegion(1, regions))).toBe('01');
    expect(value(toRegion('Республика Адыгея', regions))).toBe('01');
    expect(value(toRegion('респ адыгея', regions))).toBe('01');
    expect(value(toRegion('62 — Рязанская область', regions))).toBe('62');
    expect(value(toRegion('99', regions))).toBe('error: unknown_region');
    expect(value(toRegion('Атлантида', regions))).toBe('error: unknown_region');
    expect(value(toRegionList('1; Рязанская область', regions))).toEqual(['01', '62']);
  });
});
