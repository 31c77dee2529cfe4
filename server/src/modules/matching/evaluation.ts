import type { MatchComponents } from '@zamena/shared/matching/matching.schemas';
import { combine, type Weights } from './scoring';

export type ReviewedMatch = {
  needId: string;
  capabilityId: string;
  components: MatchComponents;
  approved: boolean;
};

export type NeedPrecision = { needId: string; reviewed: number; relevant: number; precision: number };

/**
 * precision@k of a set of weights against the analysts' reviews (approved = relevant): each need's
 * reviewed matches are ranked by the score the weights give their stored components, and the share of
 * approved ones among the first k (or fewer, when fewer were reviewed) is its precision. Unreviewed
 * matches are left out: their relevance is unknown.
 */
export function precisionAtK(reviewed: ReviewedMatch[], weights: Weights, k = 5) {
  const byNeed = new Map<string, ReviewedMatch[]>();
  for (const match of reviewed) byNeed.set(match.needId, [...(byNeed.get(match.needId) ?? []), match]);
  const perNeed: NeedPrecision[] = [...byNeed].map(([needId, items]) => {
    const top = items
      .map((item) => ({ item, score: combine(item.components, weights) }))
      .sort((a, b) => b.score - a.score || a.item.capabilityId.localeCompare(b.item.capabilityId))
      .slice(0, k);
    const relevant = top.filter(({ item }) => item.approved).length;
    return { needId, reviewed: items.length, relevant, precision: relevant / top.length };
  });
  const slots = perNeed.reduce((sum, need) => sum + Math.min(k, need.reviewed), 0);
  return {
    perNeed,
    /** Mean of the needs' precision (each need counts once). */
    macro: perNeed.length
      ? perNeed.reduce((sum, need) => sum + need.precision, 0) / perNeed.length
      : Number.NaN,
    /** Relevant among all top-k slots (needs with more reviews count more). */
    micro: slots ? perNeed.reduce((sum, need) => sum + need.relevant, 0) / slots : Number.NaN,
  };
}
