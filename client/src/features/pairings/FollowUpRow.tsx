// One follow-up activity with its status menu. A status change made while someone else changed
// the activity merges like every edit (use-merging-save): their other changes are kept, and if
// they moved the status too, both choices are shown side by side.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type { PairingFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { StatusBadge, humanize } from '../../ui/Badge';
import { ConflictMerge } from '../../ui/ConflictMerge';
import { formatDate } from '../../ui/format';
import { useMergingSave } from '../../ui/use-merging-save';
import { PairingQuery, UpdateFollowUpMutation } from './pairings.documents';

type FollowUp = PairingFieldsFragment['followUps'][number];
type Values = { status: string };
const STATUSES = ['PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'DROPPED'];

export function FollowUpRow({ pairingId, followUp: f }: { pairingId: string; followUp: FollowUp }) {
  const client = useApolloClient();
  const [update, u] = useMutation(UpdateFollowUpMutation);
  const merging = useMergingSave<Values>({
    save: (v, version) => update({ variables: { id: f.id, version, input: { status: v.status as FollowUp['status'] } } }),
    loadSaved: async () => {
      const fresh = await client.query({ query: PairingQuery, variables: { id: pairingId }, fetchPolicy: 'network-only' }).catch(() => null);
      const saved = fresh?.data?.pairing.followUps.find((x) => x.id === f.id);
      return saved ? { values: { status: saved.status }, version: saved.version } : null;
    },
  });
  const options = 'nextStatuses' in f ? [f.status, ...(f as { nextStatuses: string[] }).nextStatuses] : STATUSES;
  const change = (status: string) => {
    merging.begin({ values: { status: f.status }, version: f.version });
    void merging.submit({ status }).catch(() => {});
  };
  return (
    <li className="stack">
      <div className="spread">
        <span>
          <strong>{f.title}</strong> · {humanize(f.kind)} · {f.ownerOrganization.acronym} · due {formatDate(f.dueDate)}{' '}
          {f.thread ? <Link to={`?thread=${f.thread.id}`}>Discussion{f.thread.unreadCount ? ` (${f.thread.unreadCount} new)` : ''}</Link> : null}
        </span>
        <span className="row">
          <StatusBadge status={f.status} />
          <select className="input" style={{ width: 'auto' }} aria-label={`Status of ${f.title}`} value={f.status} disabled={u.loading || options.length < 2}
            onChange={(e) => change(e.target.value)}>
            {options.map((s) => <option key={s} value={s}>{humanize(s)}</option>)}
          </select>
        </span>
      </div>
      {merging.conflict ? (
        <ConflictMerge result={merging.conflict.result} mine={merging.conflict.mine} theirs={merging.conflict.theirs} labels={{ status: 'Status' }}
          show={(_k, v) => humanize(String(v))} who="the other side" title={`The status of “${f.title}” was changed meanwhile`} saving={u.loading}
          onMerged={(v) => void merging.resolve(v).catch(() => {})} onCancel={merging.cancelConflict} />
      ) : null}
      <ErrorMessage error={u.error} />
    </li>
  );
}
