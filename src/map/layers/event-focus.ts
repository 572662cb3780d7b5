import type { Feature, FeatureCollection, Point } from 'geojson';

/** At most two features, whatever the dataset. */
export interface FocusTarget {
  position: [number, number];
  family: string;
}

export type FocusRole = 'selected' | 'hover';

export interface FocusProperties {
  id: string;
  family: string;
  role: FocusRole;
}

/** Not on the events source: a ring and a top copy stay out of the worker's layout of every incident. */
export function focusFeatures(
  selected: string | null,
  hovered: string | null,
  targetOf: (id: string) => FocusTarget | null,
): FeatureCollection<Point, FocusProperties> {
  const features: Feature<Point, FocusProperties>[] = [];
  const add = (id: string | null, role: FocusRole) => {
    const target = id ? targetOf(id) : null;
    if (!id || !target) return;
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: target.position },
      properties: { id, family: target.family, role },
    });
  };
  add(selected, 'selected');
  if (hovered !== selected) add(hovered, 'hover');
  return { type: 'FeatureCollection', features };
}
