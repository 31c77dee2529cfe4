import type { RegionAnalytics } from '@zamena/shared/analytics/analytics.schemas';
import { magnitude } from './analytics-format';

/** The figures a reader can colour the map by; each is also a column of the regions table. */
export const MAP_FIGURES = [
  'openNeeds',
  'openValue',
  'capabilities',
  'matchedShare',
  'ordersIn',
  'ordersOut',
] as const;
export type MapFigure = (typeof MAP_FIGURES)[number];

export const isMapFigure = (value: string): value is MapFigure =>
  (MAP_FIGURES as readonly string[]).includes(value);

/** The number a tile's colour follows; null when there is nothing to measure (a share of no needs). */
export function figureValue(region: RegionAnalytics, figure: MapFigure): number | null {
  switch (figure) {
    case 'openNeeds':
      return region.openNeeds;
    case 'capabilities':
      return region.capabilities;
    case 'openValue':
      return magnitude(region.openValue);
    case 'matchedShare':
      return region.matchedShare;
    case 'ordersIn':
      return magnitude(region.ordersIn.value);
    case 'ordersOut':
      return magnitude(region.ordersOut.value);
  }
}

export type Kind = 'count' | 'money' | 'share';
export const kindOf = (figure: MapFigure): Kind =>
  figure === 'openNeeds' || figure === 'capabilities'
    ? 'count'
    : figure === 'matchedShare'
      ? 'share'
      : 'money';

/** Equal-width classes from zero to the largest value; whole numbers get no more classes than values. */
export type Scale = { kind: Kind; max: number; classes: number };

export const SHADES = 5;

export function scaleOf(values: ReadonlyArray<number | null>, figure: MapFigure): Scale {
  const kind = kindOf(figure);
  const max = kind === 'share' ? 1 : Math.max(0, ...values.map((value) => value ?? 0));
  const classes = max === 0 ? 0 : kind === 'count' ? Math.min(SHADES, max) : SHADES;
  return { kind, max, classes };
}

/** 0 for nothing, 1…classes by size, null for no figure at all. */
export function classOf(value: number | null, scale: Scale): number | null {
  if (value === null) return null;
  if (value <= 0 || scale.classes === 0) return 0;
  return Math.min(scale.classes, Math.max(1, Math.ceil((value / scale.max) * scale.classes)));
}

/** The palette step (0…SHADES) of a class, spread over the whole palette when there are fewer classes. */
export const shadeOf = (cls: number, scale: Scale): number =>
  cls === 0 ? 0 : Math.round((cls * SHADES) / scale.classes);

/** The values a class covers: whole numbers for counts, else the class's bounds. */
export function classRange(cls: number, scale: Scale): { from: number; to: number } {
  const from = ((cls - 1) / scale.classes) * scale.max;
  const to = (cls / scale.classes) * scale.max;
  return scale.kind === 'count' ? { from: Math.floor(from) + 1, to: Math.floor(to) } : { from, to };
}
