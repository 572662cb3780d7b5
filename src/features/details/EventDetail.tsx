import { useT } from '../../i18n';
import { Suspense } from 'react';
import { prefetchAfterLoad } from '../../lib/prefetch-after-load';
import { retryableLazy } from '../../ui/retryable-lazy';

const loadPanel = () => import('./EventDetailPanel');
const EventDetailPanel = retryableLazy(() => loadPanel().then((module) => module.EventDetailPanel));
prefetchAfterLoad(loadPanel);

export function EventDetail({ id }: { id: string }) {
  const t = useT();
  return (
    <Suspense fallback={<p className="detail">{t('loading.incident')}</p>}>
      <EventDetailPanel id={id} />
    </Suspense>
  );
}
