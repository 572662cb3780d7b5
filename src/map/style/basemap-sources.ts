import type { SourceSpecification } from 'maplibre-gl';
import { SOURCE } from '../layers/ids';

const NATURAL_EARTH =
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>';

/** The basemap ships with the app: every source is a same-origin GeoJSON file under public/geo/basemap. */
export function basemapSources(geoBase: URL): Record<string, SourceSpecification> {
  const file = (name: string) => new URL(`basemap/${name}.geojson`, geoBase).href;
  return {
    [SOURCE.countries]: { type: 'geojson', data: file('countries'), attribution: NATURAL_EARTH },
    [SOURCE.borders]: { type: 'geojson', data: file('borders') },
    [SOURCE.coastlines]: { type: 'geojson', data: file('coastlines') },
    [SOURCE.countryLabels]: { type: 'geojson', data: file('labels') },
  };
}
