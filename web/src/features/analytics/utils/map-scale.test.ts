import type { RegionAnalytics } from '@zamena/shared/analytics/analytics.schemas';
import { describe, expect, it } from 'vitest';
import { classOf, classRange, figureValue, scaleOf, shadeOf } from './map-scale';

const region = (overrides: Partial<RegionAnalytics>): RegionAnalytics => ({
  code: '62',
  nameRu: 'Рязанская обл',
  nameEn: 'Ryazan Oblast',
  federalDistrict: 'central',
  lat: 54.6,
  lon: 39.7,
  needs: 0,
  openNeeds: 0,
  openValue: '0',
  capabilities: 0,
  matchedShare: null,
  ordersIn: { count: 0, value: '0' },
  ordersOut: { count: 0, value: '0' },
  ...overrides,
});

describe('the map colour scale', () => {
  it('gives whole-number figures no more classes than values, spread over the palette', () => {
    const scale = scaleOf([0, 1, 3], 'openNeeds');
    expect(scale.classes).toBe(3);
    expect([0, 1, 2, 3].map((n) => classOf(n, scale))).toEqual([0, 1, 2, 3]);
    expect([1, 2, 3].map((cls) => shadeOf(cls, scale))).toEqual([2, 3, 5]);
    expect(classRange(2, scale)).toEqual({ from: 2, to: 2 });
  });

  it('splits money into five equal classes up to the largest value', () => {
    const values = ['0', '1000.00', '5000.00'].map((openValue) =>
      figureValue(region({ openValue }), 'openValue'),
    );
    const scale = scaleOf(values, 'openValue');
    expect(scale).toEqual({ kind: 'money', max: 5000, classes: 5 });
    expect(values.map((value) => classOf(value, scale))).toEqual([0, 1, 5]);
    expect(classRange(1, scale)).toEqual({ from: 0, to: 1000 });
  });

  it('keeps a share of no needs apart from a share of zero', () => {
    const scale = scaleOf([null, 0, 0.5], 'matchedShare');
    expect(scale.max).toBe(1);
    expect(classOf(figureValue(region({ matchedShare: null }), 'matchedShare'), scale)).toBeNull();
    expect(classOf(0, scale)).toBe(0);
    expect(classOf(0.5, scale)).toBe(3);
  });

  it('has no classes when nothing is there yet', () => {
    const scale = scaleOf([0, 0], 'capabilities');
    expect(scale.classes).toBe(0);
    expect(classOf(0, scale)).toBe(0);
  });
});
