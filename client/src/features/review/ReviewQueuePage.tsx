// The Secretariat's review queue. By default it shows what waits for a decision (submitted or
// under review); filters (call, round, status, economy), text filter and sort live in the URL.
// Pairing is offered only where it applies. New submissions appear live.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { ProposalsQuery as ProposalsData } from '../../gql/graphql';
import { QueryState, Empty } from '../../ui/State';
import { StatusBadge, humanize } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { orgLong } from '../../ui/org';
import { ListControls, byNewest, byText, useListView, type SortOption } from '../../ui/list-view';
import { useEventCursor } from '../../apollo/event-cursor';
import { useLiveCache } from '../../apollo/live-cache';
import { CallsQuery } from '../calls/calls.documents';
import { ProposalsQuery } from '../proposals/proposals.documents';
import { EconomiesQuery } from './filters.documents';
import { ReviewActivitySubscription } from './review.documents';
import { ReviewActions } from './ReviewActions';
import { CreatePairing, PairingLinks, canPair } from './CreatePairing';
import { useTitle } from '../../ui/useTitle';

type Row = ProposalsData['proposals']['edges'][number]['node'];
const STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'DRAFT'];
/** The default view: what waits for the Secretariat. */
const AWAITING = 'AWAITING';
const ANY = 'ANY';
const SORTS: SortOption<Row>[] = [
  { key: 'submitted', label: 'Oldest submission first', compare: (a, b) => (a.submittedAt ?? '9').localeCompare(b.submittedAt ?? '9') },
  { key: 'updated', label: 'Last updated', compare: byNewest((p) => p.updatedAt) },
  { key: 'topic', label: 'Topic (A–Z)', compare: byText((p) => p.topic) },
  { key: 'economy', label: 'Economy', compare: byText((p) => p.economy.name) },
];
const textOf = (p: Row) => [p.topic, orgLong(p.sendingOrganization), p.economy.name, p.notification?.projectCode ?? ''].join(' ');

export function ReviewQueuePage() {
  useTitle('Review queue');
  const view = useListView(SORTS, textOf);
  const get = (k: string) => view.params.get(k) ?? '';
  const notificationId = get('call');
  const status = view.params.get('status') ?? AWAITING;
  const calls = useQuery(CallsQuery, { variables: { first: 50 } });
  const economies = useQuery(EconomiesQuery);
  const base = { ...(notificationId ? { notification: notificationId } : {}), ...(get('round') ? { round: get('round') } : {}), ...(get('economy') ? { economy: get('economy') } : {}) };
  // "Waiting for a decision" is two statuses; the API filters one at a time.
  const [first, second] = status === AWAITING ? ['SUBMITTED', 'UNDER_REVIEW'] : [status === ANY ? undefined : status, undefined];
  const start = useEventCursor('activity:review-queue');
  const q1 = useQuery(ProposalsQuery, { variables: { first: 100, filter: { ...base, ...(first ? { status: first as never } : {}) } }, fetchPolicy: 'cache-and-network', skip: !start.ready });
  const q2 = useQuery(ProposalsQuery, { variables: { first: 100, filter: { ...base, status: second as never } }, fetchPolicy: 'cache-and-network', skip: !start.ready || !second });
  // Activity events name the proposal but do not carry it: which lists it now belongs to is the
  // server's filter to apply, so the cached lists are dropped and the queries on screen reload.
  useLiveCache(ReviewActivitySubscription, {
    key: 'activity:review-queue',
    variables: {},
    initialAfter: start.after,
    cursorOf: (d) => d.activity.cursor,
    write: (cache, d) => { if (d.activity.type.startsWith('PROPOSAL_') || d.activity.type.startsWith('PAIRING_')) { cache.evict({ id: 'ROOT_QUERY', fieldName: 'proposals' }); cache.gc(); } },
    skip: !start.ready,
  });
  const rounds = calls.data?.projectNotifications.edges.find((e) => e.node.id === notificationId)?.node.rounds ?? [];
  // While an evicted list reloads, keep showing what was there: unmounting the rows would close a
  // confirmation the officer has open (e.g. "Yes, approve") when an unrelated event lands.
  const d1 = q1.data ?? q1.previousData;
  const d2 = q2.data ?? q2.previousData;
  const all = [...(d1?.proposals.edges ?? []), ...(second ? d2?.proposals.edges ?? [] : [])].map((e) => e.node);
  const rows = view.apply(uniqueById(all));
  const data = d1 && (!second || d2);
  const select = (k: string, label: string, value: string, options: Array<[string, string]>, extra?: { disabled?: boolean; clears?: string }) => (
    <label className="field"><span className="label">{label}</span>
      <select value={value} disabled={extra?.disabled} onChange={(e) => view.set({ [k]: k === 'status' && e.target.value === AWAITING ? '' : e.target.value, ...(extra?.clears ? { [extra.clears]: '' } : {}) })}>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </label>
  );

  return (
    <>
      <h1>Review queue</h1>
      <form className="card" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <div className="grid">
          {select('status', 'Status', status, [[AWAITING, 'Waiting for a decision'], [ANY, 'Any status'], ...STATUSES.map((s) => [s, humanize(s)] as [string, string])])}
          {select('call', 'Call', notificationId, [['', 'All calls'], ...(calls.data?.projectNotifications.edges.map(({ node }) => [node.id, node.projectCode] as [string, string]) ?? [])], { clears: 'round' })}
          {select('round', 'Round', get('round'), [['', 'All rounds'], ...rounds.map((r) => [r.id, `Round ${r.ordinal}`] as [string, string])], { disabled: !notificationId })}
          {select('economy', 'Economy', get('economy'), [['', 'All economies'], ...(economies.data?.economies.map((x) => [x.code, x.name] as [string, string]) ?? [])])}
        </div>
        <ListControls view={view} label="the queue" />
      </form>
      <QueryState loading={q1.loading || q2.loading || !start.ready} error={q1.error ?? q2.error} hasData={!!data} onRetry={() => { void q1.refetch(); if (second) void q2.refetch(); }}>
        {() => (
          <>
            <p className="muted small" data-testid="queue-count">{rows.length} proposal{rows.length === 1 ? '' : 's'}</p>
            {rows.length === 0 ? <Empty>Nothing matches these filters.</Empty> : null}
            <div className="stack">
              {rows.map((p) => (
                <article key={p.id} className="card" data-testid="queue-item" aria-label={p.topic}>
                  <div className="spread">
                    <h2 style={{ margin: 0 }}><Link to={`/proposals/${p.id}`}>{p.topic}</Link></h2>
                    <StatusBadge status={p.status} />
                  </div>
                  <p className="small muted">
                    {orgLong(p.sendingOrganization)} · {p.notification?.projectCode ?? '—'}
                    {p.round ? ` · round ${p.round.ordinal}` : ''} · {humanize(p.modality)}
                    {p.submittedAt ? ` · submitted ${formatDateTime(p.submittedAt, 'Asia/Tokyo')}` : ''}
                  </p>
                  <ReviewActions proposal={{ id: p.id, status: p.status, version: p.version, topic: p.topic }} />
                  <PairingLinks pairings={p.pairings} />
                  {canPair(p.status, p.pairings) ? <CreatePairing proposalId={p.id} /> : null}
                </article>
              ))}
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}

/** A proposal moving between the two "waiting" lists may briefly be in both while they reload. */
function uniqueById<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
