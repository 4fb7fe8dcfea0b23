// The completion report on the pairing page (issue 19), once the meeting is marked held: when it
// is due, the proposal's objectives beside the outcomes, the sending NPO's form, the
// Secretariat's decisions, and what changed between the last two submissions.
import { useState } from 'react';
import type { CompletionReportFieldsFragment as Report, PairingFieldsFragment } from '../../gql/graphql';
import { StatusBadge } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { onlyFieldErrors } from '../../ui/errors';
import { ErrorMessage } from '../../ui/State';
import { useViewer } from '../auth/ViewerContext';
import { ReportDiff } from './ReportDiff';
import { REPORT_LABELS, ReportForm } from './ReportForm';
import { ReviewButtons } from './ReviewButtons';
import { useCompletionReport } from './use-completion-report';

const REPORTING = ['MEETING_HELD', 'FOLLOW_UP'];
const OPEN_FOR_SENDER = ['DUE', 'CHANGES_REQUESTED'];

export function CompletionReportSection({ pairing: p }: { pairing: PairingFieldsFragment }) {
  const r = p.completionReport;
  if (!r) return null;
  return <ReportCard pairing={p} report={r} />;
}

function ReportCard({ pairing: p, report: r }: { pairing: PairingFieldsFragment; report: Report }) {
  const { viewer, isSecretariat } = useViewer();
  const ops = useCompletionReport(p.id, r.version);
  const [editing, setEditing] = useState(false);
  const sender = viewer?.organization.id === p.sendingOrganization.id;
  const mayWrite = sender && REPORTING.includes(p.status) && OPEN_FOR_SENDER.includes(r.status);
  const zone = viewer?.organization.timeZone;
  const submit = (texts: Parameters<typeof ops.submit>[0]) => void ops.submit(texts).then(() => setEditing(false), () => {});
  return (
    <section className="card" aria-labelledby="report-title" data-testid="completion-report">
      <div className="spread">
        <h2 id="report-title">Completion report</h2>
        <StatusBadge status={r.status} />
      </div>
      <p className="small">
        Due {formatDateTime(r.dueAt, zone)}{r.overdue ? <strong className="field-error" data-testid="report-overdue"> · overdue</strong> : null}
      </p>
      {r.changeRequest && (sender || isSecretariat) ? <div className="alert info"><strong>Changes asked for:</strong> {r.changeRequest}</div> : null}
      {r.status === 'WAIVED' ? <div className="alert info"><strong>Waived</strong>{r.decidedBy ? ` by ${r.decidedBy.name}` : ''}: {r.waiverReason}</div> : null}
      {r.status === 'ACCEPTED' ? <p className="small muted">Accepted{r.decidedBy ? ` by ${r.decidedBy.name}` : ''}{r.decidedAt ? `, ${formatDateTime(r.decidedAt, zone)}` : ''}.</p> : null}
      <ReportFacts objectives={r.pairing.proposal.objectives} report={r} />
      {mayWrite && !editing ? <button type="button" className="btn" onClick={() => setEditing(true)}>{r.revisions.length ? 'Revise the report' : 'Write the report'}</button> : null}
      {mayWrite && editing ? (
        <ReportForm initial={{ outcomes: r.outcomes, application: r.application, followUpPlan: r.followUpPlan }} busy={ops.busy} error={ops.submitError} onSubmit={submit} />
      ) : null}
      {isSecretariat ? <ReviewButtons status={r.status} busy={ops.busy} onAccept={ops.accept} onChanges={ops.requestChanges} onWaive={ops.waive} /> : null}
      <ErrorMessage error={onlyFieldErrors(ops.error, Object.keys(REPORT_LABELS)) ? null : ops.error} />
      <ReportDiff revisions={r.revisions} timeZone={zone} />
    </section>
  );
}

/** The proposal's objectives beside what the report says came of them. */
function ReportFacts({ objectives, report: r }: { objectives: string; report: Report }) {
  if (r.revisions.length === 0) return <p className="muted small">Objectives of the proposal: {objectives}</p>;
  return (
    <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))' }}>
      <div><h3 className="label">Objectives of the proposal</h3><p style={{ whiteSpace: 'pre-wrap' }}>{objectives}</p></div>
      <div><h3 className="label">{REPORT_LABELS.outcomes}</h3><p style={{ whiteSpace: 'pre-wrap' }} data-testid="report-outcomes">{r.outcomes}</p></div>
      <div><h3 className="label">{REPORT_LABELS.application}</h3><p style={{ whiteSpace: 'pre-wrap' }}>{r.application}</p></div>
      <div><h3 className="label">{REPORT_LABELS.followUpPlan}</h3><p style={{ whiteSpace: 'pre-wrap' }}>{r.followUpPlan}</p></div>
    </div>
  );
}
