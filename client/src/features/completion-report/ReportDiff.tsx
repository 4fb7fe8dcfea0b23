// What changed between the last two submissions of the report, with the shared DiffView.
import type { CompletionReportFieldsFragment } from '../../gql/graphql';
import { DiffView } from '../../ui/DiffView';
import { formatDateTime } from '../../ui/format';
import { REPORT_LABELS } from './ReportForm';

type Revision = CompletionReportFieldsFragment['revisions'][number];

const snapshot = (r: Revision) => ({ outcomes: r.outcomes, application: r.application, followUpPlan: r.followUpPlan });

export function ReportDiff({ revisions, timeZone }: { revisions: Revision[]; timeZone?: string }) {
  const sorted = [...revisions].sort((a, b) => a.number - b.number);
  if (sorted.length === 0) return null;
  const last = sorted[sorted.length - 1]!;
  const before = sorted[sorted.length - 2];
  return (
    <details open={!!before}>
      <summary className="small">Revision {last.number}, submitted by {last.author?.name ?? 'NPO staff'}, {formatDateTime(last.createdAt, timeZone)}</summary>
      {before ? (
        <DiffView before={snapshot(before)} after={snapshot(last)} beforeLabel={`Revision ${before.number}`} afterLabel={`Revision ${last.number}`} labels={REPORT_LABELS} />
      ) : null}
    </details>
  );
}
