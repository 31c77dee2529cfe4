import { QueryClient } from '@tanstack/react-query';
import { isApiError, NETWORK_UNREACHABLE } from './api-client';

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
