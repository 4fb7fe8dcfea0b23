// Sort and text filter for lists, kept in the URL (?q=…&sort=…) so a reload, the back button or a
// shared link shows the same view. Applied to the rows on screen; the server pages them.
import { useSearchParams } from 'react-router';

export type SortOption<T> = { key: string; label: string; compare: (a: T, b: T) => number };

export function useListView<T>(sorts: SortOption<T>[], text: (row: T) => string) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sort = sorts.find((s) => s.key === params.get('sort')) ?? sorts[0]!;
  // Several changes at once (e.g. a new call clears the round) make one URL update.
  // Built from the address bar, not from this render's params: a second change that comes before
  // React re-renders (type a filter, then pick a sort at once) must not undo the first.
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const apply = (rows: T[]): T[] =>
    rows.filter((r) => { const t = text(r).toLowerCase(); return words.every((w) => t.includes(w)); }).sort(sort.compare);
  return { q, sort: sort.key, setQ: (v: string) => set({ q: v }), setSort: (v: string) => set({ sort: v }), apply, sorts, params, set };
}

type ListView = { q: string; sort: string; setQ(v: string): void; setSort(v: string): void; sorts: Array<{ key: string; label: string }> };

export function ListControls({ view, label }: { view: ListView; label: string }) {
  return (
    <div className="row" role="search" aria-label={`${label}: sort and search`}>
      <label className="field" style={{ margin: 0, flex: '2 1 14rem' }}>
        <span className="label">Filter {label}</span>
        <input type="search" value={view.q} onChange={(e) => view.setQ(e.target.value)} placeholder="Words in topic, organization, economy…" />
      </label>
      <label className="field" style={{ margin: 0, flex: '1 1 10rem' }}>
        <span className="label">Sort by</span>
        <select value={view.sort} onChange={(e) => view.setSort(e.target.value)}>
          {view.sorts.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
        </select>
      </label>
    </div>
  );
}

/** Comparators for the usual columns. */
export const byText = <T,>(get: (r: T) => string) => (a: T, b: T) => get(a).localeCompare(get(b));
export const byNewest = <T,>(get: (r: T) => string | null | undefined) => (a: T, b: T) => (get(b) ?? '').localeCompare(get(a) ?? '');
