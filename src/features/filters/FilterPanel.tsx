import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CATEGORY_LABEL, FAMILY_COLOUR, FAMILY_OF } from '../../data/category-families';
import { facetCounts, type FacetCounts } from '../../data/filter-events';
import { THREAD_LABEL } from '../../data/thread-labels';
import { CATEGORIES, THREADS } from '../../data/vocabulary';
import { useAtlasStore } from '../../store/atlas-store';
import { useValueAfterMap } from '../../lib/use-value-after-map';
import { selectEventFilters } from '../../store/selectors';
import { useActors, useDatasetIndex } from '../../data/use-dataset';
import { EVENT_SHAPES } from '../../data/symbol-shapes';
import { ShapeGlyph } from '../../ui/ShapeGlyph';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { SearchBox } from './SearchBox';

const NO_COUNTS: FacetCounts = { byCategory: new Map(), byThread: new Map(), present: new Set() };

/** A moment behind a brush drag, so typing and dragging never wait on the counts. */
function useFacetCounts() {
  const index = useDatasetIndex();
  const actors = useActors();
  const filters = useValueAfterMap(useAtlasStore(useShallow(selectEventFilters)));
  return useMemo(() => (index ? facetCounts(index, actors, filters) : NO_COUNTS), [index, actors, filters]);
}

export function FilterPanel() {
  const t = useT();
  const theme = useEffectiveTheme();
  const { categories, threads, search } = useAtlasStore(useShallow(selectEventFilters));
  const showProxyNetwork = useAtlasStore((state) => state.showProxyNetwork);
  const { toggleCategory, toggleThread, resetFilters, setShowProxyNetwork } = useAtlasStore.getState();
  const counts = useFacetCounts();
  const active = categories.length + threads.length + (search ? 1 : 0);

  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="filters__head">
        <h2 id="filters-title" className="panel-heading">
          {t('filters.heading')}
        </h2>
        <button
          type="button"
          className="button button--quiet"
          // Resetting disables this button, which would drop keyboard focus to the page's start: hand it to search.
          onClick={() => {
            resetFilters();
            document.getElementById('event-search')?.focus();
          }}
          disabled={!active}
        >
          {t('filters.reset')}
        </button>
      </div>
      <SearchBox />
      <fieldset className="facet">
        <legend>{t('filters.thread')}</legend>
        {THREADS.map((thread) => (
          <label key={thread} className="facet__option">
            <input type="checkbox" checked={threads.includes(thread)} onChange={() => toggleThread(thread)} />
            <span className="facet__label">{t(THREAD_LABEL[thread])}</span>
            <span className="count">{formatNumber(counts.byThread.get(thread) ?? 0)}</span>
          </label>
        ))}
      </fieldset>
      <details className="facet" open={categories.length > 0}>
        <summary>
          {categories.length ? t('filters.kindChosen', { count: categories.length }) : t('filters.kind')}
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t('filters.kind')}</legend>
          {CATEGORIES.filter((category) => counts.present.has(category) || categories.includes(category)).map(
            (category) => (
              <label key={category} className="facet__option">
                <input
                  type="checkbox"
                  checked={categories.includes(category)}
                  onChange={() => toggleCategory(category)}
                />
                <ShapeGlyph
                  shape={EVENT_SHAPES[FAMILY_OF[category]]}
                  colour={FAMILY_COLOUR[FAMILY_OF[category]][theme]}
                  size={12}
                />
                <span className="facet__label">{t(CATEGORY_LABEL[category])}</span>
                <span className="count">{formatNumber(counts.byCategory.get(category) ?? 0)}</span>
              </label>
            ),
          )}
        </fieldset>
      </details>
      <label className="facet__option facet__toggle">
        <input
          type="checkbox"
          checked={showProxyNetwork}
          onChange={(e) => setShowProxyNetwork(e.target.checked)}
        />
        <span className="facet__label">{t('filters.proxyTint')}</span>
      </label>
    </section>
  );
}
