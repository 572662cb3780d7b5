import { useT } from '../../i18n';
import { MAX_SEARCH_LENGTH } from '../../lib/url-state';
import { useAtlasStore } from '../../store/atlas-store';
import { selectSearch } from '../../store/selectors';

export function SearchBox() {
  const t = useT();
  const search = useAtlasStore(selectSearch);
  const setSearch = useAtlasStore((state) => state.setSearch);
  return (
    <div className="search">
      <label htmlFor="event-search">{t('filters.searchLabel')}</label>
      <input
        id="event-search"
        type="search"
        value={search}
        maxLength={MAX_SEARCH_LENGTH}
        placeholder={t('filters.searchPlaceholder')}
        autoComplete="off"
        onChange={(event) => setSearch(event.target.value)}
      />
    </div>
  );
}
