import { lazy, Suspense } from 'react';
import { prefetchWhenSettled } from '../../lib/prefetch-when-settled';

const loadView = () => import('./CorrectionsView');
const CorrectionsView = lazy(() => loadView().then((module) => ({ default: module.CorrectionsView })));
prefetchWhenSettled(loadView);

export function LazyCorrectionsView() {
  return (
    <Suspense fallback={null}>
      <CorrectionsView />
    </Suspense>
  );
}
