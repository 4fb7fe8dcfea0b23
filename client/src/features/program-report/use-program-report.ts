// The program report of a year (and call), live: dashboardChanged carries the report for the same
// year and call, and each event's report is written into the cache over the query's (the one way
// screens apply live events, apollo/live-cache.ts); nothing is refetched except after a gap.
import type { ApolloCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ProgramReportFieldsFragment } from '../../gql/graphql';
import { useLiveCache } from '../../apollo/live-cache';
import { ProgramReportChangedSubscription, ProgramReportQuery } from './program-report.documents';

export function useProgramReport(year: number, notificationId: string | null) {
  const variables = { year, notificationId };
  const { data, loading, error, refetch } = useQuery(ProgramReportQuery, { variables, fetchPolicy: 'network-only' });
  const report = data?.programReport;

  useLiveCache(ProgramReportChangedSubscription, {
    key: `dashboardChanged:programReport:${year}:${notificationId ?? 'all'}`,
    variables,
    initialAfter: report?.cursor ?? null,
    cursorOf: (x) => x.dashboardChanged.cursor,
    write: (cache, x) => writeProgramReport(cache, variables, x.dashboardChanged.dashboard.programReport),
    onGap: () => void refetch(),
    skip: !report,
  });
  return { report, loading, error, retry: () => void refetch() };
}

/** The report an event carries replaces the query's for the same year and call. */
export function writeProgramReport(cache: ApolloCache, variables: { year: number; notificationId: string | null }, report: ProgramReportFieldsFragment): void {
  cache.writeQuery({ query: ProgramReportQuery, variables, data: { programReport: report } });
}
