import { lazy, Suspense } from 'react';
import { prefetchAfterLoad } from '../../lib/prefetch-after-load';

const loadAnnouncer = () => import('./SelectionAnnouncer');
const SelectionAnnouncer = lazy(() =>
  loadAnnouncer().then((module) => ({ default: module.SelectionAnnouncer })),
);
prefetchAfterLoad(loadAnnouncer);

export function LazySelectionAnnouncer() {
  return (
    <Suspense fallback={null}>
      <SelectionAnnouncer />
    </Suspense>
  );
}
