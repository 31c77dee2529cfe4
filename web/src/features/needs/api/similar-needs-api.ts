import { useQuery } from '@tanstack/react-query';
import type { SimilarNeeds } from '@zamena/shared/needs/needs.schemas';
import { useDebouncedValue } from '../../../components/ui/use-debounced-value';
import { api } from '../../../lib/api-client';

const TYPING_PAUSE_MS = 400;
/** The shortest title the server looks up (similarRecentQuerySchema). */
const MIN_TITLE = 3;

/** The organization's needs of the last day with a title like the one being typed. */
export function useSimilarRecentNeeds(title: string) {
  const settled = useDebouncedValue(title.trim(), TYPING_PAUSE_MS);
  return useQuery({
    queryKey: ['needs', 'similar-recent', settled],
    queryFn: ({ signal }) =>
      api.get<SimilarNeeds>('/needs/similar-recent', { query: { title: settled }, signal }),
    enabled: settled.length >= MIN_TITLE,
    staleTime: 30_000,
  });
}
