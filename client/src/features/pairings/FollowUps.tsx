// Follow-up activities agreed after the meeting, each with its status and its own discussion.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { PairingFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { humanize } from '../../ui/Badge';
import { Field } from '../../ui/Field';
import { fieldErrors, onlyFieldErrors } from '../../ui/errors';
import { CreateFollowUpMutation } from './pairings.documents';
import { FollowUpRow } from './FollowUpRow';

const KINDS = ['JOINT_PROGRAM', 'SUPPORT_PROGRAM', 'EXPERT_EXCHANGE', 'OTHER'] as const;

export function FollowUps({ pairing: p }: { pairing: PairingFieldsFragment }) {
  const [create, c] = useMutation(CreateFollowUpMutation);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('JOINT_PROGRAM');
  const [owner, setOwner] = useState(p.sendingOrganization.id);
  const [due, setDue] = useState('');
  const canCreate = p.status === 'MEETING_HELD' || p.status === 'FOLLOW_UP';
  const errors = fieldErrors(c.error);

  async function add(e: FormEvent) {
    e.preventDefault();
    try {
      await create({ variables: { pairingId: p.id, input: { title, kind, ownerOrganizationId: owner, dueDate: due || null } } });
      setTitle('');
      setDue('');
    } catch {
      // shown below
    }
  }

  return (
    <section className="card" aria-labelledby="followups-title">
      <h2 id="followups-title">Follow-up activities</h2>
      {p.followUps.length === 0 ? <p className="muted">None yet{canCreate ? '' : ' — they are agreed after the meeting'}.</p> : null}
      <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
        {p.followUps.map((f) => <FollowUpRow key={f.id} pairingId={p.id} followUp={f} />)}
      </ul>
      {canCreate ? (
        <form onSubmit={add} noValidate>
          <h3>Agree a new activity</h3>
          <ErrorMessage error={onlyFieldErrors(c.error, ['title', 'kind', 'ownerOrganizationId', 'dueDate']) ? null : c.error} />
          <Field label="Title" error={errors.title}><input value={title} onChange={(e) => setTitle(e.target.value)} /></Field>
          <div className="grid">
            <Field label="Kind" error={errors.kind}>
              <select value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>{KINDS.map((k) => <option key={k} value={k}>{humanize(k)}</option>)}</select>
            </Field>
            <Field label="Owner" error={errors.ownerOrganizationId}>
              <select value={owner} onChange={(e) => setOwner(e.target.value)}>
                <option value={p.sendingOrganization.id}>{p.sendingOrganization.acronym}</option>
                <option value={p.hostOrganization.id}>{p.hostOrganization.acronym}</option>
              </select>
            </Field>
            <Field label="Due date" error={errors.dueDate}><input type="date" value={due} onChange={(e) => setDue(e.target.value)} /></Field>
          </div>
          <button type="submit" className="btn" disabled={c.loading || !title.trim()}>Add follow-up</button>
        </form>
      ) : null}
    </section>
  );
}
