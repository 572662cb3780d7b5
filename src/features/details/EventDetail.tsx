import { useT } from '../../i18n';
import { Suspense } from 'react';
import { prefetchWhenSettled } from '../../lib/prefetch-when-settled';
import { retryableLazy } from '../../ui/retryable-lazy';

const loadPanel = () => import('./EventDetailPanel');
const EventDetailPanel = retryableLazy(() => loadPanel().then((module) => module.EventDetailPanel));
prefetchWhenSettled(loadPanel);

export function EventDetail({ id }: { id: string }) {
  const t = useT();
  return (
    <Suspense fallback={<p className="detail">{t('loading.incident')}</p>}>
      <EventDetailPanel id={id} />
    </Suspense>
  );
}
