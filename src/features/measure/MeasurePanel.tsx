import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { placesQuery } from '../../data/queries';
import { distanceKm, KM_PER_MILE } from '../../lib/geodesy';
import { useAtlasStore } from '../../store/atlas-store';
import type { MeasurePoint } from '../../store/measure-slice';
import { useEventsQuery } from '../../data/use-dataset';
import { MAX_LISTED_INCIDENTS, measureTargets, resolvePoint, type MeasureTarget } from './measure-targets';
import './measure.css';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatDistance(a: MeasurePoint, b: MeasurePoint): string {
  const km = distanceKm([a.lon, a.lat], [b.lon, b.lat]);
  return `${number.format(km)} km (${number.format(km / KM_PER_MILE)} mi)`;
}

function EndPicker({
  label,
  index,
  point,
  targets,
}: {
  label: string;
  index: 0 | 1;
  point: MeasurePoint | undefined;
  targets: readonly MeasureTarget[];
}) {
  const id = useId();
  const setMeasurePoint = useAtlasStore((state) => state.setMeasurePoint);
  const key = point?.ref && targets.some((target) => target.key === point.ref) ? point.ref : '';
  return (
    <div className="measure__end">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={key}
        onChange={(event) =>
          setMeasurePoint(index, targets.find((t) => t.key === event.target.value) ?? null)
        }
      >
        <option value="">{point && !key ? `Map point ${point.label}` : 'Choose, or click the map'}</option>
        {(['Places', 'Incidents'] as const).map((group) => {
          const members = targets.filter((target) => target.group === group);
          return (
            members.length > 0 && (
              <optgroup key={group} label={group}>
                {members.map((target) => (
                  <option key={target.key} value={target.key}>
                    {target.label}
                  </option>
                ))}
              </optgroup>
            )
          );
        })}
      </select>
    </div>
  );
}

/** The distance tool's readout: two ends picked on the map or from lists, and the great-circle distance. */
export function MeasurePanel() {
  const measuring = useAtlasStore((state) => state.measuring);
  const points = useAtlasStore((state) => state.measurePoints);
  const setMeasuring = useAtlasStore((state) => state.setMeasuring);
  const clearMeasure = useAtlasStore((state) => state.clearMeasure);
  const places = useQuery(placesQuery()).data?.features;
  const events = useEventsQuery().data?.features;
  const targets = useMemo(() => measureTargets(places ?? [], events ?? []), [places, events]);
  if (!measuring) return null;
  const a = resolvePoint(points[0], targets);
  const b = resolvePoint(points[1], targets);
  return (
    <section className="measure" aria-labelledby="measure-title">
      <h2 id="measure-title" className="measure__title">
        Measure a distance
      </h2>
      <p className="measure__hint">
        Click two points on the map (an incident or place snaps), or choose them here.
        {(events?.length ?? 0) > MAX_LISTED_INCIDENTS &&
          ' With this many incidents, the lists offer places only.'}
      </p>
      <EndPicker label="From" index={0} point={points[0]} targets={targets} />
      <EndPicker label="To" index={1} point={points[1]} targets={targets} />
      <p className="measure__result" role="status">
        {a && b ? (
          <>
            <strong>{formatDistance(a, b)}</strong> <span className="muted">as the crow flies</span>
          </>
        ) : (
          'Pick two points to read the distance.'
        )}
      </p>
      <div className="measure__buttons">
        <button
          type="button"
          className="button button--quiet"
          onClick={clearMeasure}
          disabled={!points.length}
        >
          Clear
        </button>
        <button type="button" className="button" onClick={() => setMeasuring(false)}>
          Done
        </button>
      </div>
    </section>
  );
}
