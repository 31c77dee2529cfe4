import { trimDecimal } from '@zamena/shared/domain/decimal';
import { MATCH_COMPONENTS, type Match, type MatchComponents } from '@zamena/shared/matching/matching.schemas';
import type { MatchRow } from './matches.query.repo';

/** Stored components as the fixed shape (a missing one reads 0: rows older than a new component). */
export const toComponents = (stored: Record<string, number>): MatchComponents =>
  Object.fromEntries(MATCH_COMPONENTS.map((key) => [key, Number(stored[key] ?? 0)])) as MatchComponents;

export function toMatch(row: MatchRow): Match {
  const { match, need, buyer, capability, manufacturer } = row;
  return {
    id: match.id,
    needId: match.needId,
    capabilityId: match.capabilityId,
    manufacturerOrganizationId: match.manufacturerOrganizationId,
    manufacturer,
    need: {
      id: need.id,
      title: need.title,
      okpd2: need.okpd2,
      quantity: trimDecimal(need.quantity),
      unit: need.unit,
      neededBy: need.neededBy,
      deliveryRegionCode: need.deliveryRegionCode,
      critical: need.critical,
      status: need.status,
      buyer,
    },
    capability,
    // numeric(5,4): four decimals exactly, a number as DESIGN.md §5 shows it.
    score: Number(match.score),
    relevance: Number(match.relevance),
    notified: match.notified,
    components: toComponents(match.components),
    interregional: match.interregional,
    distanceKm: match.distanceKm,
    status: match.status as Match['status'],
    reviewReason: match.reviewReason,
    reviewedAt: match.reviewedAt?.toISOString() ?? null,
    supplierVerdict: (match.supplierVerdict as Match['supplierVerdict']) ?? null,
    supplierVerdictNote: match.supplierVerdictNote,
    createdAt: match.createdAt.toISOString(),
    updatedAt: match.updatedAt.toISOString(),
  };
}
