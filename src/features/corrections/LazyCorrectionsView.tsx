import { lazy, Suspense } from 'react';
import { prefetchAfterLoad } from '../../lib/prefetch-after-load';

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
