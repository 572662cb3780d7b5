import { FAMILIES, FAMILY_COLOUR, FAMILY_LABEL, type Family } from '../../data/category-families';
import { CROWD_THRESHOLD, type EventDrawing } from '../../data/crowd';
import type { PlaceKind } from '../../data/vocabulary';
import { msg, type MessageDescriptor } from '../../i18n';
import { ANCHOR_PIN, CROWD_DOT, EVENT_SHAPES, PLACE_SHAPES } from '../../data/symbol-shapes';
import type { Shape } from '../../lib/svg-shape';
import { CLUSTER_OPACITY, clusterColours } from '../layers/clusters';
import { HALO_FILL_OPACITY, HALO_RING_OPACITY } from '../layers/event-halos';
import { selectionRingColour } from '../layers/event-selection';
import { LANE_DASH, laneColour } from '../layers/lanes';
import { MEASURE_DASH, measureColour } from '../layers/measure';
import { placeColour } from '../layers/places';
import { proxyTint } from '../layers/proxy-tint';
import { REGION_OUTLINE_DASH, REGION_OUTLINE_OPACITY } from '../layers/region-outlines';
import { ARC_DASH } from '../layers/strike-arcs';
import { basemapPalettes, type Theme } from '../style/palette';

/** Every colour and dash comes from the layer that draws the real thing. */
export type LegendSample =
  | { kind: 'shape'; shape: Shape; colour: string }
  | { kind: 'halo'; colour: string; fillOpacity: number; ringOpacity: number }
  | { kind: 'outline'; colour: string; dash: readonly number[]; opacity: number }
  | { kind: 'line'; colour: string; dash: readonly number[] }
  | { kind: 'bubble'; fill: string; ring: string; opacity: number }
  | { kind: 'ring'; colour: string }
  | { kind: 'fill'; colour: string; opacity: number };

export interface LegendEntry {
  key: string;
  label: MessageDescriptor;
  sample: LegendSample;
}

export interface LegendContent {
  drawing: EventDrawing;
  families: readonly Family[];
  clusters: boolean;
  halos: boolean;
  regionWide: boolean;
  arcs: boolean;
  lanes: boolean;
  proxyTint: boolean;
  anchors: boolean;
  places: readonly PlaceKind[];
  selection: boolean;
  measure: boolean;
}

const PLACE_ORDER: readonly PlaceKind[] = [
  'capital',
  'city',
  'base',
  'airport',
  'chokepoint',
  'port',
  'embassy',
  'cemetery',
  'region',
];

/** A neutral sample for entries about position rather than kind (halos, outlines). */
const sampleColour = (content: LegendContent, theme: Theme) =>
  FAMILY_COLOUR[content.families[0] ?? 'other'][theme];

/** In the order a reader decodes it: kinds, then grouping and certainty of place, then context. */
export function legendEntries(content: LegendContent, theme: Theme): LegendEntry[] {
  const dots = content.drawing === 'dots';
  const entries: LegendEntry[] = FAMILIES.filter((family) => content.families.includes(family)).map(
    (family) => ({
      key: `family:${family}`,
      label: msg(FAMILY_LABEL[family]),
      sample: {
        kind: 'shape',
        shape: dots ? CROWD_DOT : EVENT_SHAPES[family],
        colour: FAMILY_COLOUR[family][theme],
      },
    }),
  );
  const add = (key: string, label: MessageDescriptor, sample: LegendSample, shown: boolean) => {
    if (shown) entries.push({ key, label, sample });
  };
  const colour = sampleColour(content, theme);
  add(
    'crowd',
    msg('legend.crowd', { count: CROWD_THRESHOLD }),
    { kind: 'shape', shape: CROWD_DOT, colour },
    dots,
  );
  add(
    'clusters',
    msg('legend.cluster'),
    { kind: 'bubble', ...clusterColours(theme), opacity: CLUSTER_OPACITY },
    content.clusters,
  );
  add(
    'halo',
    msg('legend.halo', { crowd: String(dots) }),
    { kind: 'halo', colour, fillOpacity: HALO_FILL_OPACITY, ringOpacity: HALO_RING_OPACITY },
    content.halos || dots,
  );
  add(
    'region',
    msg('legend.regionWide'),
    { kind: 'outline', colour, dash: REGION_OUTLINE_DASH, opacity: REGION_OUTLINE_OPACITY },
    content.regionWide,
  );
  add('arc', msg('legend.arc'), { kind: 'line', colour, dash: ARC_DASH }, content.arcs);
  add(
    'selection',
    msg('legend.selection'),
    { kind: 'ring', colour: selectionRingColour(theme) },
    content.selection,
  );
  add(
    'anchor',
    msg('legend.anchor'),
    { kind: 'shape', shape: ANCHOR_PIN, colour: basemapPalettes[theme].anchor },
    content.anchors,
  );
  for (const place of PLACE_ORDER.filter((kind) => content.places.includes(kind))) {
    add(
      `place:${place}`,
      msg('legend.place', { kind: place }),
      { kind: 'shape', shape: PLACE_SHAPES[place], colour: placeColour(theme) },
      true,
    );
  }
  add(
    'lanes',
    msg('legend.lane'),
    { kind: 'line', colour: laneColour(theme), dash: LANE_DASH },
    content.lanes,
  );
  add('tint', msg('legend.tint'), { kind: 'fill', ...proxyTint(theme) }, content.proxyTint);
  add(
    'measure',
    msg('legend.measure'),
    { kind: 'line', colour: measureColour(theme), dash: MEASURE_DASH },
    content.measure,
  );
  return entries;
}

export function staticLegendEntries(
  families: readonly Family[],
  selection: boolean,
  theme: Theme,
): LegendEntry[] {
  const entries: LegendEntry[] = FAMILIES.filter((family) => families.includes(family)).map((family) => ({
    key: `family:${family}`,
    label: msg(FAMILY_LABEL[family]),
    sample: { kind: 'shape', shape: CROWD_DOT, colour: FAMILY_COLOUR[family][theme] },
  }));
  if (selection)
    entries.push({
      key: 'selection',
      label: msg('legend.selection'),
      sample: { kind: 'ring', colour: selectionRingColour(theme) },
    });
  return entries;
}
