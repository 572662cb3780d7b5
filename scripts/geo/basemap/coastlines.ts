import type { Feature } from 'geojson';
import { mesh } from 'topojson-client';
import { clipLines, lineGeometry } from './clip';
import { makeFeature } from './feature';
import { asCollection, type Country, type CountryTopology } from './topology';

/** Step 4c: each country's shore (coastlines.geojson). */
export function coastlineFeatures(topology: CountryTopology, countries: Country[]): Feature[] {
  const collection = asCollection(countries);
  const out: Feature[] = [];
  for (const country of countries) {
    // An arc used by one country only is where land meets water (sea, or a lake that no border crosses).
    const line = mesh(topology, collection, (x, y) => x === country && y === country);
    const geometry = lineGeometry(clipLines(line.coordinates));
    if (geometry === undefined) continue;
    const iso = String(country.id);
    out.push(makeFeature(iso, { iso }, geometry));
  }
  return out;
}
