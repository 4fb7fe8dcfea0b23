// A proposal laid out for reading.
import type { ProposalFieldsFragment } from '../../../gql/graphql';
import { humanize } from '../../../ui/Badge';
import { formatDate, formatDateTime } from '../../../ui/format';
import { orgLong } from '../../../ui/org';
import { LimitsNote } from '../../../ui/program-fields';

export function ProposalDetails({ proposal: p }: { proposal: ProposalFieldsFragment }) {
  return (
    <section className="card" aria-label="Proposal details">
      <dl className="facts">
        <dt>Call</dt><dd>{p.notification ? `${p.notification.projectCode} — ${p.notification.title}` : 'archived'}</dd>
        <dt>Round</dt><dd>{p.round ? `Round ${p.round.ordinal} (closes ${formatDate(p.round.closesOn)})` : 'Set when submitted'}</dd>
        <dt>Economy</dt><dd>{p.economy.name}</dd>
        <dt>Sending NPO</dt><dd>{orgLong(p.sendingOrganization)}{p.proposedBySecretariat ? ' — proposed by the APO Secretariat' : ''}</dd>
        <dt>Preferred hosts</dt><dd>{p.preferredHosts.length ? <ol style={{ margin: 0 }}>{p.preferredHosts.map((h) => <li key={h.organization.id}>{orgLong(h.organization)}</li>)}</ol> : '—'}</dd>
        <dt>Modality</dt><dd>{humanize(p.modality)}</dd>
        <dt>Proposed period</dt><dd>{p.periodStart || p.periodEnd ? `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}` : 'not set'}</dd>
        <dt>Submitted</dt><dd>{p.submittedAt ? formatDateTime(p.submittedAt, p.sendingOrganization.timeZone) : 'not yet'}</dd>
      </dl>
      <h2>Objectives</h2><p style={{ whiteSpace: 'pre-wrap' }}>{p.objectives || '—'}</p>
      <h2>Expected outcome</h2><p style={{ whiteSpace: 'pre-wrap' }}>{p.expectedOutcome || '—'}</p>
      <h2>Planned participants</h2>
      <p className="muted">{p.plannedParticipants.length} planned. <LimitsNote limits={p.notification?.participantLimits ?? []} what="participants" /></p>
      {p.plannedParticipants.length ? (
        <ul>{p.plannedParticipants.map((x, i) => <li key={i}>{x.name}{x.title ? `, ${x.title}` : ''} — {humanize(x.qualification)}</li>)}</ul>
      ) : null}
    </section>
  );
}
