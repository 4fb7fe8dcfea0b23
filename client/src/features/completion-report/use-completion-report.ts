// The completion report's mutations behind one busy flag and one error. Each returns the report,
// which Apollo writes into the cache; the other side sees it through pairingChanged.
import { useMutation } from '@apollo/client/react';
import {
  AcceptCompletionReportMutation, RequestCompletionReportChangesMutation, SubmitCompletionReportMutation, WaiveCompletionReportMutation,
} from './completion-report.documents';

export type ReportTexts = { outcomes: string; application: string; followUpPlan: string };

export function useCompletionReport(pairingId: string, version: number) {
  const [submit, s] = useMutation(SubmitCompletionReportMutation);
  const [accept, a] = useMutation(AcceptCompletionReportMutation);
  const [changes, c] = useMutation(RequestCompletionReportChangesMutation);
  const [waive, w] = useMutation(WaiveCompletionReportMutation);
  const states = [s, a, c, w];
  const vars = { pairingId, version };
  return {
    busy: states.some((m) => m.loading),
    error: states.find((m) => m.error)?.error,
    submitError: s.error,
    /** Resolve once saved; a refusal rejects (and is shown from the mutation state). */
    submit: (input: ReportTexts) => submit({ variables: { ...vars, input } }),
    accept: () => accept({ variables: vars }),
    requestChanges: (reason: string) => changes({ variables: { ...vars, reason } }),
    waive: (reason: string) => waive({ variables: { ...vars, reason } }),
  };
}
