// The showcase on a completed pairing's page: the summary either side writes (what worked, what
// to try, a contact) and each side's consent, set by that side's NPO admin. A changed text clears
// both consents on the server; the new state arrives with the mutation and through pairingChanged.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type { PairingFieldsFragment as Pairing, ShowcaseConsent, ShowcaseEntryFieldsFragment as Entry } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/State';
import { fieldErrors } from '../../ui/errors';
import { useViewer } from '../auth/ViewerContext';
import { PairingQuery } from '../pairings/pairings.documents';
import { SetShowcaseConsentMutation, UpdateShowcaseSummaryMutation } from './showcase.documents';

export const CONSENT_LABEL: Record<ShowcaseConsent, string> = { NONE: 'Not shown', SIGNED_IN: 'Signed-in NPOs', PUBLIC: 'Public' };
const CONSENTS: ShowcaseConsent[] = ['NONE', 'SIGNED_IN', 'PUBLIC'];

export function ShowcaseSection({ pairing: p }: { pairing: Pairing }) {
  const { viewer, isSecretariat } = useViewer();
  if (p.status !== 'COMPLETED') return null;
  const orgId = viewer?.organization?.id;
  const isParty = orgId === p.sendingOrganization.id || orgId === p.hostOrganization.id;
  const entry = p.showcaseEntry ?? null;
  const mySide = viewer?.user?.role === 'NPO_ADMIN' ? (orgId === p.sendingOrganization.id ? 'sending' : orgId === p.hostOrganization.id ? 'host' : null) : null;
  return (
    <section className="card" aria-labelledby="showcase-heading" data-testid="showcase-section">
      <h2 id="showcase-heading">Showcase</h2>
      <p className="muted small">
        With both NPOs&apos; consent this summary appears on the <Link to="/showcase">showcase</Link>: for signed-in NPOs, or publicly when both choose Public.
        Changing the text clears both consents.
      </p>
      {entry ? <ConsentState p={p} entry={entry} mySide={mySide} /> : <p className="muted">No summary yet.</p>}
      {isParty || isSecretariat ? <SummaryForm key={textKey(entry)} pairingId={p.id} entry={entry} /> : null}
    </section>
  );
}

function ConsentState({ p, entry, mySide }: { p: Pairing; entry: Entry; mySide: 'sending' | 'host' | null }) {
  const [setConsent, { loading, error }] = useMutation(SetShowcaseConsentMutation);
  const sides = [
    { side: 'sending' as const, org: p.sendingOrganization.acronym, consent: entry.sendingConsent ?? 'NONE' },
    { side: 'host' as const, org: p.hostOrganization.acronym, consent: entry.hostConsent ?? 'NONE' },
  ];
  const change = (consent: ShowcaseConsent) =>
    void setConsent({ variables: { pairingId: p.id, version: entry.version, consent } }).catch(() => {});
  return (
    <>
      <p data-testid="showcase-listed">
        <strong>{entry.listed ? (entry.public ? 'On the showcase, publicly.' : 'On the showcase for signed-in NPOs.') : 'Not on the showcase.'}</strong>
      </p>
      <ul className="plain">
        {sides.map((s) => (
          <li key={s.side} data-testid={`showcase-consent-${s.side}`}>
            {s.side === 'sending' ? 'Sending' : 'Host'} NPO ({s.org}): {CONSENT_LABEL[s.consent]}
            {mySide === s.side ? (
              <label className="field" style={{ marginTop: '0.25rem' }}>
                <span className="label">Our consent</span>
                <select value={s.consent} disabled={loading} onChange={(e) => change(e.target.value as ShowcaseConsent)}>
                  {CONSENTS.map((c) => <option key={c} value={c}>{CONSENT_LABEL[c]}</option>)}
                </select>
              </label>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
    </>
  );
}

/** The form starts again from the saved text when the text changes (not when only a consent does, which keeps a draft). */
const textKey = (e: Entry | null) => (e ? JSON.stringify([e.whatWorked, e.whatToTry, e.contactName, e.contactEmail]) : '');

type Text = { whatWorked: string; whatToTry: string; contactName: string; contactEmail: string };
const LABELS: Array<[keyof Text, string]> = [['whatWorked', 'What worked'], ['whatToTry', 'What to try'], ['contactName', 'Contact name'], ['contactEmail', 'Contact email']];

function SummaryForm({ pairingId, entry }: { pairingId: string; entry: Entry | null }) {
  const [values, setValues] = useState<Text>({
    whatWorked: entry?.whatWorked ?? '', whatToTry: entry?.whatToTry ?? '', contactName: entry?.contactName ?? '', contactEmail: entry?.contactEmail ?? '',
  });
  // The first summary makes the entry: the pairing is read again to show it.
  const [save, { loading, error }] = useMutation(UpdateShowcaseSummaryMutation, entry ? {} : { refetchQueries: [{ query: PairingQuery, variables: { id: pairingId } }] });
  const errors = fieldErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ variables: { pairingId, version: entry?.version ?? null, input: values } }).catch(() => {});
  };
  return (
    <form onSubmit={submit} aria-label="Showcase summary">
      {LABELS.map(([key, label]) => (
        <Field key={key} label={label} error={errors[key]}>
          {key === 'whatWorked' || key === 'whatToTry'
            ? <textarea rows={3} maxLength={5000} value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
            : <input type={key === 'contactEmail' ? 'email' : 'text'} maxLength={200} value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />}
        </Field>
      ))}
      {Object.keys(errors).length === 0 ? <ErrorMessage error={error} /> : null}
      <button type="submit" className="btn" disabled={loading}>Save summary</button>
    </form>
  );
}
