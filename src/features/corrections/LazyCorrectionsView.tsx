import { lazy, Suspense } from 'react';
import { prefetchAfterLoad } from '../../lib/prefetch-after-load';

// The corrections sit below the list and downloads, so their code arrives after the page has loaded.
const loadView = () => import('./CorrectionsView');
const CorrectionsView = lazy(() => loadView().then((module) => ({ default: module.CorrectionsView })));
prefetchAfterLoad(loadView);

export function LazyCorrectionsView() {
  return (
    <Suspense fallback={null}>
      <CorrectionsView />
    </Suspense>
  );
}
