import { useQuery } from '@tanstack/react-query';
import { geoPath, geoTransform } from 'd3-geo';
import { useMemo } from 'react';
import { countriesQuery } from '../../data/basemap-query';
import type { Chapter } from '../../data/chapter-schema';
import { useEventsQuery } from '../../data/use-dataset';
import { boundsOfView } from './view-bounds';

const WIDTH = 400;
const HEIGHT = 260;

/** No second WebGL map in the teacher's window. */
export function ViewPreview({ chapter, label }: { chapter: Chapter; label: string }) {
  const countries = useQuery(countriesQuery()).data;
  const events = useEventsQuery().data?.features;
  const drawing = useMemo(() => {
    const [west, south, east, north] = boundsOfView(chapter.view, WIDTH / HEIGHT);
    // Planar Web Mercator: the map's own projection, with no spherical winding rules for the basemap's rings.
    const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const scale = Math.min(
      (WIDTH - 16) / ((east - west) * (Math.PI / 180)),
      (HEIGHT - 16) / (mercatorY(north) - mercatorY(south)),
    );
    const midX = ((west + east) / 2) * (Math.PI / 180);
    const midY = (mercatorY(north) + mercatorY(south)) / 2;
    const project = (lon: number, lat: number): [number, number] => [
      WIDTH / 2 + (lon * (Math.PI / 180) - midX) * scale,
      HEIGHT / 2 - (mercatorY(lat) - midY) * scale,
    ];
    const path = geoPath(
      geoTransform({
        point(lon, lat) {
          const [x, y] = project(lon, lat);
          this.stream.point(x, y);
        },
      }),
    );
    const wanted = new Set(chapter.highlight.events);
    const dots = (events ?? []).flatMap((event) =>
      wanted.has(event.id) && event.geometry
        ? [project(event.geometry.coordinates[0], event.geometry.coordinates[1])]
        : [],
    );
    return { countries: (countries?.features ?? []).map((country) => path(country) ?? ''), dots };
  }, [chapter, countries, events]);

  return (
    <svg className="view-preview" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <rect width={WIDTH} height={HEIGHT} className="view-preview__sea" />
      {drawing.countries.map((d, index) => (
        <path key={index} d={d} className="view-preview__land" />
      ))}
      {drawing.dots.map(([x, y], index) => (
        <circle key={index} cx={x} cy={y} r={6} className="view-preview__dot" />
      ))}
    </svg>
  );
}
