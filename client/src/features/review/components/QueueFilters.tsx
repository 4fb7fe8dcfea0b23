// The review queue's filters (status, call, round, economy) and its text filter and sort, all in the URL.
import { useQuery } from '@apollo/client/react';
import { humanize } from '../../../ui/Badge';
import { ListControls, type useListView } from '../../../ui/list-view';
import { CallsQuery } from '../../calls/calls.documents';
import { EconomiesQuery } from '../filters.documents';
import { ANY, AWAITING } from '../use-review-queue';

const STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'DRAFT'];
type Options = Array<[string, string]>;

export function QueueFilters({ view, status }: { view: ReturnType<typeof useListView>; status: string }) {
  const calls = useQuery(CallsQuery, { variables: { first: 50 } });
  const economies = useQuery(EconomiesQuery);
  const get = (k: string) => view.params.get(k) ?? '';
  const notificationId = get('call');
  const rounds = calls.data?.projectNotifications.edges.find((e) => e.node.id === notificationId)?.node.rounds ?? [];
  const select = (k: string, label: string, value: string, options: Options, extra?: { disabled?: boolean; clears?: string }) => (
    <label className="field"><span className="label">{label}</span>
      <select value={value} disabled={extra?.disabled} onChange={(e) => view.set({ [k]: k === 'status' && e.target.value === AWAITING ? '' : e.target.value, ...(extra?.clears ? { [extra.clears]: '' } : {}) })}>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </label>
  );
  return (
    <form className="card" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <div className="grid">
        {select('status', 'Status', status, [[AWAITING, 'Waiting for a decision'], [ANY, 'Any status'], ...STATUSES.map((s) => [s, humanize(s)] as [string, string])])}
        {select('call', 'Call', notificationId, [['', 'All calls'], ...(calls.data?.projectNotifications.edges.map(({ node }) => [node.id, node.projectCode] as [string, string]) ?? [])], { clears: 'round' })}
        {select('round', 'Round', get('round'), [['', 'All rounds'], ...rounds.map((r) => [r.id, `Round ${r.ordinal}`] as [string, string])], { disabled: !notificationId })}
        {select('economy', 'Economy', get('economy'), [['', 'All economies'], ...(economies.data?.economies.map((x) => [x.code, x.name] as [string, string]) ?? [])])}
      </div>
      <ListControls view={view} label="the queue" />
    </form>
  );
}
