import { useQuery } from '@tanstack/react-query';
import { use, useMemo, type MouseEvent } from 'react';
import { section } from 'virtual:atlas-catalogue-section/staticMap';
import { countriesQuery } from '../../data/basemap-query';
import { FAMILY_COLOUR, FAMILY_OF } from '../../data/category-families';
import { useT } from '../../i18n';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { formatShortDay } from '../../i18n/format';
import { isolateText } from '../../lib/isolate-text';
import { useAtlasStore } from '../../store/atlas-store';
import { selectSelectedId } from '../../store/selectors';
import { useEventLink } from '../../store/url-state-of';
import { useEventDrawing } from '../../data/use-dataset';
import { useVisibleEvents } from '../../data/visible-events';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import { crowdPaths, projectStaticMap } from './project-static-map';
import { StaticMapLegend } from './StaticMapLegend';
import './static-map.css';

const messagesLoaded = addCatalogueSection(section);

const WIDTH = 1000;
const HEIGHT = 760;

export default function StaticMap() {
  use(messagesLoaded);
  const t = useT();
  const countries = useQuery(countriesQuery()).data;
  const events = useVisibleEvents();
  const selectedId = useAtlasStore(selectSelectedId);
  const theme = useEffectiveTheme();
  const linkTo = useEventLink();
  const crowd = useEventDrawing() === 'dots';
  const drawing = useMemo(
    () => (countries ? projectStaticMap(countries, events, WIDTH, HEIGHT) : null),
    [countries, events],
  );
  const crowdDots = useMemo(() => (crowd && drawing ? crowdPaths(drawing.dots, 4) : null), [crowd, drawing]);
  const linked = crowd ? (drawing?.dots.filter(({ event }) => event.id === selectedId) ?? []) : drawing?.dots;
  const families = useMemo(
    () => [...new Set(drawing?.dots.map(({ event }) => FAMILY_OF[event.properties.category]))],
    [drawing],
  );

  const openEvent = useAtlasStore((state) => state.openEvent);
  const open = (event: MouseEvent, id: string) => {
    event.preventDefault();
    openEvent(id);
  };

  return (
    <figure className="static-map" aria-labelledby="static-map-caption">
      <figcaption id="static-map-caption" className="visually-hidden">
        {crowd ? t('staticMap.captionCrowd') : t('staticMap.caption')}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="xMidYMid meet" className="static-map__svg">
        <g className="static-map__countries" aria-hidden="true">
          {drawing?.countries.map((country) => (
            <path key={country.key} d={country.d} />
          ))}
        </g>
        {crowdDots && (
          <g className="static-map__crowd" aria-hidden="true">
            {[...crowdDots].map(([family, d]) => (
              <path key={family} d={d} fill={FAMILY_COLOUR[family][theme]} />
            ))}
          </g>
        )}
        <g className="static-map__dots">
          {linked?.map(({ event, x, y }) => {
            const p = event.properties;
            const selected = event.id === selectedId;
            const name = t('staticMap.dot', { title: isolateText(p.title), date: formatShortDay(p.date) });
            return (
              <a
                key={event.id}
                href={linkTo(event.id)}
                aria-label={name}
                aria-current={selected ? 'true' : undefined}
                className="static-map__dot"
                onClick={(click) => open(click, event.id)}
              >
                <title>{name}</title>
                <circle
                  cx={x}
                  cy={y}
                  r={selected ? 11 : 7}
                  fill={FAMILY_COLOUR[FAMILY_OF[p.category]][theme]}
                />
              </a>
            );
          })}
        </g>
      </svg>
      <StaticMapLegend
        families={families}
        selection={linked?.some(({ event }) => event.id === selectedId) ?? false}
        theme={theme}
      />
    </figure>
  );
}
