import type { EventFeature } from '../../data/event-schema';
import { useAtlasStore } from '../../store/atlas-store';
import { useVisibleEvents } from '../../data/use-dataset';
import { downloadText } from '../../lib/download';
import { prefetchAfterLoad } from '../../lib/prefetch-after-load';
import { useT } from '../../i18n';

// The serialisers are only needed on a click, so they arrive after the page has loaded, not before first paint.
const loadSerialisers = () => import('../../data/export-events');
prefetchAfterLoad(loadSerialisers);

async function downloadCsv(events: EventFeature[], stamp: string) {
  const { eventsToCsv } = await loadSerialisers();
  downloadText(eventsToCsv(events), `flashpoint-atlas-${stamp}.csv`, 'text/csv;charset=utf-8');
}

async function downloadGeoJson(events: EventFeature[], stamp: string) {
  const { eventsToGeoJson } = await loadSerialisers();
  downloadText(
    eventsToGeoJson(events, { exported: stamp, source: 'Flashpoint Atlas' }),
    `flashpoint-atlas-${stamp}.geojson`,
    'application/geo+json',
  );
}

/** Downloads exactly what the reader is looking at: the filtered events, in story order. */
export function ExportMenu() {
  const t = useT();
  const events = useVisibleEvents();
  const requestSnapshot = useAtlasStore((state) => state.requestSnapshot);
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section className="export" aria-labelledby="export-title">
      <h2 id="export-title" className="panel-heading">
        {t('export.heading', { count: events.length })}
      </h2>
      <div className="export__buttons">
        <button
          type="button"
          className="button"
          disabled={!events.length}
          onClick={() => void downloadCsv(events, stamp)}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!events.length}
          onClick={() => void downloadGeoJson(events, stamp)}
        >
          {t('export.geojson')}
        </button>
        <button type="button" className="button" onClick={requestSnapshot}>
          {t('export.png')}
        </button>
      </div>
    </section>
  );
}
