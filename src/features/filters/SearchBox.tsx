import { useT } from '../../i18n';
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
        maxLength={100}
        placeholder={t('filters.searchPlaceholder')}
        autoComplete="off"
        onChange={(event) => setSearch(event.target.value)}
      />
    </div>
  );
}
