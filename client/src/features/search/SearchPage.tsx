// Search results, grouped by type, best first within each; the words and the type filter live in
// the address (/search?q=…&type=proposals) so that a reload, the back button or a shared link
// shows the same results. Snippets arrive as plain-text pieces: a highlighted piece is rendered
// in <mark> as text, never as HTML.
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SearchQuery as SearchResult, SearchType } from '../../gql/graphql';
import { Empty, QueryState } from '../../ui/State';
import { useTitle } from '../../ui/useTitle';
import { SearchQuery } from './search.documents';
import { SEARCH_TYPES, hitPath, labelOf, paramOf, typeOfParam } from './search-types';

type Hit = SearchResult['search']['edges'][number]['node'];
const PAGE = 30;

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const type = typeOfParam(params.get('type'));
  useTitle(q ? `Search: ${q}` : 'Search');
  const setType = (t: SearchType | null) => {
    const next = new URLSearchParams(params);
    if (t) next.set('type', paramOf(t));
    else next.delete('type');
    setParams(next);
  };
  return (
    <>
      <h1>Search</h1>
      <SearchForm key={q} initial={q} onSearch={(words) => setParams(new URLSearchParams({ q: words, ...(type ? { type: paramOf(type) } : {}) }))} />
      {q ? <Results q={q} type={type} setType={setType} /> : <Empty>Type words, a "phrase" in quotes, -word to leave out, or a code such as 25-SN-03-GE-BCN-C.</Empty>}
    </>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) onSearch(text.trim());
  };
  return (
    <form role="search" aria-label="Search again" className="row" onSubmit={submit}>
      <label className="field" style={{ margin: 0, flex: '1 1 20rem' }}>
        <span className="label">Words</span>
        <input type="search" name="q" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" className="btn">Search</button>
    </form>
  );
}

function Results({ q, type, setType }: { q: string; type: SearchType | null; setType: (t: SearchType | null) => void }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(SearchQuery, { variables: { query: q, types: type ? [type] : null, first: PAGE } });
  const result = data?.search;
  return (
    <QueryState loading={loading} error={error} hasData={!!result} onRetry={() => void refetch()}>
      {() => (
        <>
          <TypeFilter counts={result!.counts} total={result!.totalCount} type={type} setType={setType} />
          <p className="muted" role="status">
            {result!.totalCount === 0 ? `Nothing found for “${q}”.` : `${result!.totalCount} found for “${q}”.`}
          </p>
          {SEARCH_TYPES.map(({ type: t }) => (
            <HitGroup key={t} type={t} hits={result!.edges.map((e) => e.node).filter((h) => h.type === t)} count={result!.counts.find((c) => c.type === t)?.count ?? 0} onlyType={!!type} showAll={() => setType(t)} />
          ))}
          {result!.pageInfo.hasNextPage && type ? (
            <button type="button" className="btn secondary" onClick={() => void fetchMore({ variables: { after: result!.pageInfo.endCursor } })}>
              Show more
            </button>
          ) : null}
        </>
      )}
    </QueryState>
  );
}

function TypeFilter({ counts, total, type, setType }: { counts: Array<{ type: SearchType; count: number }>; total: number; type: SearchType | null; setType: (t: SearchType | null) => void }) {
  return (
    <nav aria-label="Result types" className="row" style={{ gap: '0.5rem', flexWrap: 'wrap' }}>
      <button type="button" className="btn secondary" aria-pressed={!type} onClick={() => setType(null)}>
        All types{type ? '' : ` (${total})`}
      </button>
      {SEARCH_TYPES.map(({ type: t, label }) => {
        const count = counts.find((c) => c.type === t)?.count;
        return (
          <button key={t} type="button" className="btn secondary" aria-pressed={type === t} onClick={() => setType(t)}>
            {label}{count !== undefined ? ` (${count})` : ''}
          </button>
        );
      })}
    </nav>
  );
}

function HitGroup({ type, hits, count, onlyType, showAll }: { type: SearchType; hits: Hit[]; count: number; onlyType: boolean; showAll: () => void }) {
  if (count === 0) return null;
  return (
    <section aria-labelledby={`results-${type}`}>
      <h2 id={`results-${type}`}>{labelOf(type)} ({count})</h2>
      {hits.length === 0 ? <p className="muted">Further down the list: <button type="button" className="btn link" onClick={showAll}>show {labelOf(type).toLowerCase()}</button>.</p> : null}
      <ol className="stack" style={{ listStyle: 'none', padding: 0 }}>
        {hits.map((hit) => <HitItem key={`${hit.type}-${hit.id}`} hit={hit} />)}
      </ol>
      {!onlyType && hits.length > 0 && hits.length < count ? (
        <button type="button" className="btn secondary" onClick={showAll}>All {count} {labelOf(type).toLowerCase()}</button>
      ) : null}
    </section>
  );
}

function HitItem({ hit }: { hit: Hit }) {
  const path = hitPath(hit);
  return (
    <li className="card" data-testid="search-hit">
      <h3 style={{ margin: 0, fontSize: '1.05rem' }}>{path ? <Link to={path}>{hit.title}</Link> : hit.title}</h3>
      <p style={{ margin: '0.25rem 0 0' }}>
        <Snippet parts={hit.snippet} />
      </p>
    </li>
  );
}

/** The snippet's pieces as React text; the highlighted ones in <mark>. */
export function Snippet({ parts }: { parts: Array<{ text: string; highlighted: boolean }> }) {
  return <>{parts.map((p, i) => (p.highlighted ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
