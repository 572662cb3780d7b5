import { lazy, Suspense } from 'react';

// d3-geo and the drawing code load only for the few readers whose browser cannot draw the WebGL map.
const StaticMap = lazy(() => import('./StaticMap'));

export function LazyStaticMap() {
  return (
    <Suspense fallback={<p className="static-map__loading">Drawing a simpler map…</p>}>
      <StaticMap />
    </Suspense>
  );
}
