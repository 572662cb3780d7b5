import { CLIP_BBOX } from './region';
import { DECIMALS } from './rounding';
import { DETAIL_ZOOM } from './simplify';

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
`;
