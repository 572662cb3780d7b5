import type { Feature, FeatureCollection, Point } from 'geojson';

/** A source of its own for the open and the hovered incident: at most two features, whatever the dataset. */
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

/**
 * The open incident, then the hovered one (unless it is the open one). Marking them here rather than on the
 * events source keeps a ring and a top-most copy out of the layers the worker lays out for every incident on
 * every filter change.
 */
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
