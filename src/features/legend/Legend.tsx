import { FAMILIES, FAMILY_COLOUR, FAMILY_LABEL } from '../../data/category-families';
import { CROWD_THRESHOLD } from '../../data/crowd';
import type { PlaceKind } from '../../data/vocabulary';
import { CROWD_DOT, EVENT_SHAPES, PLACE_SHAPES } from '../../ui/shapes';
import { ShapeGlyph } from '../../ui/ShapeGlyph';
import { useT } from '../../i18n';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import { useEventDrawing } from '../../data/use-dataset';

const PLACE_LABEL: [PlaceKind, string][] = [
  ['capital', 'Capital'],
  ['city', 'City'],
  ['base', 'Base hosting US-led coalition forces'],
  ['airport', 'Airport'],
  ['chokepoint', 'Strait or canal'],
  ['port', 'Port'],
  ['embassy', 'Embassy'],
];

/** Every symbol, halo and line the map can draw, in words. */
export function Legend({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const t = useT();
  const theme = useEffectiveTheme();
  const ink = theme === 'dark' ? '#d5dade' : '#3b3a36';
  const dots = useEventDrawing() === 'dots';
  return (
    <details className="legend" open={defaultOpen || undefined}>
      <summary>{t('legend.toggle')}</summary>
      <h3>Incidents</h3>
      <ul>
        {FAMILIES.map((family) => (
          <li key={family}>
            <ShapeGlyph
              shape={dots ? CROWD_DOT : EVENT_SHAPES[family]}
              colour={FAMILY_COLOUR[family][theme]}
            />
            {t(FAMILY_LABEL[family])}
          </li>
        ))}
        {dots && (
          <li>
            With more than {CROWD_THRESHOLD.toLocaleString('en')} incidents, each is a dot in its kind's
            colour; the list and the filters tell the kinds apart in words
          </li>
        )}
        <li>
          <span className="legend__halo" aria-hidden="true" />
          Shaded circle: the location is approximate; the circle covers where it could be
          {dots && ' (with this many incidents, they appear as you zoom in)'}
        </li>
        <li>
          <span className="legend__arc" aria-hidden="true" />
          Dotted arc: from a documented launch point to the target
        </li>
        {!dots && (
          <li>
            <span className="legend__cluster" aria-hidden="true">
              3
            </span>
            Numbered circle: incidents too close to tell apart at this zoom; select it to zoom in
          </li>
        )}
        <li>
          <span className="legend__ring" aria-hidden="true" />
          Dark ring: the incident that is open or under the pointer
        </li>
      </ul>
      <h3>Context</h3>
      <ul>
        {PLACE_LABEL.map(([kind, label]) => (
          <li key={kind}>
            <ShapeGlyph shape={PLACE_SHAPES[kind]} colour={ink} />
            {label}
          </li>
        ))}
        <li>
          <span className="legend__lane" aria-hidden="true" />
          Dashed line: main shipping lane (computed over a maritime route network)
        </li>
        <li>
          <span className="legend__tint" aria-hidden="true" />
          Tinted country: Iran-backed groups in this dataset operate there
        </li>
        <li>
          <span className="legend__measure" aria-hidden="true" />
          Dark dashed line between two rings: a distance you are measuring (great circle)
        </li>
      </ul>
    </details>
  );
}
