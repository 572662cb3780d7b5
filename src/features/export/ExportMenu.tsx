import { eventsToCsv, eventsToGeoJson } from '../../data/export-events';
import { useVisibleEvents } from '../../store/use-story-data';
import { downloadText } from '../../lib/download';

/** Downloads exactly what the reader is looking at: the filtered events, in story order. */
export function ExportMenu() {
  const events = useVisibleEvents();
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section className="export" aria-labelledby="export-title">
      <h2 id="export-title" className="panel-heading">
        Download {events.length} incident{events.length === 1 ? '' : 's'}
      </h2>
      <div className="export__buttons">
        <button
          type="button"
          className="button"
          disabled={!events.length}
          onClick={() =>
            downloadText(eventsToCsv(events), `flashpoint-atlas-${stamp}.csv`, 'text/csv;charset=utf-8')
          }
        >
          CSV
        </button>
        <button
          type="button"
          className="button"
          disabled={!events.length}
          onClick={() =>
            downloadText(
              eventsToGeoJson(events, { exported: stamp, source: 'Flashpoint Atlas' }),
              `flashpoint-atlas-${stamp}.geojson`,
              'application/geo+json',
            )
          }
        >
          GeoJSON
        </button>
      </div>
    </section>
  );
}
