import { queryOptions } from '@tanstack/react-query';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { fetchJson } from './fetch-json';

export type CountryFeature = Feature<Polygon | MultiPolygon, { iso: string; name: string }>;

const isCountry = (raw: unknown): raw is CountryFeature => {
  const feature = raw as Partial<CountryFeature> | null;
  return (
    typeof feature === 'object' &&
    feature !== null &&
    (feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon') &&
    Array.isArray(feature.geometry.coordinates) &&
    typeof feature.properties?.name === 'string'
  );
};

/** For the static map drawn without WebGL; MapLibre reads its own. */
export function countriesQuery() {
  return queryOptions({
    queryKey: ['basemap', 'countries'],
    queryFn: async ({ signal }): Promise<FeatureCollection<Polygon | MultiPolygon, CountryFeature['properties']>> => {
      const url = new URL('geo/basemap/countries.geojson', document.baseURI).href;
      const json = (await fetchJson(url, 'basemap', signal)) as { features?: unknown };
      if (!Array.isArray(json?.features)) throw new Error('The country outlines are not a FeatureCollection.');
      return { type: 'FeatureCollection', features: json.features.filter(isCountry) };
    },
  });
}
