// The program report on the Secretariat's dashboard (issue 19): a year and a call to choose,
// charts with their numbers, trends by month, a CSV download and a print view (the @media print
// rules in ui/styles.css print this section alone, black on white). Live through dashboardChanged.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { humanize } from '../../ui/Badge';
import { queryOf } from '../../ui/Download';
import { QueryState } from '../../ui/State';
import { Bars, Trend, type Row } from './components/ReportChart';
import { KeyFigures } from './components/KeyFigures';
import { ReportCallsQuery } from './program-report.documents';
import { useProgramReport } from './use-program-report';
import { PrintingContext, usePrinting } from './use-printing';

const THIS_YEAR = new Date().getUTCFullYear();
const YEARS = Array.from({ length: THIS_YEAR - 2020 + 2 }, (_, i) => THIS_YEAR + 1 - i);

export function ProgramReportSection() {
  const [year, setYear] = useState(THIS_YEAR);
  const [call, setCall] = useState<string | null>(null);
  const calls = useQuery(ReportCallsQuery).data?.projectNotifications.edges.map((e) => e.node) ?? [];
  const { report: r, loading, error, retry } = useProgramReport(year, call);
  const printing = usePrinting();
  const callName = calls.find((c) => c.id === call)?.projectCode ?? 'all calls';

  return (
    <section className="card program-report" aria-labelledby="program-report-title" data-testid="program-report">
      <h2 id="program-report-title">Program report {year}, {callName}</h2>
      <div className="report-controls no-print">
        <label className="field">Year{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="report-year">
            {YEARS.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label className="field">Call{' '}
          <select value={call ?? ''} onChange={(e) => setCall(e.target.value || null)} data-testid="report-call">
            <option value="">All calls</option>
            {calls.map((c) => <option key={c.id} value={c.id}>{c.projectCode} — {c.title}</option>)}
          </select>
        </label>
        <a className="btn secondary" href={`/export/program-report.csv${queryOf({ year: String(year), notificationId: call })}`} download data-testid="download-program-report-csv">Download CSV</a>
        <button type="button" className="btn secondary" onClick={() => window.print()}>Print</button>
      </div>
      <QueryState loading={loading && !r} error={error} hasData={!!r} onRetry={retry}>
        {() => <PrintingContext.Provider value={printing}><ReportBody r={r!} /></PrintingContext.Provider>}
      </QueryState>
    </section>
  );
}

type Report = NonNullable<ReturnType<typeof useProgramReport>['report']>;
const counted = <T extends { count: number }>(items: T[], label: (t: T) => string): Row[] => items.map((x) => ({ label: label(x), count: x.count }));
const COUNT = [{ key: 'count', label: 'Count' }];

export function ReportBody({ r }: { r: Report }) {
  return (
    <div data-testid="program-report-loaded">
      <KeyFigures r={r} />
      <Trend id="report-trend" title="Trends by month" testId="report-by-month"
        series={[{ key: 'proposalsSubmitted', label: 'Proposals submitted' }, { key: 'decisions', label: 'Decisions' }, { key: 'meetingsHeld', label: 'Meetings held' }]}
        rows={r.byMonth.map((m) => ({ label: m.month, proposalsSubmitted: m.proposalsSubmitted, decisions: m.decisions, meetingsHeld: m.meetingsHeld }))} />
      <div className="grid">
        <Bars id="report-status" title="Proposals by status" series={COUNT} rows={counted(r.proposalsByStatus, (x) => humanize(x.status))} testId="proposals-by-status" />
        <Bars id="report-economy" title="Meetings held per economy" layout="vertical" testId="meetings-by-economy"
          series={[{ key: 'asSender', label: 'As sender' }, { key: 'asHost', label: 'As host' }]}
          rows={r.meetingsByEconomy.map((e) => ({ label: e.economy.name, asSender: e.asSender, asHost: e.asHost }))} />
        <Bars id="report-modality" title="Modality of the meetings held" series={COUNT} rows={counted(r.modalityMix, (x) => humanize(x.modality))} testId="modality-mix" />
        <Bars id="report-participants" title="Participants by qualification" series={COUNT} rows={counted(r.participantsByQualification, (x) => humanize(x.qualification))} testId="participants-by-qualification" />
        <Bars id="report-follow-ups" title="Follow-up activities" series={COUNT} testId="follow-ups"
          rows={[{ label: 'Agreed', count: r.followUps.agreed }, { label: 'In progress', count: r.followUps.inProgress }, { label: 'Completed', count: r.followUps.completed }]} />
        <Bars id="report-topics" title="Topics of the proposals" layout="vertical" series={COUNT} rows={counted(r.topics, (x) => x.topic)} testId="topics" />
      </div>
    </div>
  );
}
