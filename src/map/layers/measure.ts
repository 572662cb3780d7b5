import type { Feature, FeatureCollection } from 'geojson';
import { greatCirclePoints } from '../../lib/geodesy';
import type { MeasurePoint } from '../../store/measure-slice';
import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';
import type { Theme } from '../style/palette';

/** The great circle, so what is drawn is what the distance means. */
export function measureFeatures(points: readonly MeasurePoint[]): FeatureCollection {
  const ends: Feature[] = points.map((point, index) => ({
    type: 'Feature',
    properties: { end: index === 0 ? 'A' : 'B' },
    geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
  }));
  const [a, b] = points;
  const line: Feature[] =
    a && b
      ? [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'LineString', coordinates: greatCirclePoints([a.lon, a.lat], [b.lon, b.lat]) },
          },
        ]
      : [];
  return { type: 'FeatureCollection', features: [...line, ...ends] };
}

export const measureColour = (theme: Theme) => basemapPalettes[theme].label;
export const MEASURE_DASH = [2, 1.5] as const;

export const measureLineLayer: LayerDefinition = {
  id: LAYER.measureLine,
  build: (theme) => ({
    id: LAYER.measureLine,
    type: 'line',
    source: SOURCE.measure,
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': measureColour(theme),
      'line-width': 2.5,
      'line-dasharray': [...MEASURE_DASH],
    },
  }),
};

export const measureEndsLayer: LayerDefinition = {
  id: LAYER.measureEnds,
  build: (theme) => ({
    id: LAYER.measureEnds,
    type: 'circle',
    source: SOURCE.measure,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 6,
      'circle-color': basemapPalettes[theme].labelHalo,
      'circle-stroke-width': 3,
      'circle-stroke-color': basemapPalettes[theme].label,
    },
  }),
};
