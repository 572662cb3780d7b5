import { lazy, Suspense } from 'react';
import { useT } from '../../i18n';
import { prefetchAfterLoad } from '../../lib/prefetch-after-load';

// The legend is closed until a reader opens it, so its tables and glyphs arrive after first paint.
const loadLegend = () => import('./Legend');
const Legend = lazy(() => loadLegend().then((module) => ({ default: module.Legend })));
prefetchAfterLoad(loadLegend);

export function LazyLegend() {
  const t = useT();
  return (
    <Suspense
      fallback={
        <details className="legend">
          <summary>{t('legend.toggle')}</summary>
        </details>
      }
    >
      <Legend />
    </Suspense>
  );
}
