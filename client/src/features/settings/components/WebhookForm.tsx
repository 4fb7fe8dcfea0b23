// The fields of a webhook (URL, description, the event types it receives: none ticked = all),
// used to create one and to edit one (which may also pause it or switch it on again).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { WebhookFieldsFragment as Webhook } from '../../../gql/graphql';
import { Field } from '../../../ui/Field';
import { errorCode, fieldErrors, onlyFieldErrors } from '../../../ui/errors';
import { ErrorMessage } from '../../../ui/State';
import { CreateWebhookMutation, UpdateWebhookMutation } from '../webhooks.documents';

type Values = { url: string; description: string; eventTypes: string[]; active: boolean };
const FIELDS = ['url', 'description', 'eventTypes', 'active'];

function WebhookFields({ initial, eventTypes, editing, saving, error, submitLabel, onSubmit, onCancel }: {
  initial: Values; eventTypes: string[]; editing: boolean; saving: boolean; error: unknown; submitLabel: string;
  onSubmit: (v: Values) => void; onCancel: () => void;
}) {
  const [v, setV] = useState(initial);
  const errors = fieldErrors(error);
  const toggle = (t: string) => setV({ ...v, eventTypes: v.eventTypes.includes(t) ? v.eventTypes.filter((x) => x !== t) : [...v.eventTypes, t] });
  return (
    <form className="stack" aria-label={editing ? 'Edit webhook' : 'New webhook'} onSubmit={(e) => { e.preventDefault(); onSubmit({ ...v, url: v.url.trim(), description: v.description.trim() }); }}>
      <Field label="Payload URL" hint="https://… — receives a POST for each event." error={errors.url}>
        <input type="url" value={v.url} onChange={(e) => setV({ ...v, url: e.target.value })} required />
      </Field>
      <Field label="Description (optional)" error={errors.description}>
        <input value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} />
      </Field>
      <fieldset style={{ border: '1px solid var(--line)', borderRadius: 6, padding: '0.5rem 0.75rem', margin: 0 }}>
        <legend className="label">Event types</legend>
        <p className="hint small muted" style={{ margin: '0 0 0.5rem' }}>None ticked: every event type, including ones added later.</p>
        <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))', gap: '0.25rem 1rem' }}>
          {eventTypes.map((t) => <label key={t} className="small" style={{ display: 'flex', gap: '0.4rem', alignItems: 'center' }}><input type="checkbox" checked={v.eventTypes.includes(t)} onChange={() => toggle(t)} />{t}</label>)}
        </div>
        {errors.eventTypes ? <span className="field-error">{errors.eventTypes}</span> : null}
      </fieldset>
      {editing ? <label className="row"><input type="checkbox" checked={v.active} onChange={(e) => setV({ ...v, active: e.target.checked })} />Active (untick to pause deliveries)</label> : null}
      <ErrorMessage error={onlyFieldErrors(error, FIELDS) ? null : error} />
      <div className="row">
        <button type="submit" className="btn" disabled={saving || !v.url.trim()}>{submitLabel}</button>
        <button type="button" className="btn secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

export function NewWebhook({ eventTypes, onCreated }: { eventTypes: string[]; onCreated: (secret: string) => void }) {
  const [open, setOpen] = useState(false);
  const [create, c] = useMutation(CreateWebhookMutation);
  if (!open) return <div><button type="button" className="btn" onClick={() => setOpen(true)}>Add a webhook</button></div>;
  const submit = async (v: Values) => {
    const r = await create({ variables: { input: { url: v.url, eventTypes: v.eventTypes, description: v.description || null } } }).catch(() => null);
    if (!r?.data) return;
    setOpen(false);
    onCreated(r.data.createWebhook.secret);
  };
  return (
    <WebhookFields initial={{ url: '', description: '', eventTypes: [], active: true }} eventTypes={eventTypes} editing={false}
      saving={c.loading} error={c.error} submitLabel="Create webhook" onSubmit={(v) => void submit(v)} onCancel={() => setOpen(false)} />
  );
}

export function EditWebhook({ webhook: w, eventTypes, refreshing, onStale, onDone }: {
  webhook: Webhook; eventTypes: string[]; refreshing: boolean; onStale: () => void; onDone: () => void;
}) {
  const [update, u] = useMutation(UpdateWebhookMutation);
  const submit = async (v: Values) => {
    // An empty description clears it; the version read is sent back (a stale one is CONFLICT).
    const input = { id: w.id, version: w.version, url: v.url, eventTypes: v.eventTypes, description: v.description, active: v.active };
    const saved = await update({ variables: { input } }).then(() => true, (e: unknown) => {
      // The form keeps what was typed; the list reloads, so saving again sends the current version.
      if (errorCode(e) === 'CONFLICT') onStale();
      return false;
    });
    if (saved) onDone();
  };
  return (
    <WebhookFields initial={{ url: w.url, description: w.description ?? '', eventTypes: w.eventTypes, active: w.active }} eventTypes={eventTypes} editing
      saving={u.loading || refreshing} error={u.error} submitLabel="Save webhook" onSubmit={(v) => void submit(v)} onCancel={onDone} />
  );
}
