import {
  FIT_COMPONENTS,
  type MatchComponent,
  RELEVANCE_COMPONENTS,
} from '@zamena/shared/matching/matching.schemas';

export type MatchComponentGroup = 'relevance' | 'fit';

/** The score's parts in the server's order, split as people read them: is it the product, then the terms. */
export const MATCH_COMPONENT_GROUPS: Readonly<Record<MatchComponentGroup, readonly MatchComponent[]>> = {
  relevance: RELEVANCE_COMPONENTS,
  fit: FIT_COMPONENTS,
};
