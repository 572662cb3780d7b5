import type { ExpressionSpecification } from 'maplibre-gl';
import { dayNumber } from '../../lib/dates';

export interface MapEventFilters {
  categories: readonly string[];
  threads: readonly string[];
  timeWindow: { start: string; end: string } | null;
  /** Null when there is no search. */
  matchingIds: readonly string[] | null;
}

export function hasActiveFilter(filters: MapEventFilters): boolean {
  return Boolean(
    filters.categories.length || filters.threads.length || filters.timeWindow || filters.matchingIds,
  );
}

/** A filter costs the GPU a re-filter, never a source rebuild, which keeps brushing smooth at 100k events. */
export function eventFilterExpression(filters: MapEventFilters): ExpressionSpecification {
  const clauses: ExpressionSpecification[] = [];
  if (filters.categories.length)
    clauses.push(['in', ['get', 'category'], ['literal', [...filters.categories]]]);
  if (filters.threads.length) clauses.push(['in', ['get', 'thread'], ['literal', [...filters.threads]]]);
  if (filters.timeWindow) {
    clauses.push(['>=', ['get', 'endDay'], dayNumber(filters.timeWindow.start)]);
    clauses.push(['<=', ['get', 'day'], dayNumber(filters.timeWindow.end)]);
  }
  if (filters.matchingIds) clauses.push(['in', ['get', 'id'], ['literal', [...filters.matchingIds]]]);
  return clauses.length ? ['all', ...clauses] : ['boolean', true];
}
