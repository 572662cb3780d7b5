import { useT } from '../../i18n';
import { Suspense } from 'react';
import { prefetchWhenSettled } from '../../lib/prefetch-when-settled';
import { retryableLazy } from '../../ui/retryable-lazy';
import { useAtlasStore } from '../../store/atlas-store';

// Few readers measure, so the panel stays out of the first bundle.
const loadPanel = () => import('./MeasurePanel');
const MeasurePanel = retryableLazy(() => loadPanel().then((module) => module.MeasurePanel));
prefetchWhenSettled(loadPanel);

export function MeasureTool() {
  const t = useT();
  const measuring = useAtlasStore((state) => state.measuring);
  if (!measuring) return null;
  return (
    <Suspense fallback={<p className="measure">{t('loading.measure')}</p>}>
      <MeasurePanel />
    </Suspense>
  );
}
