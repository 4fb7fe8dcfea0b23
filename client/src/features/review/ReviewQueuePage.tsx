// The Secretariat's review queue: filter by call, round, status and economy; decide in place;
// new submissions appear live (the activity stream triggers a refetch of the filtered list).
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { QueryState, Empty } from '../../ui/State';
import { StatusBadge, humanize } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { useLiveSubscription } from '../../apollo/live';
import { useEventCursor } from '../../apollo/event-cursor';
import { CallsQuery } from '../calls/calls.documents';
import { ProposalsQuery } from '../proposals/proposals.documents';
import { EconomiesQuery } from './filters.documents';
import { ReviewActivitySubscription } from './review.documents';
import { ReviewActions } from './ReviewActions';
import { CreatePairing } from './CreatePairing';
import { useTitle } from '../../ui/useTitle';

const STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'DRAFT'];

export function ReviewQueuePage() {
  useTitle('Review queue');
  const [notificationId, setNotificationId] = useState('');
  const [roundId, setRoundId] = useState('');
  const [status, setStatus] = useState('');
  const [economy, setEconomy] = useState('');
  const calls = useQuery(CallsQuery, { variables: { first: 50 } });
  const economies = useQuery(EconomiesQuery);
  const filter = {
    ...(notificationId ? { notification: notificationId } : {}),
    ...(roundId ? { round: roundId } : {}),
    ...(status ? { status: status as never } : {}),
    ...(economy ? { economy } : {}),
  };
  // The event cursor first, then the list: a submission in between is replayed, not missed.
  const start = useEventCursor('activity:review-queue');
  const { data, loading, error, refetch } = useQuery(ProposalsQuery, { variables: { first: 100, filter }, fetchPolicy: 'cache-and-network', skip: !start.ready });
  useLiveSubscription(ReviewActivitySubscription, {
    key: 'activity:review-queue',
    variables: {},
    initialAfter: start.after,
    cursorOf: (d) => d.activity.cursor,
    onEvent: (d) => { if (d.activity.type.startsWith('PROPOSAL_')) void refetch(); },
    skip: !start.ready,
  });
  const rounds = calls.data?.projectNotifications.edges.find((e) => e.node.id === notificationId)?.node.rounds ?? [];
  const rows = data?.proposals.edges.map((e) => e.node) ?? [];

  return (
    <>
      <h1>Review queue</h1>
      <form className="card grid" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label className="field"><span className="label">Call</span>
          <select value={notificationId} onChange={(e) => { setNotificationId(e.target.value); setRoundId(''); }}>
            <option value="">All calls</option>
            {calls.data?.projectNotifications.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.projectCode}</option>)}
          </select>
        </label>
        <label className="field"><span className="label">Round</span>
          <select value={roundId} onChange={(e) => setRoundId(e.target.value)} disabled={!notificationId}>
            <option value="">All rounds</option>
            {rounds.map((r) => <option key={r.id} value={r.id}>Round {r.ordinal}</option>)}
          </select>
        </label>
        <label className="field"><span className="label">Status</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any status</option>
            {STATUSES.map((s) => <option key={s} value={s}>{humanize(s)}</option>)}
          </select>
        </label>
        <label className="field"><span className="label">Economy</span>
          <select value={economy} onChange={(e) => setEconomy(e.target.value)}>
            <option value="">All economies</option>
            {economies.data?.economies.map((x) => <option key={x.code} value={x.code}>{x.name}</option>)}
          </select>
        </label>
      </form>
      <QueryState loading={loading || !start.ready} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {() => (
          <>
            <p className="muted small">{data!.proposals.totalCount} proposal(s)</p>
            {rows.length === 0 ? <Empty>Nothing matches these filters.</Empty> : null}
            <div className="stack">
              {rows.map((p) => (
                <article key={p.id} className="card" data-testid="queue-item" aria-label={p.topic}>
                  <div className="spread">
                    <h2 style={{ margin: 0 }}><Link to={`/proposals/${p.id}`}>{p.topic}</Link></h2>
                    <StatusBadge status={p.status} />
                  </div>
                  <p className="small muted">
                    {p.sendingOrganization.name} ({p.sendingOrganization.acronym}) · {p.notification?.projectCode ?? '—'}
                    {p.round ? ` · round ${p.round.ordinal}` : ''} · {humanize(p.modality)}
                    {p.submittedAt ? ` · submitted ${formatDateTime(p.submittedAt, 'Asia/Tokyo')}` : ''}
                  </p>
                  <ReviewActions proposal={{ id: p.id, status: p.status, version: p.version, topic: p.topic }} />
                  {p.status === 'APPROVED' ? <CreatePairing proposalId={p.id} /> : null}
                </article>
              ))}
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
