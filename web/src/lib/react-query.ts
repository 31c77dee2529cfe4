import { QueryClient } from '@tanstack/react-query';
import { isApiError, isApiReachable, NETWORK_UNREACHABLE, subscribeReachability } from './api-client';

const MAX_RETRIES = 2;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // Only a lost connection is worth retrying; a problem document is the server's final word.
      retry: (failureCount, error) => isApiError(error, NETWORK_UNREACHABLE) && failureCount < MAX_RETRIES,
    },
    mutations: { retry: false },
  },
});

// When the API answers again, whatever failed while it was away is fetched again.
subscribeReachability(() => {
  if (isApiReachable())
    void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
});
