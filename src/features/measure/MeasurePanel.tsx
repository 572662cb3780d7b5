import { useQuery } from '@tanstack/react-query';
import { use, useId, useMemo } from 'react';
import { section } from 'virtual:atlas-catalogue-section/measure';
import { placesQuery } from '../../data/queries';
import { Msg, useT, type MessageId } from '../../i18n';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { formatDistance as formatKm } from '../../i18n/format-distance';
import { distanceKm } from '../../lib/geodesy';
import { useAtlasStore } from '../../store/atlas-store';
import type { MeasurePoint } from '../../store/measure-slice';
import { useEventsQuery } from '../../data/use-dataset';
import { MAX_LISTED_INCIDENTS, measureTargets, resolvePoint, type MeasureTarget } from './measure-targets';
import './measure.css';

const messagesLoaded = addCatalogueSection(section);

const GROUPS = ['places', 'incidents'] as const;
const GROUP_LABEL: Record<MeasureTarget['group'], MessageId> = {
  places: 'measure.places',
  incidents: 'measure.incidents',
};

const formatDistance = (a: MeasurePoint, b: MeasurePoint): string =>
  formatKm(distanceKm([a.lon, a.lat], [b.lon, b.lat]));

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
  const t = useT();
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
        <option value="">
          {point && !key ? t('measure.mapPoint', { point: point.label }) : t('measure.choose')}
        </option>
        {GROUPS.map((group) => {
          const members = targets.filter((target) => target.group === group);
          return (
            members.length > 0 && (
              <optgroup key={group} label={t(GROUP_LABEL[group])}>
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

export function MeasurePanel() {
  use(messagesLoaded);
  const t = useT();
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
        {t('measure.heading')}
      </h2>
      <p className="measure__hint">
        {(events?.length ?? 0) > MAX_LISTED_INCIDENTS ? t('measure.hintPlacesOnly') : t('measure.hint')}
      </p>
      <EndPicker label={t('measure.from')} index={0} point={points[0]} targets={targets} />
      <EndPicker label={t('measure.to')} index={1} point={points[1]} targets={targets} />
      <p className="measure__result" role="status">
        {a && b ? (
          <Msg
            id="measure.result"
            values={{ distance: formatDistance(a, b) }}
            components={{ 0: <strong />, 1: <span className="muted" /> }}
          />
        ) : (
          t('measure.pickTwo')
        )}
      </p>
      <div className="measure__buttons">
        <button
          type="button"
          className="button button--quiet"
          onClick={clearMeasure}
          disabled={!points.length}
        >
          {t('measure.clear')}
        </button>
        <button type="button" className="button" onClick={() => setMeasuring(false)}>
          {t('measure.done')}
        </button>
      </div>
    </section>
  );
}
