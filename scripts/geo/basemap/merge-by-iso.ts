import { mergeArcs } from 'topojson-client';
import { namesOf, requireIso } from './country-codes';
import { areaGeometries, type AreaGeometry, type Country, type CountryTopology } from './topology';

/** Step 3: one merged geometry per ISO code, so Northern Cyprus, Somaliland and the like join their state. */
export function mergeByIso(topology: CountryTopology): Country[] {
  const groups = new Map<string, AreaGeometry[]>();
  for (const geometry of areaGeometries(topology)) {
    const iso = requireIso(geometry);
    groups.set(iso, [...(groups.get(iso) ?? []), geometry]);
  }
  return [...groups.keys()].sort().map((iso) => {
    const merged = mergeArcs(topology, groups.get(iso) ?? []) as Country;
    merged.id = iso;
    merged.properties = { name: namesOf(iso).name };
    return merged;
  });
}
