import type { SourceSpecification } from 'maplibre-gl';
import { SOURCE } from '../layers/ids';

const NATURAL_EARTH =
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>';
// GeoNames' cities are CC BY 4.0: the credit is part of the licence.
const GEONAMES =
  '<a href="https://www.geonames.org/" target="_blank" rel="noopener noreferrer">GeoNames</a> (CC BY 4.0)';

export function basemapSources(geoBase: URL): Record<string, SourceSpecification> {
  const file = (name: string) => new URL(`basemap/${name}.geojson`, geoBase).href;
  return {
    [SOURCE.countries]: { type: 'geojson', data: file('countries'), attribution: NATURAL_EARTH },
    [SOURCE.borders]: { type: 'geojson', data: file('borders') },
    [SOURCE.coastlines]: { type: 'geojson', data: file('coastlines') },
    [SOURCE.countryLabels]: { type: 'geojson', data: file('labels') },
    [SOURCE.seaLabels]: { type: 'geojson', data: file('seas') },
    [SOURCE.cities]: { type: 'geojson', data: file('cities'), attribution: GEONAMES },
  };
}
