import type { ReactNode } from 'react';
import { useEventsLoading } from '../../data/visible-events';

/** Sections under the list wait for the events, so the list filling in never pushes them out from under the reader. */
export function BelowTheList({ children }: { children: ReactNode }) {
  return useEventsLoading() ? null : children;
}
