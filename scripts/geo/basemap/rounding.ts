import type { Position } from 'geojson';

const DECIMALS = 4;

export function roundCoordinate(value: number): number {
  const factor = 10 ** DECIMALS;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no "-0" in the output
}

export function roundPosition(position: Position): Position {
  return [roundCoordinate(position[0] ?? 0), roundCoordinate(position[1] ?? 0)];
}

export function roundPath(path: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of path) {
    const rounded = roundPosition(position);
    const last = out[out.length - 1];
    if (last !== undefined && last[0] === rounded[0] && last[1] === rounded[1]) continue;
    out.push(rounded);
  }
  return out;
}

export { DECIMALS };
