// A pairing workspace (the two NPOs and the Secretariat): status timeline and transitions, the
// meeting plan, planning threads and follow-ups. Changes by the other side arrive live.
import { Link, useParams, useSearchParams } from 'react-router';
import type { PairingFieldsFragment as Pairing } from '../../gql/graphql';
import { QueryState } from '../../ui/State';
import { StatusBadge } from '../../ui/Badge';
import { writeEntity } from '../../apollo/live-cache';
import { useLiveEntity } from '../../apollo/live-entity';
import { PairingChangedSubscription, PairingFieldsFragment, PairingQuery } from './pairings.documents';
import { StatusTimeline } from './components/StatusTimeline';
import { PairingActions } from './PairingActions';
import { MeetingPlanSection } from './MeetingPlanSection';
import { MeetingRecordSection } from '../meeting-record/MeetingRecordSection';
import { CompletionReportSection } from '../completion-report/CompletionReportSection';
import { FollowUps } from './FollowUps';
import { ShowcaseSection } from '../showcase/ShowcaseSection';
import { ThreadList } from '../workspace/ThreadList';
import { ThreadPanel } from '../workspace/ThreadPanel';
import { useTitle } from '../../ui/useTitle';
import { orgLong } from '../../ui/org';

/** What the pairing's reason explains, by the status it is in. */
const REASON_LABEL: Record<string, string> = { HOST_DECLINED: 'Declined', CANCELLED: 'Cancelled', PLANNING: 'Back to planning to reschedule' };

export function PairingPage() {
  const { id = '' } = useParams();
  // The event carries the whole workspace as this page shows it: written into the cache (the
  // editors keep their own drafts and merge on save).
  const { data, loading, error, retry } = useLiveEntity(PairingQuery, PairingChangedSubscription, {
    key: `pairingChanged:${id}`,
    id,
    cursorOf: (d) => d.pairingChanged.cursor,
    write: (cache, d) => writeEntity(cache, PairingFieldsFragment, d.pairingChanged.pairing, 'PairingFields'),
  });
  const p = data?.pairing;
  useTitle(p ? `Workspace: ${p.proposal.topic}` : 'Workspace');

  return (
    <QueryState loading={loading} error={error} hasData={!!p} onRetry={retry}>
      {() => (
        <>
          <PairingHeader p={p!} />
          <PairingActions pairing={p!} />
          <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))', alignItems: 'start' }}>
            <div>
              <MeetingPlanSection pairing={p!} />
              <MeetingRecordSection pairing={p!} />
              <CompletionReportSection pairing={p!} />
              <FollowUps pairing={p!} />
              <ShowcaseSection pairing={p!} />
            </div>
            <WorkspaceThreads p={p!} />
          </div>
        </>
      )}
    </QueryState>
  );
}

function PairingHeader({ p }: { p: Pairing }) {
  return (
    <>
      <p className="small muted"><Link to="/pairings">← Pairings</Link> · <Link to={`/proposals/${p.proposal.id}`}>the proposal</Link></p>
      <div className="spread">
        <h1>{p.proposal.topic}</h1>
        <span data-testid="pairing-status"><StatusBadge status={p.status} /></span>
      </div>
      <p className="muted">
        Sending: <strong>{orgLong(p.sendingOrganization)}</strong>, {p.sendingOrganization.timeZone} ·
        Host: <strong>{orgLong(p.hostOrganization)}</strong>, {p.hostOrganization.timeZone}
      </p>
      <StatusTimeline status={p.status} />
      {p.statusReason ? <div className="alert info"><strong>{REASON_LABEL[p.status] ?? 'Note'}:</strong> {p.statusReason}</div> : null}
    </>
  );
}

/** The planning threads, and the one chosen in the address (?thread=…, ?message=… to point at one). */
function WorkspaceThreads({ p }: { p: Pairing }) {
  const [params] = useSearchParams();
  const threadId = params.get('thread');
  return (
    <div>
      <ThreadList pairingId={p.id} threads={p.threads.edges.map((e) => e.node)} selected={threadId} canCreate={p.status !== 'CANCELLED' && p.status !== 'HOST_DECLINED'} />
      {threadId ? (
        <ThreadPanel
          key={threadId}
          threadId={threadId}
          focusId={params.get('message')}
          members={p.members.map((m) => ({ id: m.id, name: m.name, email: m.email, org: m.organization.economy ? `${m.organization.acronym} · ${m.organization.economy.name}` : m.organization.acronym }))}
          zones={[
            { label: p.sendingOrganization.acronym, timeZone: p.sendingOrganization.timeZone },
            { label: p.hostOrganization.acronym, timeZone: p.hostOrganization.timeZone },
          ]}
        />
      ) : null}
    </div>
  );
}
