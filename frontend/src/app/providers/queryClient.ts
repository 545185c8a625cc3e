import { QueryClient } from '@tanstack/react-query';

/**
 * Server state for the whole SPA. A failed load shows its error with a Retry button at once
 * rather than after silent retries, and an open meeting is not refetched on every tab switch.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
    },
  });
}
