import type { Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type {
  GeometryCollection as TopoCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

export type CountryProps = { name: string };
export type CountryTopology = Topology<{ countries: TopoCollection<CountryProps> }>;
export type AreaGeometry = TopoPolygon<CountryProps> | TopoMultiPolygon<CountryProps>;
export type Country = TopoMultiPolygon<CountryProps>;
export type Ring = Position[];

export function areaGeometries(topology: CountryTopology): AreaGeometry[] {
  return topology.objects.countries.geometries.filter(
    (geometry): geometry is AreaGeometry => geometry.type === 'Polygon' || geometry.type === 'MultiPolygon',
  );
}

export function polygonsOf(topology: CountryTopology, geometry: AreaGeometry): Ring[][] {
  // Two branches only so TypeScript can pick the matching overload of feature().
  if (geometry.type === 'Polygon') return toPolygons(feature(topology, geometry).geometry);
  return toPolygons(feature(topology, geometry).geometry);
}

export function toPolygons(geometry: Geometry | null): Ring[][] {
  if (geometry === null) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

export function asCollection(countries: Country[]): TopoCollection<CountryProps> {
  return { type: 'GeometryCollection', geometries: countries };
}
