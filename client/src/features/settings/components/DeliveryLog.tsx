// A webhook's delivery log, newest first: each delivery's event, status and next attempt, every
// attempt's HTTP status, duration and error, and "Redeliver" for a settled one. Deliveries move on
// in the server's queue, not through an event stream: while one is pending the log reloads itself.
import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { WebhookDeliveryFieldsFragment as Delivery } from '../../../gql/graphql';
import { StatusBadge } from '../../../ui/Badge';
import { formatDateTime } from '../../../ui/format';
import { Empty, ErrorMessage, QueryState } from '../../../ui/State';
import { useViewer } from '../../auth/ViewerContext';
import { RedeliverWebhookDeliveryMutation, WebhookDeliveriesQuery } from '../webhooks.documents';

const PENDING_POLL_MS = 2_000;

export function DeliveryLog({ webhookId, after, reload }: { webhookId: string; after: string | null; reload: number }) {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(WebhookDeliveriesQuery, { variables: { after, first: 20 }, fetchPolicy: 'network-only' });
  const node = data?.webhooks.edges[0]?.node;
  const deliveries = node?.id === webhookId ? node.deliveries.edges.map((e) => e.node) : undefined;
  const pending = !!deliveries?.some((x) => x.status === 'PENDING');
  useEffect(() => { if (reload) void refetch(); }, [reload, refetch]);
  useEffect(() => {
    if (!pending) return;
    startPolling(PENDING_POLL_MS);
    return stopPolling;
  }, [pending, startPolling, stopPolling]);
  if (data && !deliveries) return <ErrorMessage error={new Error('the list of webhooks changed: reload the page')} />;
  return (
    <div className="stack" data-testid="delivery-log">
      <div className="spread">
        <h3 style={{ margin: 0 }}>Deliveries{node ? ` (${node.deliveries.totalCount})` : ''}</h3>
        <button type="button" className="btn link small" onClick={() => void refetch()}>Refresh</button>
      </div>
      <QueryState loading={loading} error={error} hasData={!!deliveries} onRetry={() => void refetch()}>
        {() => (deliveries!.length === 0 ? <Empty>Nothing delivered yet.</Empty> : <DeliveryTable deliveries={deliveries!} />)}
      </QueryState>
    </div>
  );
}

function DeliveryTable({ deliveries }: { deliveries: Delivery[] }) {
  const { viewer } = useViewer();
  const when = (iso: string) => formatDateTime(iso, viewer?.organization.timeZone);
  const [redeliver, r] = useMutation(RedeliverWebhookDeliveryMutation);
  return (
    <>
      <ErrorMessage error={r.error} />
      <table className="list">
        <thead><tr><th>Event</th><th>Status</th><th>Attempts</th><th /></tr></thead>
        <tbody>
          {deliveries.map((x) => (
            <tr key={x.id} data-testid="delivery">
              <td data-label="Event">{x.eventType}<br /><span className="small muted">{when(x.createdAt)} · event {x.eventId}</span></td>
              <td data-label="Status">
                <StatusBadge status={x.status} />
                {x.nextAttemptAt ? <div className="small muted">next attempt {when(x.nextAttemptAt)}</div> : null}
              </td>
              <td data-label="Attempts">
                <ol className="small" style={{ margin: 0, paddingLeft: '1.2rem' }}>
                  {x.attempts.map((a) => (
                    <li key={a.at}>{when(a.at)}: {a.httpStatus ? `HTTP ${a.httpStatus}` : 'no response'} in {a.durationMs} ms{a.error ? ` — ${a.error}` : ''}</li>
                  ))}
                </ol>
              </td>
              <td>
                {x.status !== 'PENDING' ? <button type="button" className="btn secondary" disabled={r.loading} onClick={() => void redeliver({ variables: { id: x.id } }).catch(() => {})}>Redeliver</button> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
