declare module '@mapbox/geojson-rewind' {
  import type { GeoJSON } from 'geojson';
  /** Rewinds rings in place: outer rings clockwise when `clockwise`, else counter-clockwise (RFC 7946). */
  export default function rewind<T extends GeoJSON>(geojson: T, clockwise?: boolean): T;
}
