import type { EventFeature } from '../../data/event-schema';
import { useMapController } from '../../map/controller/map-controller-context';
import { useEventsQuery } from '../../data/use-dataset';
import { useVisibleEvents } from '../../data/visible-events';
import { useT } from '../../i18n';
import { downloadText } from '../../lib/download';
import { prefetchWhenSettled } from '../../lib/prefetch-when-settled';
import { datasetFileTag, datasetLine, type DatasetIdentity } from '../../data/dataset-identity';

const loadSerialisers = () => import('../../data/export-events');
prefetchWhenSettled(loadSerialisers);

const fileName = (stamp: string, dataset: DatasetIdentity, extension: string) =>
  `flashpoint-atlas-${datasetFileTag(dataset)}${stamp}.${extension}`;

async function downloadCsv(events: readonly EventFeature[], stamp: string, dataset: DatasetIdentity) {
  const { eventsToCsv } = await loadSerialisers();
  downloadText(eventsToCsv(events), fileName(stamp, dataset, 'csv'), 'text/csv;charset=utf-8');
}

async function downloadGeoJson(events: readonly EventFeature[], stamp: string, dataset: DatasetIdentity) {
  const { eventsToGeoJson } = await loadSerialisers();
  const identity = Object.fromEntries(Object.entries(dataset).filter(([, value]) => value !== undefined));
  downloadText(
    eventsToGeoJson(events, { exported: stamp, source: 'Flashpoint Atlas', ...identity }),
    fileName(stamp, dataset, 'geojson'),
    'application/geo+json',
  );
}

export function ExportMenu() {
  const t = useT();
  const events = useVisibleEvents();
  const controller = useMapController();
  const stamp = new Date().toISOString().slice(0, 10);
  const { version, updated } = useEventsQuery().data ?? {};
  const dataset = { version, updated };
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
          onClick={() => void downloadCsv(events, stamp, dataset)}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!events.length}
          onClick={() => void downloadGeoJson(events, stamp, dataset)}
        >
          {t('export.geojson')}
        </button>
        <button type="button" className="button" onClick={() => void controller?.downloadSnapshot()}>
          {t('export.png')}
        </button>
      </div>
      {version && <p className="export__version muted">{datasetLine(dataset)}</p>}
    </section>
  );
}
