import { lazy, Suspense } from 'react';
import { prefetchAfterLoad } from '../../lib/prefetch-after-load';

// Nothing is announced before a reader selects something, so the announcer arrives after first paint.
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
