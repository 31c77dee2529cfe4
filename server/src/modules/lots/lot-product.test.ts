import { describe, expect, it } from 'vitest';
import { lotProductOf } from './lot-product';

const of = (title: string, description = '') => lotProductOf({ title, description, replaces: null });

describe('lotProductOf', () => {
  it('tells needle, tapered and ball bearings apart, and reads Russian and English alike', () => {
    const needle = of('Подшипник игольчатый НК 25/20');
    const tapered = of('Подшипник роликовый конический 7208');
    const ball = of('Подшипник шариковый 6205');
    expect(new Set([needle.productKey, tapered.productKey, ball.productKey]).size).toBe(3);
    expect(of('Tapered roller bearing 32208').productKey).toBe(tapered.productKey);
    expect(of('Needle bearing HK2016').productKey).toBe(needle.productKey);
    expect(needle.productConcepts).toEqual(['=игольчат']);
  });

  it('keeps sizes and series out of the product and in the line', () => {
    const a = of('Подшипник игольчатый НК 25/20');
    const b = of('Подшипники игольчатые НК 25/16');
    expect(a.productKey).toBe(b.productKey);
    expect(a).toMatchObject({ productName: 'Подшипник игольчатый', lineName: 'НК 25/20' });
    expect(a.lineKey).not.toBe(b.lineKey);
    // What a need is for is not its size: one line.
    expect(of('Подшипник 7510 для региона 62').lineKey).toBe(of('Подшипник 7510 для региона 66').lineKey);
    expect(of('Болты анкерные')).toMatchObject({ lineKey: '', lineName: '' });
  });

  it('does not pool different products named by one head noun', () => {
    expect(of('Диск тормозной').productKey).not.toBe(of('Диск отрезной').productKey);
    expect(of('Трансформатор сухой 1000 кВА').productKey).not.toBe(
      of('Трансформатор масляный 1000 кВА').productKey,
    );
  });
});
