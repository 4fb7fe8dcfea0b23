// The proposal draft form: every field with its own validation message from the server.
import { useState, type FormEvent } from 'react';
import { Field } from '../../../ui/Field';
import { ModalityField } from '../../../ui/program-fields';
import { ParticipantsEditor, type Participant } from './ParticipantsEditor';
import { HostPicker, type Org } from './HostPicker';

export type ProposalValues = {
  topic: string;
  objectives: string;
  expectedOutcome: string;
  modality: string;
  periodStart: string;
  periodEnd: string;
  plannedParticipants: Participant[];
  preferredHostIds: string[];
};

export const EMPTY_PROPOSAL: ProposalValues = {
  topic: '', objectives: '', expectedOutcome: '', modality: 'VIRTUAL', periodStart: '', periodEnd: '', plannedParticipants: [], preferredHostIds: [],
};

export const PROPOSAL_LABELS: Record<string, string> = {
  topic: 'Topic', objectives: 'Objectives', expectedOutcome: 'Expected outcome', modality: 'Modality',
  periodStart: 'Proposed start', periodEnd: 'Proposed end', plannedParticipants: 'Planned participants', preferredHostIds: 'Preferred hosts',
};

export function ProposalForm({ initial, limits, hosts, errors, saving, submitLabel, onSave, onChange }: {
  initial: ProposalValues;
  limits: ReadonlyArray<{ modality: string; max: number }>;
  hosts: Org[];
  errors: Record<string, string>;
  saving: boolean;
  submitLabel: string;
  onSave: (values: ProposalValues) => void;
  /** Lets the page keep the user's text (e.g. to merge it after a conflict). */
  onChange?: (values: ProposalValues) => void;
}) {
  const [v, setV] = useState<ProposalValues>(initial);
  const set = <K extends keyof ProposalValues>(k: K, value: ProposalValues[K]) => {
    const next = { ...v, [k]: value };
    setV(next);
    onChange?.(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(v);
  };
  return (
    <form onSubmit={submit} noValidate className="card" aria-label="Proposal">
      <Field label="Topic" error={errors.topic}>
        <input value={v.topic} onChange={(e) => set('topic', e.target.value)} maxLength={500} />
      </Field>
      <Field label="Objectives" error={errors.objectives}>
        <textarea value={v.objectives} onChange={(e) => set('objectives', e.target.value)} />
      </Field>
      <Field label="Expected outcome" error={errors.expectedOutcome}>
        <textarea value={v.expectedOutcome} onChange={(e) => set('expectedOutcome', e.target.value)} />
      </Field>
      <div className="grid">
        <ModalityField value={v.modality} error={errors.modality} onChange={(m) => set('modality', m)} />
        <Field label="Proposed start" error={errors.periodStart}>
          <input type="date" value={v.periodStart} onChange={(e) => set('periodStart', e.target.value)} />
        </Field>
        <Field label="Proposed end" error={errors.periodEnd}>
          <input type="date" value={v.periodEnd} onChange={(e) => set('periodEnd', e.target.value)} />
        </Field>
      </div>
      <ParticipantsEditor value={v.plannedParticipants} onChange={(p) => set('plannedParticipants', p)} limits={limits} error={errors.plannedParticipants} />
      <HostPicker options={hosts} value={v.preferredHostIds} onChange={(ids) => set('preferredHostIds', ids)} error={errors.preferredHostIds} />
      <button type="submit" className="btn" disabled={saving}>{saving ? 'Saving…' : submitLabel}</button>
    </form>
  );
}
