import { useAtlasStore } from '../../store/atlas-store';
import { selectSearch } from '../../store/selectors';

export function SearchBox() {
  const search = useAtlasStore(selectSearch);
  const setSearch = useAtlasStore((state) => state.setSearch);
  return (
    <div className="search">
      <label htmlFor="event-search">Search titles, places and groups</label>
      <input
        id="event-search"
        type="search"
        value={search}
        maxLength={100}
        placeholder="e.g. Erbil, Houthis, Kata'ib"
        autoComplete="off"
        onChange={(event) => setSearch(event.target.value)}
      />
    </div>
  );
}
