import type { EventProperties } from '../../data/event-schema';
import { placeLine } from './place-line';

const PRECISION_LABEL: Record<EventProperties['precision'], string> = {
  site: 'Exact site',
  facility: 'Within the facility',
  city: 'City-level location',
  region: 'Regional location',
  offset: 'Position derived from a reported distance and direction',
};

/** Above this radius a reader is told plainly that the point is approximate. */
const APPROXIMATE_KM = 5;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function Location({ event }: { event: EventProperties }) {
  const approximate = event.precisionKm > APPROXIMATE_KM;
  return (
    <>
      {placeLine(event.place, countryName(event.country))}
      <span className="detail__precision">
        {approximate ? <strong>Approximate location</strong> : PRECISION_LABEL[event.precision]}
        {approximate &&
          ` — ${PRECISION_LABEL[event.precision].toLowerCase()}, within about ${event.precisionKm} km`}
        {event.precisionNote && <span className="detail__note">{event.precisionNote}</span>}
        {event.offset && <span className="detail__note">Basis: {event.offset.basis}</span>}
      </span>
    </>
  );
}
