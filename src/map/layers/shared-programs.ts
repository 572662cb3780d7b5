import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * MapLibre compiles one shader program for each mix of per-feature and constant paint properties, and on a
 * software GPU each one costs 40–70 ms of the first load (npm run bench, cold load). Writing a constant as a
 * per-feature value lets a layer reuse the program another layer of its type already needs: the places' icons
 * share the incidents', the borders and lanes share the strike arcs', and the cluster bubbles share the halos'.
 */
export function perFeature<T extends string | number>(value: T): ExpressionSpecification {
  // `has` reads the feature, so MapLibre cannot fold this into a constant; both branches are the same value.
  return ['case', ['has', 'id'], value, value];
}

/**
 * A per-feature value written as a zoom ramp with the same value at both ends: it looks zoom-dependent to
 * MapLibre, so the layer shares the program of one whose size changes with zoom.
 */
export function asZoomRamp(value: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 0, value, 22, value];
}

/** A zoom ramp whose stops are per-feature, for layers sharing a program with one whose size is composite. */
export function perFeatureZoomRamp(stops: readonly (readonly [number, number])[]): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flatMap(([zoom, value]) => [zoom, perFeature(value)]),
  ] as unknown as ExpressionSpecification;
}
