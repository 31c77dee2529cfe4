import type { RegionAnalytics } from '@zamena/shared/analytics/analytics.schemas';
import type { TFunction } from 'i18next';
import { formatMoney } from '../../../components/ui/format';
import { formatShare } from './analytics-format';
import type { MapFigure } from './map-scale';

export type Fact = { figure: MapFigure; label: string; value: string };

/** A region's figures as label–value pairs: one list for a tile's spoken name and its visible card. */
export function regionFacts(region: RegionAnalytics, t: TFunction, language: string): Fact[] {
  const orders = ({ count, value }: { count: number; value: string }) =>
    count === 0 ? '0' : t('analytics.map.ordersFigure', { count, value: formatMoney(value, language) });
  return [
    { figure: 'openNeeds', label: t('analytics.map.openNeeds'), value: String(region.openNeeds) },
    {
      figure: 'openValue',
      label: t('analytics.map.openValue'),
      value: formatMoney(region.openValue, language),
    },
    { figure: 'capabilities', label: t('analytics.map.capabilities'), value: String(region.capabilities) },
    {
      figure: 'matchedShare',
      label: t('analytics.map.matchedShare'),
      value: region.matchedShare === null ? '—' : formatShare(region.matchedShare, language),
    },
    { figure: 'ordersIn', label: t('analytics.map.ordersIn'), value: orders(region.ordersIn) },
    { figure: 'ordersOut', label: t('analytics.map.ordersOut'), value: orders(region.ordersOut) },
  ];
}

/** What a screen reader says on a tile: the chosen figure first, then the rest. */
export function spokenFacts(name: string, facts: Fact[], first: MapFigure): string {
  const ordered = [...facts].sort((a, b) => Number(b.figure === first) - Number(a.figure === first));
  return `${name}. ${ordered.map((fact) => `${fact.label}: ${fact.value}`).join('; ')}`;
}
