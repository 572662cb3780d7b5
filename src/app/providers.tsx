import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { VisibleEventsProvider } from '../data/visible-events';
import { MapControllerProvider } from '../map/controller/map-controller-context';

/** Errors are told by name and status, so the validators stay out of the first bundle. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error.name === 'DatasetError' || (error as { timedOut?: unknown }).timedOut === true) return false;
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429)
    return false;
  return failureCount < 3;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A static file shipped with the build does not go stale while the page is open.
        staleTime: Infinity,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
        // Panels mount one after another; each would ask again for a file that just failed. Retry is the
        // button's job.
        retryOnMount: false,
      },
    },
  });
}

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <VisibleEventsProvider>
        <MapControllerProvider>{children}</MapControllerProvider>
      </VisibleEventsProvider>
    </QueryClientProvider>
  );
}
