import type { EventProperties } from '../../data/event-schema';
import { Msg, useT, type MessageId } from '../../i18n';
import { formatCountry, formatNumber } from '../../i18n/format';
import { isRegionWide } from '../../data/region-wide';
import { namesCountry } from './place-line';

const PRECISION_LABEL: Record<EventProperties['precision'], MessageId> = {
  site: 'location.precision.site',
  facility: 'location.precision.facility',
  city: 'location.precision.city',
  region: 'location.precision.region',
  offset: 'location.precision.offset',
  none: 'location.precision.none',
};

const APPROXIMATE_KM = 5;

/** Isolated, so the place's own direction and bidi controls cannot reorder the country after it. */
function PlaceLine({ event }: { event: EventProperties }) {
  const country = formatCountry(event.country);
  const place = <bdi data-content="">{event.place}</bdi>;
  return namesCountry(event.place, country) ? (
    place
  ) : (
    <Msg id="location.placeInCountry" values={{ place, country }} />
  );
}

export function Location({ event }: { event: EventProperties }) {
  const t = useT();
  if (event.precision === 'none') {
    return (
      <>
        <PlaceLine event={event} />
        <span className="detail__precision">
          <Msg id="location.noPoint" components={{ 0: <strong /> }} />
          {event.precisionNote && <span className="detail__note">{event.precisionNote}</span>}
        </span>
      </>
    );
  }
  const approximate = event.precisionKm > APPROXIMATE_KM;
  return (
    <>
      <PlaceLine event={event} />
      <span className="detail__precision">
        {isRegionWide(event) ? (
          <Msg
            id="location.regionWide"
            values={{ km: formatNumber(event.precisionKm) }}
            components={{ 0: <strong /> }}
          />
        ) : approximate ? (
          <Msg
            id="location.approximate"
            values={{ precision: event.precision, km: formatNumber(event.precisionKm) }}
            components={{ 0: <strong /> }}
          />
        ) : (
          t(PRECISION_LABEL[event.precision])
        )}
        {event.precisionNote && <span className="detail__note">{event.precisionNote}</span>}
        {event.offset && (
          <span className="detail__note">
            <Msg id="location.basis" values={{ basis: <bdi data-content="">{event.offset.basis}</bdi> }} />
          </span>
        )}
      </span>
    </>
  );
}
