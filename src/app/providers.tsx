import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/**
 * Retrying can fix a server hiccup or a dropped connection, never a file that is broken or not there: those
 * get their message at once. (By name and status, so this file does not pull the validators into the first bundle.)
 */
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
        // The dataset is a static file shipped with the build: it does not go stale while the page is open.
        staleTime: Infinity,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
        // Panels mount one after another (some lazily); each would otherwise ask again for a file that just failed.
        // Retrying is the Retry button's job.
        retryOnMount: false,
      },
    },
  });
}

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
