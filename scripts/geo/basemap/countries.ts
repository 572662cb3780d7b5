import type { Feature } from 'geojson';
import { clipPolygons, polygonGeometry } from './clip';
import { namesOf } from './country-codes';
import { makeFeature } from './feature';
import { polygonsOf, type Country, type CountryTopology } from './topology';

/** Step 4a: each country's land, clipped to the box (countries.geojson). */
export function countryFeatures(topology: CountryTopology, countries: Country[]): Feature[] {
  const out: Feature[] = [];
  for (const country of countries) {
    const geometry = polygonGeometry(clipPolygons(polygonsOf(topology, country)));
    if (geometry === undefined) continue;
    const iso = String(country.id);
    out.push(makeFeature(iso, { iso, name: namesOf(iso).name }, geometry));
  }
  return out;
}
