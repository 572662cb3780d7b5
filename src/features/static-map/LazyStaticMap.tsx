import { useT } from '../../i18n';
import { Suspense } from 'react';
import { retryableLazy } from '../../ui/retryable-lazy';

// Only browsers that cannot draw the WebGL map need d3-geo and this drawing.
const StaticMap = retryableLazy(() => import('./StaticMap').then((module) => module.default));

export function LazyStaticMap() {
  const t = useT();
  return (
    <Suspense fallback={<p className="static-map__loading">{t('loading.staticMap')}</p>}>
      <StaticMap />
    </Suspense>
  );
}
