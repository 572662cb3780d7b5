// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fittingZoom } from '../../scripts/geo/basemap/sea-labels';
import { cityFeatures, MERGE_RADIUS_KM, zoomForRank } from '../../scripts/geo/basemap/cities';
import { REGION_BBOX } from '../../scripts/geo/basemap/region';
import { anchorPlacesFilter } from '../../src/map/layers/anchor-places';
import { placesFilter } from '../../src/map/layers/places';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const seas = read<FeatureCollection<Point>>('public/geo/basemap/seas.geojson');
const cities = read<FeatureCollection<Point>>('public/geo/basemap/cities.geojson');

const SEAS_OF_THE_STORY = [
  'Red Sea',
  'Gulf of Aden',
  'Arabian Sea',
  'Gulf of Oman',
  'Persian Gulf',
  'Mediterranean Sea',
  'Caspian Sea',
  'Black Sea',
];

function insideRegion([x = NaN, y = NaN]: number[]): boolean {
  const [west, south, east, north] = REGION_BBOX;
  return x >= west && x <= east && y >= south && y <= north;
}

describe('the sea names the basemap ships', () => {
  it('names every sea of the story once, each at a point inside the region', () => {
    const names = seas.features.map((sea): unknown => sea.properties?.name);
    expect([...names].sort()).toEqual([...SEAS_OF_THE_STORY].sort());
    for (const sea of seas.features) {
      expect(insideRegion(sea.geometry.coordinates), String(sea.properties?.name)).toBe(true);
      expect(sea.properties?.minZoom).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves Bab el-Mandeb to the dataset, which already names it', () => {
    expect(seas.features.some((sea) => /mandeb/i.test(String(sea.properties?.name)))).toBe(false);
  });

  it('keeps Persian and Arabic names beside the English one where the source gives them', () => {
    const gulf = seas.features.find((sea) => sea.properties?.name === 'Persian Gulf');
    expect(gulf?.properties?.name_fa).toBe('خلیج فارس');
    expect(gulf?.properties?.name_ar).toBe('الخليج العربي');
  });

  it('names a narrow gulf later than an open sea, once its water holds the name', () => {
    const zoomOf = (name: string) =>
      Number(seas.features.find((sea) => sea.properties?.name === name)?.properties?.minZoom);
    expect(zoomOf('Arabian Sea')).toBeLessThan(zoomOf('Persian Gulf'));
    expect(fittingZoom('Red Sea', 0.001)).toBeGreaterThan(fittingZoom('Red Sea', 0.01));
  });
});

describe('the city names the basemap ships', () => {
  it('gives every city a name, a population and a point inside the region', () => {
    expect(cities.features.length).toBeGreaterThan(100);
    for (const city of cities.features) {
      expect(String(city.properties?.name).trim(), String(city.id)).not.toBe('');
      expect(city.properties?.population).toBeGreaterThanOrEqual(100_000);
      expect(insideRegion(city.geometry.coordinates), String(city.properties?.name)).toBe(true);
    }
  });

  it('ranks by population and names only the largest few at the opening zoom', () => {
    const populations = cities.features.map((city) => Number(city.properties?.population));
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    const atOpening = cities.features.filter((city) => Number(city.properties?.minZoom) <= 4);
    expect(atOpening.length).toBeLessThanOrEqual(8);
    expect(zoomForRank(1)).toBeLessThan(zoomForRank(100));
  });

  it('files a district under the larger town it belongs to', () => {
    const town = (id: number, name: string, population: number, lon: number) => ({
      cityId: id,
      name,
      altName: '',
      country: 'TR',
      featureCode: 'PPL',
      adminCode: '',
      population,
      loc: { type: 'Point' as const, coordinates: [lon, 39.9] as [number, number] },
    });
    const near = MERGE_RADIUS_KM / 2 / 85; // degrees of longitude at 40° N
    const kept = cityFeatures([
      town(1, 'Ankara', 3_500_000, 32.85),
      town(2, 'Çankaya', 790_000, 32.85 + near),
      town(3, 'Kırıkkale', 200_000, 33.5),
    ]);
    expect(kept.map((city): unknown => city.properties?.name)).toEqual(['Ankara', 'Kırıkkale']);
  });
});

describe('the story anchors', () => {
  const story = read<{ anchors: { places: string[] } }>('public/geo/story.json');
  const places = read<FeatureCollection<Point>>('public/geo/places.geojson');

  it('are all places of the dataset: Kerman, the airport, the strait and the bases', () => {
    const ids = new Set(places.features.map((place) => String(place.id)));
    const anchors = story.anchors.places;
    expect(anchors).toEqual(
      expect.arrayContaining(['kerman', 'baghdad-international-airport', 'bab-el-mandeb', 'tower-22']),
    );
    for (const anchor of anchors) expect(ids).toContain(anchor);
    const kinds = anchors.map(
      (id): unknown => places.features.find((place) => place.id === id)?.properties?.kind,
    );
    expect(kinds).toContain('base');
  });

  it('are drawn by their own layer only, and not by a chapter that names them already', () => {
    expect(JSON.stringify(placesFilter(['kerman']))).toContain('"!"');
    expect(anchorPlacesFilter(['kerman', 'tower-22'], ['kerman'])).toEqual([
      'all',
      ['in', ['get', 'id'], ['literal', ['kerman', 'tower-22']]],
      ['!', ['in', ['get', 'id'], ['literal', ['kerman']]]],
    ]);
  });
});
