// The program report's single numbers: medians, overdue reports, and when the figures were read.
import type { ProgramReportFieldsFragment } from '../../../gql/graphql';

const days = (v: number | null | undefined) => (v == null ? '—' : `${v} days`);

export function KeyFigures({ r }: { r: Pick<ProgramReportFieldsFragment, 'medianDaysSubmissionToDecision' | 'medianDaysDecisionToMeeting' | 'reportsOverdue' | 'generatedAt'> }) {
  return (
    <dl className="report-key-figures" data-testid="report-key-figures">
      <div><dt>Median days, submission to decision</dt><dd data-testid="median-submission-decision">{days(r.medianDaysSubmissionToDecision)}</dd></div>
      <div><dt>Median days, decision to meeting</dt><dd data-testid="median-decision-meeting">{days(r.medianDaysDecisionToMeeting)}</dd></div>
      <div><dt>Completion reports overdue</dt><dd data-testid="reports-overdue">{r.reportsOverdue}</dd></div>
      <div><dt>As of</dt><dd>{new Date(r.generatedAt as string).toISOString().slice(0, 16).replace('T', ' ')} UTC</dd></div>
    </dl>
  );
}
