import type { Feature } from 'geojson';
import { mesh, neighbors } from 'topojson-client';
import { clipLines, lineGeometry } from './clip';
import { makeFeature } from './feature';
import { asCollection, type Country, type CountryTopology } from './topology';

/** Step 4b: one line per pair of neighbours, from the arcs they share (borders.geojson). */
export function borderFeatures(topology: CountryTopology, countries: Country[]): Feature[] {
  const collection = asCollection(countries);
  const out: Feature[] = [];
  neighbors(countries).forEach((adjacent, i) => {
    for (const j of adjacent) {
      const a = countries[i];
      const b = countries[j];
      if (a === undefined || b === undefined || j <= i) continue;
      const line = mesh(topology, collection, (x, y) => (x === a && y === b) || (x === b && y === a));
      const geometry = lineGeometry(clipLines(line.coordinates));
      if (geometry === undefined) continue;
      const [first, second] = [String(a.id), String(b.id)].sort() as [string, string];
      out.push(makeFeature(`${first}-${second}`, { a: first, b: second }, geometry));
    }
  });
  return out.sort((x, y) => String(x.id).localeCompare(String(y.id)));
}
