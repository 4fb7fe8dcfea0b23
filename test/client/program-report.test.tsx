// @vitest-environment jsdom
// The program report on the dashboard: every chart has a name and its numbers as a table (what
// prints and what tests read); the report a dashboardChanged event carries replaces the one the
// query read, for its year and call only (the one way live events reach the screen).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { InMemoryCache } from '@apollo/client';
import { ReportBody } from '../../client/src/features/program-report/ProgramReportSection';
import { ProgramReportQuery } from '../../client/src/features/program-report/program-report.documents';
import { writeProgramReport } from '../../client/src/features/program-report/use-program-report';

beforeAll(() => {
  // jsdom has no layout: Recharts' container measures through ResizeObserver.
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as never;
});
afterEach(cleanup);

const month = (m: number, meetingsHeld = 0) => ({ __typename: 'MonthTrend' as const, month: `2026-${String(m).padStart(2, '0')}`, proposalsSubmitted: m === 1 ? 2 : 0, decisions: 0, meetingsHeld });
const economy = (code: string, name: string) => ({ __typename: 'Economy' as const, id: `e-${code}`, code, name });

function report(over: { meetingsInMarch?: number; year?: number } = {}) {
  return {
    __typename: 'ProgramReport' as const,
    year: over.year ?? 2026, notificationId: null, cursor: '41', generatedAt: '2026-12-07T04:00:00.000Z',
    proposalsByStatus: [{ __typename: 'ProposalStatusCount' as const, status: 'APPROVED' as const, count: 2 }],
    meetingsByEconomy: [
      { __typename: 'EconomyMeetings' as const, economy: economy('JP', 'Japan'), asSender: 0, asHost: over.meetingsInMarch ?? 1 },
      { __typename: 'EconomyMeetings' as const, economy: economy('NP', 'Nepal'), asSender: over.meetingsInMarch ?? 1, asHost: 0 },
    ],
    modalityMix: [{ __typename: 'ModalityCount' as const, modality: 'VIRTUAL' as const, count: 1 }],
    participantsByQualification: [{ __typename: 'QualificationCount' as const, qualification: 'POLICYMAKER' as const, count: 3 }],
    topics: [{ __typename: 'TopicCount' as const, topic: 'Lean management', count: 2 }],
    followUps: { __typename: 'FollowUpCounts' as const, agreed: 3, inProgress: 1, completed: 1 },
    medianDaysSubmissionToDecision: 12.5, medianDaysDecisionToMeeting: null, reportsOverdue: 1,
    byMonth: Array.from({ length: 12 }, (_, i) => month(i + 1, i === 2 ? (over.meetingsInMarch ?? 1) : 0)),
  };
}

const cells = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('row').slice(1)
  .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('program report section', () => {
  it('names each chart and gives its numbers as a table', () => {
    render(<ReportBody r={report()} />);
    expect(cells('meetings-by-economy')).toEqual([['Japan', '0', '1'], ['Nepal', '1', '0']]);
    expect(cells('follow-ups')).toEqual([['Agreed', '3'], ['In progress', '1'], ['Completed', '1']]);
    expect(cells('report-by-month')).toHaveLength(12);
    expect(screen.getByRole('figure', { name: 'Meetings held per economy' })).toBeTruthy();
    expect(screen.getByTestId('median-submission-decision').textContent).toBe('12.5 days');
    expect(screen.getByTestId('median-decision-meeting').textContent).toBe('—');
    expect(screen.getByTestId('reports-overdue').textContent).toBe('1');
  });

  it('takes the report a live event carries, for its own year and call only', () => {
    const cache = new InMemoryCache();
    const y2026 = { year: 2026, notificationId: null };
    const y2025 = { year: 2025, notificationId: null };
    cache.writeQuery({ query: ProgramReportQuery, variables: y2026, data: { programReport: report() } as never });
    cache.writeQuery({ query: ProgramReportQuery, variables: y2025, data: { programReport: report({ year: 2025 }) } as never });
    writeProgramReport(cache, y2026, report({ meetingsInMarch: 2 }) as never);
    const read = (v: typeof y2026) => cache.readQuery({ query: ProgramReportQuery, variables: v })!.programReport;
    expect(read(y2026).byMonth[2].meetingsHeld).toBe(2);
    expect(read(y2026).meetingsByEconomy.map((e) => e.asHost)).toEqual([2, 0]);
    expect(read(y2025).byMonth[2].meetingsHeld).toBe(1);
  });
});
