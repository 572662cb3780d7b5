/** Spherical Earth (mean radius): well under 0.5% off for this region. */
export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_NAUTICAL_MILE = 1.852;

export type LonLat = readonly [number, number];

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

export function distanceKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Bearing in degrees from north. */
export function destination([lon, lat]: LonLat, km: number, bearingDeg: number): [number, number] {
  const angular = km / EARTH_RADIUS_KM;
  const bearing = toRadians(bearingDeg);
  const phi1 = toRadians(lat);
  const lambda1 = toRadians(lon);
  const phi2 = Math.asin(
    Math.sin(phi1) * Math.cos(angular) + Math.cos(phi1) * Math.sin(angular) * Math.cos(bearing),
  );
  const lambda2 =
    lambda1 +
    Math.atan2(
      Math.sin(bearing) * Math.sin(angular) * Math.cos(phi1),
      Math.cos(angular) - Math.sin(phi1) * Math.sin(phi2),
    );
  return [((toDegrees(lambda2) + 540) % 360) - 180, toDegrees(phi2)];
}

export function greatCirclePoints(a: LonLat, b: LonLat, segments = 48): [number, number][] {
  const [lon1, lat1] = a.map(toRadians) as [number, number];
  const [lon2, lat2] = b.map(toRadians) as [number, number];
  const d = distanceKm(a, b) / EARTH_RADIUS_KM;
  if (d === 0)
    return [
      [a[0], a[1]],
      [b[0], b[1]],
    ];
  const points: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const f = i / segments;
    const A = Math.sin((1 - f) * d) / Math.sin(d);
    const B = Math.sin(f * d) / Math.sin(d);
    const x = A * Math.cos(lat1) * Math.cos(lon1) + B * Math.cos(lat2) * Math.cos(lon2);
    const y = A * Math.cos(lat1) * Math.sin(lon1) + B * Math.cos(lat2) * Math.sin(lon2);
    const z = A * Math.sin(lat1) + B * Math.sin(lat2);
    points.push([toDegrees(Math.atan2(y, x)), toDegrees(Math.atan2(z, Math.hypot(x, y)))]);
  }
  return points;
}
