import { lazy, Suspense } from 'react';
import { prefetchWhenSettled } from '../../lib/prefetch-when-settled';

const loadAnnouncer = () => import('./SelectionAnnouncer');
const SelectionAnnouncer = lazy(() =>
  loadAnnouncer().then((module) => ({ default: module.SelectionAnnouncer })),
);
prefetchWhenSettled(loadAnnouncer);

export function LazySelectionAnnouncer() {
  return (
    <Suspense fallback={null}>
      <SelectionAnnouncer />
    </Suspense>
  );
}
