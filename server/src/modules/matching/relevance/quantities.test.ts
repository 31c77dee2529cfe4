import { describe, expect, it } from 'vitest';
import { conflictingDimensions, readQuantities, withoutQuantities } from './quantities';

const one = (text: string) => readQuantities(text).map(({ dimension, min, max }) => [dimension, min, max]);

describe('sizes and ratings read from text', () => {
  it('reads values, ranges and lists in base units', () => {
    expect(one('Двигатель 15 кВт')).toEqual([['power', 15_000, 15_000]]);
    expect(one('котлы 0,5–10 МВт')).toEqual([['power', 500_000, 10_000_000]]);
    expect(one('трансформаторы 6(10)/0,4 кВ')).toEqual([
      ['voltage', 6000, 6000],
      ['voltage', 10_000, 10_000],
      ['voltage', 400, 400],
    ]);
    expect(one('рельсы 1200 и 2000 мм')).toEqual([
      ['length', 1200, 1200],
      ['length', 2000, 2000],
    ]);
    expect(one('шпиндели 6 000–24 000 об/мин')).toEqual([['speed', 6000, 24_000]]);
  });

  it('reads bounds, and nominal diameter and pressure written before the number', () => {
    expect(one('массой до 25 т')).toEqual([['mass', 0, 25_000_000]]);
    expect(one('не менее 1,6 МПа')).toEqual([['pressure', 16, Infinity]]);
    expect(one('Задвижка DN150 PN16')).toEqual([
      ['nominal-diameter', 150, 150],
      ['pressure', 16, 16],
    ]);
    expect(one('DN50–DN400')).toEqual([['nominal-diameter', 50, 400]]);
  });

  it('does not take designations, prepositions or conjunctions for sizes', () => {
    // "К 80-50-200" is a pump designation; "в" after a number is a preposition, "а" a conjunction.
    expect(one('Насос К 80-50-200, 50 м³/ч')).toEqual([['flow', 50 / 60, 50 / 60]]);
    expect(one('Поставка 3 в месяц, 2 а не 3')).toEqual([]);
    expect(one('Реле РП-21 и муфта HE221W')).toEqual([]);
    expect(withoutQuantities('Кабель 4x16 0,66 кВ')).not.toContain('0,66');
  });

  it('finds the dimensions two texts state with no value in common, with a little slack', () => {
    const of = (text: string) => readQuantities(text);
    expect(conflictingDimensions(of('КРУ 35 кВ'), of('ячейки 6–10 кВ'))).toEqual(['voltage']);
    expect(conflictingDimensions(of('10 кВ'), of('6(10) кВ'))).toEqual([]);
    expect(conflictingDimensions(of('диск 430 мм'), of('диски 400 мм'))).toEqual(['length']);
    expect(conflictingDimensions(of('0,4 кВ'), of('400 В'))).toEqual([]);
    // A dimension only one side states rules nothing out.
    expect(conflictingDimensions(of('насос 50 м³/ч'), of('насосы 15 кВт'))).toEqual([]);
  });
});
