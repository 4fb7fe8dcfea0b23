// The showcase: completed pairings both NPOs agreed to show, as cards (topic, sender → host,
// what worked, what to try, a contact). Signed-in users see every consented entry, anonymous
// visitors the public ones; the server decides. Topic text and economy live in the URL
// (?q=…&economy=…) so a reload or a shared link shows the same view.
import { useQuery } from '@apollo/client/react';
import type { ShowcaseQuery as ShowcaseData } from '../../gql/graphql';
import { Empty, QueryState } from '../../ui/State';
import { formatDate } from '../../ui/format';
import { useListView } from '../../ui/list-view';
import { useTitle } from '../../ui/useTitle';
import { useViewer } from '../auth/ViewerContext';
import { ShowcaseEconomiesQuery, ShowcaseQuery } from './showcase.documents';

type Entry = ShowcaseData['showcase']['edges'][number]['node'];
const NO_SORTS = [{ key: 'newest', label: 'Newest first' }];

export function ShowcasePage() {
  useTitle('Showcase');
  const { viewer } = useViewer();
  const view = useListView(NO_SORTS);
  const economy = view.params.get('economy') ?? '';
  const filter = { topic: view.text, economyId: economy || null };
  const { data: fresh, previousData, loading, error, refetch, fetchMore } = useQuery(ShowcaseQuery, { variables: { first: 20, filter } });
  const data = fresh ?? previousData;
  const conn = data?.showcase;
  const more = () =>
    void fetchMore({
      variables: { after: conn!.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ showcase: { ...fetchMoreResult.showcase, edges: [...prev.showcase.edges, ...fetchMoreResult.showcase.edges] } }),
    });
  return (
    <>
      <h1>Showcase of completed pairings</h1>
      <p className="muted">
        What worked when one NPO learned from another, and what to try. {viewer?.user ? 'Shown to signed-in NPOs with both NPOs’ consent.' : 'Public entries; sign in to see those shared with NPOs.'}
      </p>
      <Filters q={view.q} setQ={view.setQ} economy={economy} setEconomy={(v) => view.set({ economy: v })} />
      <QueryState loading={loading} error={error} hasData={!!conn} onRetry={() => void refetch()}>
        {() => (
          <>
            {conn!.edges.length === 0 ? <Empty>{view.text || economy ? 'No showcase entry matches.' : 'Nothing is on the showcase yet.'}</Empty> : null}
            <div className="stack">
              {conn!.edges.map(({ node }) => <ShowcaseCard key={node.id} e={node} />)}
            </div>
            {fresh && conn!.pageInfo.hasNextPage ? <button type="button" className="btn secondary" onClick={more}>Show more</button> : null}
          </>
        )}
      </QueryState>
    </>
  );
}

function Filters({ q, setQ, economy, setEconomy }: { q: string; setQ(v: string): void; economy: string; setEconomy(v: string): void }) {
  const { data } = useQuery(ShowcaseEconomiesQuery);
  return (
    <div className="row" role="search" aria-label="Showcase: filter">
      <label className="field" style={{ margin: 0, flex: '2 1 14rem' }}>
        <span className="label">Topic</span>
        <input type="search" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} placeholder="Words of the topic…" />
      </label>
      <label className="field" style={{ margin: 0, flex: '1 1 10rem' }}>
        <span className="label">Economy</span>
        <select value={economy} onChange={(e) => setEconomy(e.target.value)}>
          <option value="">All economies</option>
          {(data?.economies ?? []).map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
        </select>
      </label>
    </div>
  );
}

function ShowcaseCard({ e }: { e: Entry }) {
  return (
    <article className="card" aria-labelledby={`showcase-${e.id}`} data-testid="showcase-entry">
      <div className="spread">
        <h2 id={`showcase-${e.id}`} style={{ margin: 0 }}>{e.title}</h2>
        {e.public ? <span className="badge">Public</span> : <span className="badge">Signed-in NPOs</span>}
      </div>
      <p className="muted small">
        {e.sendingEconomy.name} ({e.sendingOrganization.acronym}) → {e.hostEconomy.name} ({e.hostOrganization.acronym}) · completed {formatDate(e.completedAt)}
      </p>
      <h3>What worked</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{e.whatWorked}</p>
      <h3>What to try</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{e.whatToTry}</p>
      <p className="small">Contact: {e.contactName}, <a href={`mailto:${e.contactEmail}`}>{e.contactEmail}</a></p>
    </article>
  );
}
