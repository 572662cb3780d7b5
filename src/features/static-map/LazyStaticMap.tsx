import { useT } from '../../i18n';
import { Suspense } from 'react';
import { retryableLazy } from '../../ui/retryable-lazy';

// d3-geo and the drawing code load only for the few readers whose browser cannot draw the WebGL map.
const StaticMap = retryableLazy(() => import('./StaticMap').then((module) => module.default));

export function LazyStaticMap() {
  const t = useT();
  return (
    <Suspense fallback={<p className="static-map__loading">{t('loading.staticMap')}</p>}>
      <StaticMap />
    </Suspense>
  );
}
