import { QueryClient } from '@tanstack/react-query';
import {
  ApiError,
  isApiError,
  isApiReachable,
  NETWORK_UNREACHABLE,
  RATE_LIMITED,
  subscribeReachability,
} from './api-client';
import { rateLimitedUntil, subscribeRateLimit } from './rate-limit-notice';

const MAX_RETRIES = 2;
/** A query waits out this many "too many requests" answers before it shows its error. */
const MAX_RATE_LIMITED_RETRIES = 3;
/** TanStack Query's own back-off, kept for lost connections. */
const backOff = (failureCount: number) => Math.min(1000 * 2 ** failureCount, 30_000);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // A lost connection and "too many requests" are worth retrying; any other problem document is
      // the server's final word.
      retry: (failureCount, error) =>
        (isApiError(error, NETWORK_UNREACHABLE) && failureCount < MAX_RETRIES) ||
        (isApiError(error, RATE_LIMITED) && failureCount < MAX_RATE_LIMITED_RETRIES),
      // After a 429 the query asks again once the wait the server named is over, not before.
      retryDelay: (failureCount, error) =>
        error instanceof ApiError && error.retryAfterSeconds !== undefined
          ? error.retryAfterSeconds * 1000
          : backOff(failureCount),
    },
    mutations: { retry: false },
  },
});

const refetchFailed = () =>
  void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });

// When the API answers again, or a rate limit's wait is over, whatever failed meanwhile is fetched again.
subscribeReachability(() => {
  if (isApiReachable()) refetchFailed();
});
subscribeRateLimit(() => {
  if (rateLimitedUntil() === null) refetchFailed();
});
