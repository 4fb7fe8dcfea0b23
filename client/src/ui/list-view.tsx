// Sort and text filter for lists, kept in the URL (?q=…&sort=…) so a reload, the back button or a
// shared link shows the same view. The server sorts and filters (orderBy, filter text): every
// page it hands out is in that order, so "Show more" continues the same sequence.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ListOrder } from '../gql/graphql';

/** One choice of the "Sort by" menu; `orderBy` absent: the list's own order (newest first). */
export type SortOption = { key: string; label: string; orderBy?: ListOrder };

/** How long typing may pause before the list asks the server again. */
const TYPING_PAUSE_MS = 250;

export function useListView(sorts: SortOption[]) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sort = sorts.find((s) => s.key === params.get('sort')) ?? sorts[0]!;
  const text = useSettled(q.trim(), TYPING_PAUSE_MS);
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
  return {
    q,
    sort: sort.key,
    setQ: (v: string) => set({ q: v }),
    setSort: (v: string) => set({ sort: v === sorts[0]!.key ? '' : v }),
    sorts,
    params,
    set,
    /** What the list query takes: the order (absent for the default) and the settled text. */
    orderBy: sort.orderBy ?? null,
    text: text || null,
  };
}

/** The value once it has stayed the same for `ms` (at once on the first render: a reload shows the URL's filter). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

type ListView = { q: string; sort: string; setQ(v: string): void; setSort(v: string): void; sorts: Array<{ key: string; label: string }> };

export function ListControls({ view, label, placeholder = 'Words in topic, organization…' }: { view: ListView; label: string; placeholder?: string }) {
  return (
    <div className="row" role="search" aria-label={`${label}: sort and search`}>
      <label className="field" style={{ margin: 0, flex: '2 1 14rem' }}>
        <span className="label">Filter {label}</span>
        <input type="search" value={view.q} maxLength={200} onChange={(e) => view.setQ(e.target.value)} placeholder={placeholder} />
      </label>
      <label className="field" style={{ margin: 0, flex: '1 1 10rem' }}>
        <span className="label">Sort by</span>
        {/* Named by aria-label: a wrapping label's name would take in the options' text ("Status (A–Z)"). */}
        <select aria-label="Sort by" value={view.sort} onChange={(e) => view.setSort(e.target.value)}>
          {view.sorts.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
        </select>
      </label>
    </div>
  );
}

/** The usual choices: newest first (the default), then each field the list offers, both ways. */
export function sortOptions(fields: Array<{ field: ListOrder['field']; key: string; asc: string; desc: string }>): SortOption[] {
  const options: SortOption[] = [{ key: 'newest', label: 'Newest first' }, { key: 'oldest', label: 'Oldest first', orderBy: { field: 'CREATED_AT', direction: 'ASC' } }];
  for (const f of fields) {
    options.push({ key: f.key, label: f.asc, orderBy: { field: f.field, direction: 'ASC' } });
    options.push({ key: `${f.key}-desc`, label: f.desc, orderBy: { field: f.field, direction: 'DESC' } });
  }
  return options;
}
