import { Suspense } from 'react';
import { retryableLazy } from '../../ui/retryable-lazy';

// d3-geo and the drawing code load only for the few readers whose browser cannot draw the WebGL map.
const StaticMap = retryableLazy(() => import('./StaticMap').then((module) => module.default));

export function LazyStaticMap() {
  return (
    <Suspense fallback={<p className="static-map__loading">Drawing a simpler map…</p>}>
      <StaticMap />
    </Suspense>
  );
}
