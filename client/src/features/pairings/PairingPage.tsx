// A pairing workspace (the two NPOs and the Secretariat): status timeline and transitions, the
// meeting plan, planning threads and follow-ups. Changes by the other side arrive live.
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../ui/State';
import { StatusBadge } from '../../ui/Badge';
import { useLiveCache, writeEntity } from '../../apollo/live-cache';
import { useEventCursor } from '../../apollo/event-cursor';
import { PairingChangedSubscription, PairingFieldsFragment, PairingQuery } from './pairings.documents';
import { StatusTimeline } from './components/StatusTimeline';
import { PairingActions } from './PairingActions';
import { MeetingPlanSection } from './MeetingPlanSection';
import { FollowUps } from './FollowUps';
import { ThreadList } from '../workspace/ThreadList';
import { ThreadPanel } from '../workspace/ThreadPanel';
import { useTitle } from '../../ui/useTitle';
import { orgLong } from '../../ui/org';


/** What the pairing's reason explains, by the status it is in. */
const REASON_LABEL: Record<string, string> = { HOST_DECLINED: 'Declined', CANCELLED: 'Cancelled', PLANNING: 'Back to planning to reschedule' };

export function PairingPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const threadId = params.get('thread');
  // The event cursor first, then the workspace: a change in between is replayed, not missed.
  const start = useEventCursor(`pairingChanged:${id}`);
  const { data, loading, error, refetch } = useQuery(PairingQuery, { variables: { id }, fetchPolicy: 'cache-and-network', skip: !start.ready });
  const p = data?.pairing;
  useTitle(p ? `Workspace: ${p.proposal.topic}` : 'Workspace');

  // The event carries the whole workspace as this page shows it: written into the cache (the
  // editors keep their own drafts and merge on save).
  useLiveCache(PairingChangedSubscription, {
    key: `pairingChanged:${id}`,
    variables: { id },
    initialAfter: start.after,
    cursorOf: (d) => d.pairingChanged.cursor,
    write: (cache, d) => writeEntity(cache, PairingFieldsFragment, d.pairingChanged.pairing, 'PairingFields'),
    onGap: () => void refetch(),
    skip: !p,
  });


  return (
    <QueryState loading={loading || !start.ready} error={error} hasData={!!p} onRetry={() => void refetch()}>
      {() => (
        <>
          <p className="small muted"><Link to="/pairings">← Pairings</Link> · <Link to={`/proposals/${p!.proposal.id}`}>the proposal</Link></p>
          <div className="spread">
            <h1>{p!.proposal.topic}</h1>
            <span data-testid="pairing-status"><StatusBadge status={p!.status} /></span>
          </div>
          <p className="muted">
            Sending: <strong>{orgLong(p!.sendingOrganization)}</strong>, {p!.sendingOrganization.timeZone} ·
            Host: <strong>{orgLong(p!.hostOrganization)}</strong>, {p!.hostOrganization.timeZone}
          </p>
          <StatusTimeline status={p!.status} />
          {p!.statusReason ? <div className="alert info"><strong>{REASON_LABEL[p!.status] ?? 'Note'}:</strong> {p!.statusReason}</div> : null}
          <PairingActions pairing={p!} />
          <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))', alignItems: 'start' }}>
            <div>
              <MeetingPlanSection pairing={p!} />
              <FollowUps pairing={p!} />
            </div>
            <div>
              <ThreadList pairingId={p!.id} threads={p!.threads.edges.map((e) => e.node)} selected={threadId} canCreate={p!.status !== 'CANCELLED' && p!.status !== 'HOST_DECLINED'} />
              {threadId ? (
                <ThreadPanel
                  key={threadId}
                  threadId={threadId}
                  focusId={params.get('message')}
                  members={p!.members.map((m) => ({ id: m.id, name: m.name, email: m.email, org: m.organization.economy ? `${m.organization.acronym} · ${m.organization.economy.name}` : m.organization.acronym }))}
                  zones={[
                    { label: p!.sendingOrganization.acronym, timeZone: p!.sendingOrganization.timeZone },
                    { label: p!.hostOrganization.acronym, timeZone: p!.hostOrganization.timeZone },
                  ]}
                />
              ) : null}
            </div>
          </div>
        </>
      )}
    </QueryState>
  );
}
