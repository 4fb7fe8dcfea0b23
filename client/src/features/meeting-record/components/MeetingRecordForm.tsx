// The meeting record editor: the days it took place, modality, participants, sessions, key
// learnings, and the follow-ups agreed (ticked among the pairing's follow-up activities).
import { useState, type FormEvent } from 'react';
import { Field } from '../../../ui/Field';
import { ModalityField } from '../../../ui/program-fields';
import type { RecordValues, Side } from '../record-values';
import { ParticipantsEditor, SessionsEditor } from './RecordListsEditor';

export function MeetingRecordForm({ initial, sides, followUps, errors, saving, onSave }: {
  initial: RecordValues;
  sides: Side[];
  /** The pairing's follow-up activities, to tick the ones agreed at the meeting. */
  followUps: ReadonlyArray<{ id: string; title: string }>;
  errors: Record<string, string>;
  saving: boolean;
  onSave: (v: RecordValues) => void;
}) {
  const [v, setV] = useState(initial);
  const set = <K extends keyof RecordValues>(k: K, value: RecordValues[K]) => setV((x) => ({ ...x, [k]: value }));
  const submit = (e: FormEvent) => { e.preventDefault(); onSave(v); };
  const toggle = (id: string, on: boolean) => set('followUpIds', on ? [...v.followUpIds, id] : v.followUpIds.filter((x) => x !== id));

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-label="Meeting record">
      <div className="grid">
        <Field label="First day" error={errors.heldFrom}><input type="date" value={v.heldFrom} onChange={(e) => set('heldFrom', e.target.value)} /></Field>
        <Field label="Last day" error={errors.heldTo}><input type="date" value={v.heldTo} onChange={(e) => set('heldTo', e.target.value)} /></Field>
        <ModalityField value={v.modality} error={errors.modality} onChange={(m) => set('modality', m)} />
      </div>
      <ParticipantsEditor value={v.participants} sides={sides} error={errors.participants} onChange={(p) => set('participants', p)} />
      <SessionsEditor value={v.sessions} error={errors.sessions} onChange={(s) => set('sessions', s)} />
      <Field label="Key learnings" error={errors.keyLearnings}><textarea rows={4} value={v.keyLearnings} onChange={(e) => set('keyLearnings', e.target.value)} /></Field>
      <fieldset>
        <legend>Follow-ups agreed</legend>
        {errors.followUpIds ? <p className="field-error" role="alert">{errors.followUpIds}</p> : null}
        {followUps.length === 0 ? <p className="muted small">No follow-up activity yet; add them under Follow-ups, then tick them here.</p> : null}
        {followUps.map((f) => (
          <label key={f.id} className="row"><input type="checkbox" checked={v.followUpIds.includes(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} /> {f.title}</label>
        ))}
      </fieldset>
      <button type="submit" className="btn" disabled={saving}>{saving ? 'Saving…' : 'Save record'}</button>
    </form>
  );
}
