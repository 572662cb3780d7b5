import type { BBox } from 'geojson';

/**
 * The seas and gulfs the story's reader looks for, named as Natural Earth's marine areas name them
 * (ne_geography_marine_polys, public domain). Where that layer's own Arabic and Persian names could be read, they
 * are kept beside the English one; where they could not, they are left out rather than guessed (docs/DATA.md).
 *
 * `searchBox` is only a window [west, south, east, north]: the label point is computed inside it from the
 * basemap's own coastline (sea-labels.ts), so no coordinate here is a label position. Where Natural Earth gives
 * the water body's extent, the box is that extent; elsewhere it is drawn round the body by the headlands that
 * bound it, named in `bounds`.
 *
 * Bab el-Mandeb is not here: the dataset names it as one of its own places, and one name is enough.
 */
export interface WaterBody {
  id: string;
  name: string;
  name_ar?: string;
  name_fa?: string;
  searchBox: BBox;
  bounds: string;
}

const NATURAL_EARTH_MARINE =
  'https://github.com/nvkelso/natural-earth-vector/blob/master/geojson/ne_110m_geography_marine_polys.geojson';

export const WATER_BODY_SOURCE = NATURAL_EARTH_MARINE;

export const WATER_BODIES: readonly WaterBody[] = [
  {
    id: 'mediterranean-sea',
    name: 'Mediterranean Sea',
    name_ar: 'البحر الأبيض المتوسط',
    name_fa: 'دریای مدیترانه',
    searchBox: [-2.091133, 30.830367, 36.188262, 43.826705],
    bounds: "Natural Earth's extent of the Mediterranean Sea",
  },
  {
    id: 'persian-gulf',
    name: 'Persian Gulf',
    name_ar: 'الخليج العربي',
    name_fa: 'خلیج فارس',
    searchBox: [47.722493, 23.971302, 57.203568, 30.509688],
    bounds: "Natural Earth's extent of the Persian Gulf",
  },
  {
    id: 'caspian-sea',
    name: 'Caspian Sea',
    name_ar: 'بحر قزوين',
    name_fa: 'دریای مازندران',
    searchBox: [46.707051, 36.61469, 54.023814, 47.110174],
    bounds: "Natural Earth's extent of the Caspian Sea",
  },
  {
    id: 'red-sea',
    name: 'Red Sea',
    searchBox: [32.2, 12.6, 43.5, 30.0],
    bounds: 'from the head of the Gulf of Suez (30° N) to Bab el-Mandeb (12.6° N)',
  },
  {
    id: 'gulf-of-aden',
    name: 'Gulf of Aden',
    searchBox: [43.5, 10.4, 51.3, 15.0],
    bounds: 'from Bab el-Mandeb (43.5° E) to Cape Guardafui (51.3° E)',
  },
  {
    id: 'arabian-sea',
    name: 'Arabian Sea',
    searchBox: [51.3, 5.0, 65.0, 22.5],
    bounds: 'from Cape Guardafui (51.3° E) and Ras al Hadd (22.5° N) to the edge of the story region (65° E)',
  },
  {
    id: 'gulf-of-oman',
    name: 'Gulf of Oman',
    searchBox: [56.3, 22.5, 59.8, 26.5],
    bounds:
      'from the Strait of Hormuz (56.3° E) to Ras al Hadd (59.8° E), where it opens into the Arabian Sea',
  },
  {
    id: 'black-sea',
    name: 'Black Sea',
    searchBox: [27.4, 40.9, 41.8, 46.7],
    bounds: 'from the Bosporus (27.4° E, 40.9° N) to the coast of Georgia (41.8° E)',
  },
];
