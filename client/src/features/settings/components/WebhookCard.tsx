// One webhook: where it sends, what, whether it is on (or why the server switched it off), and
// its actions: edit, send a test ping, rotate the secret, delete, and the delivery log.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { WebhookFieldsFragment as Webhook } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/Confirm';
import { ErrorMessage } from '../../../ui/State';
import { DeleteWebhookMutation, RotateWebhookSecretMutation, TestWebhookMutation } from '../webhooks.documents';
import { DeliveryLog } from './DeliveryLog';
import { EditWebhook } from './WebhookForm';

export function WebhookCard({ webhook: w, before, eventTypes, refreshing, onSecret, onReload }: {
  webhook: Webhook;
  /** The cursor of the webhook listed before this one (null for the first): how its log is read. */
  before: string | null;
  eventTypes: string[];
  /** The list is reloading: an edit waits for the current version before it can be saved. */
  refreshing: boolean;
  onSecret: (secret: string) => void;
  /** Reloads the list: after a delete, and before an edit (deliveries move the webhook's version on the server). */
  onReload: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [showLog, setShowLog] = useState(false);
  const [rotate, r] = useMutation(RotateWebhookSecretMutation);
  const [remove, d] = useMutation(DeleteWebhookMutation);
  const [test, t] = useMutation(TestWebhookMutation);
  const [tested, setTested] = useState(0);
  if (editing) return <div className="card"><EditWebhook webhook={w} eventTypes={eventTypes} refreshing={refreshing} onStale={onReload} onDone={() => setEditing(false)} /></div>;
  return (
    <article className="card stack" aria-label={`Webhook ${w.url}`} data-testid="webhook">
      <div className="spread">
        <strong style={{ wordBreak: 'break-all' }}>{w.url}</strong>
        {w.active ? <span className="badge ok">Active</span> : <span className="badge bad">{w.disabledReason ? 'Disabled' : 'Paused'}</span>}
      </div>
      {w.description ? <p style={{ margin: 0 }}>{w.description}</p> : null}
      {w.disabledReason ? <p className="alert error" style={{ margin: 0 }}>Switched off by BCN Hub: {w.disabledReason} Edit it and tick “Active” to switch it on again.</p> : null}
      <p className="small muted" style={{ margin: 0 }}>Events: {w.eventTypes.length ? w.eventTypes.join(', ') : 'all'}{w.organization ? '' : ' · program-wide'}</p>
      <div className="row">
        <button type="button" className="btn secondary" onClick={() => { onReload(); setEditing(true); }}>Edit</button>
        <button type="button" className="btn secondary" disabled={t.loading} onClick={() => void test({ variables: { id: w.id } }).then(() => { setShowLog(true); setTested((n) => n + 1); }, () => {})}>Send test</button>
        <ConfirmButton label="Rotate secret" question="Make a new signing secret? The old one stops working at once: update your receiver." confirmLabel="Yes, rotate"
          disabled={r.loading} onConfirm={() => void rotate({ variables: { id: w.id } }).then((x) => x.data && onSecret(x.data.rotateWebhookSecret.secret), () => {})} />
        <ConfirmButton label="Delete" danger question="Delete this webhook and its delivery log?" confirmLabel="Yes, delete"
          disabled={d.loading} onConfirm={() => void remove({ variables: { id: w.id } }).then(onReload, () => {})} />
        <button type="button" className="btn link" aria-expanded={showLog} onClick={() => setShowLog(!showLog)}>{showLog ? 'Hide deliveries' : 'Deliveries'}</button>
      </div>
      <ErrorMessage error={t.error ?? r.error ?? d.error} />
      {showLog ? <DeliveryLog webhookId={w.id} after={before} reload={tested} /> : null}
    </article>
  );
}
