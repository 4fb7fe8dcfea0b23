// Creating an API token: what it is for, read-only or read-write, and an optional expiry.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ApiScope } from '../../../gql/graphql';
import { Field } from '../../../ui/Field';
import { fieldErrors, onlyFieldErrors } from '../../../ui/errors';
import { ErrorMessage } from '../../../ui/State';
import { CreateApiTokenMutation } from '../settings.documents';

const ACCESS: Array<{ scopes: ApiScope[]; label: string }> = [
  { scopes: ['READ'], label: 'Read only (queries and exports)' },
  { scopes: ['READ', 'WRITE'], label: 'Read and write (also mutations)' },
];

export function ApiTokenForm({ onCreated }: { onCreated: (token: string) => void }) {
  const [name, setName] = useState('');
  const [access, setAccess] = useState(0);
  const [expiresOn, setExpiresOn] = useState('');
  const [create, c] = useMutation(CreateApiTokenMutation);
  const errors = fieldErrors(c.error);
  const submit = async () => {
    // The end of the chosen day, in UTC: the token works through that whole day.
    const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59Z`).toISOString() : undefined;
    const r = await create({ variables: { input: { name: name.trim(), scopes: ACCESS[access]!.scopes, ...(expiresAt ? { expiresAt } : {}) } } }).catch(() => null);
    if (!r?.data) return;
    setName('');
    setExpiresOn('');
    onCreated(r.data.createApiToken.token);
  };
  return (
    <form className="stack" aria-label="New API token" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <div className="grid">
        <Field label="Token name" hint="What it is for, e.g. “Power BI export”." error={errors.name}>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required />
        </Field>
        <Field label="Access" error={errors.scopes}>
          <select value={access} onChange={(e) => setAccess(Number(e.target.value))}>
            {ACCESS.map((a, i) => <option key={a.label} value={i}>{a.label}</option>)}
          </select>
        </Field>
        <Field label="Expires on (optional)" error={errors.expiresAt}>
          <input type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
        </Field>
      </div>
      <ErrorMessage error={onlyFieldErrors(c.error, ['name', 'scopes', 'expiresAt']) ? null : c.error} />
      <div><button type="submit" className="btn" disabled={c.loading || !name.trim()}>Create token</button></div>
    </form>
  );
}
