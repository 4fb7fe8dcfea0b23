// One call in full: every field of the APO project notification, laid out for reading.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import type { CallQuery as CallQueryData } from '../../gql/graphql';
import { QueryState } from '../../ui/State';
import { StatusBadge, humanize } from '../../ui/Badge';
import { Countdown } from '../../ui/Countdown';
import { formatDate } from '../../ui/format';
import { useViewer } from '../auth/ViewerContext';
import { CallQuery } from './calls.documents';
import { RoundList } from './CallsPage';
import { useTitle } from '../../ui/useTitle';

const ALL = 'All Member Countries';
const list = (items: readonly string[], all: boolean) => (all ? ALL : items.join(', ') || '—');

type Call = NonNullable<CallQueryData['projectNotification']>;

export function CallPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CallQuery, { variables: { id } });
  const n = data?.projectNotification;
  useTitle(n ? n.projectCode : 'Call');
  return (
    <QueryState loading={loading} error={error} hasData={!!n} onRetry={() => void refetch()}>
      {() => n && (
        <article className="card" aria-labelledby="call-title">
          <p className="small muted"><Link to="/calls">← All calls</Link></p>
          <p className="small muted">PROJECT NOTIFICATION{n.referenceNo ? ` · Reference No. ${n.referenceNo}` : ''}</p>
          <div className="spread">
            <h1 id="call-title">{n.title}</h1>
            <StatusBadge status={n.status} />
          </div>
          <OpenRound n={n} />
          <CallFacts n={n} />
          <Section title="Objectives" text={n.objectives} />
          <Section title="Rationale" text={n.rationale} />
          <section>
            <h2>Background</h2>
            {n.background.length ? n.background.map((p, i) => <p key={i}>{p}</p>) : <p className="muted">—</p>}
          </section>
          <Section title="Topics" text={n.topics} />
          <Section title="Outcome" text={n.outcome} />
          <Section title="Qualifications" text={n.qualifications} />
          {n.signatory ? (
            <p style={{ marginTop: '2rem' }}>
              <strong>{n.signatory}</strong>
              {n.signatoryTitle ? <><br />{n.signatoryTitle}</> : null}
            </p>
          ) : null}
        </article>
      )}
    </QueryState>
  );
}

/** The round open now, and where to draft a proposal for it. */
function OpenRound({ n }: { n: Call }) {
  const { viewer, isSecretariat } = useViewer();
  if (!n.currentRound) return null;
  return (
    <div className="alert info">
      Round {n.currentRound.ordinal} closes {formatDate(n.currentRound.closesOn)} (end of day, Tokyo time):{' '}
      <Countdown until={n.currentRound.closesAt} />
      {viewer?.user && !isSecretariat ? <> · <Link to={`/proposals/new?call=${n.id}`}>Draft a proposal</Link></> : null}
      {isSecretariat ? <> · <Link to={`/proposals/new?call=${n.id}`}>Propose a BCN project for an NPO</Link></> : null}
    </div>
  );
}

/** The notification's fields in the order and with the names the APO's document uses. */
function CallFacts({ n }: { n: Call }) {
  return (
    <dl className="facts">
      <dt>Date of Issue</dt><dd>{formatDate(n.issueDate)}</dd>
      <dt>Project Code</dt><dd>{n.projectCode}</dd>
      <dt>Title</dt><dd>{n.title}</dd>
      <dt>Timing</dt><dd>{formatDate(n.timingStart)} – {formatDate(n.timingEnd)}</dd>
      <dt>Hosting Country(ies)</dt><dd>{list(n.hostingEconomies, n.hostingAllMembers)}</dd>
      <dt>Venue City(ies)</dt><dd>{list(n.venueCities, n.venueAllMembers)}</dd>
      <dt>Modality</dt><dd>{n.modality ? humanize(n.modality) : '—'}</dd>
      <dt>Implementing Organization(s)</dt><dd>{n.implementingOrganizations.join(', ') || '—'}</dd>
      <dt>Participating Country(ies)</dt><dd>{list(n.participatingEconomies, n.participatingAllMembers)}</dd>
      <dt>Overseas Participants</dt>
      <dd>
        {n.overseasParticipantsText ?? '—'}
        {n.participantLimits.length ? (
          <ul className="small">{n.participantLimits.map((l) => <li key={l.modality}>{humanize(l.modality)}: up to {l.max}</li>)}</ul>
        ) : null}
      </dd>
      <dt>Local Participants</dt><dd>{n.localParticipantsText ?? (n.localParticipants ?? 'Not Applicable')}</dd>
      <dt>Closing Date</dt><dd>{n.closingDateText ?? '—'}<RoundList rounds={n.rounds} /></dd>
      <dt>Remarks</dt><dd>{n.remarks ?? '—'}</dd>
      {n.extraFields.map((f) => <Extra key={f.label} label={f.label} value={f.value} />)}
    </dl>
  );
}

function Section({ title, text }: { title: string; text: string | null | undefined }) {
  return (
    <section>
      <h2>{title}</h2>
      <p style={{ whiteSpace: 'pre-wrap' }}>{text ?? '—'}</p>
    </section>
  );
}

function Extra({ label, value }: { label: string; value: string }) {
  return (<><dt>{label}</dt><dd>{value}</dd></>);
}
