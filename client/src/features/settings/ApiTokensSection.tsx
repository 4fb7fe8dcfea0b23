// API tokens of the organization: the list (revoked ones on request), a form that creates one
// and shows it once, and revocation, which takes effect at once.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApiTokenFieldsFragment as Token } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/Confirm';
import { formatDateTime } from '../../ui/format';
import { ShownOnce } from '../../ui/ShownOnce';
import { Empty, ErrorMessage, QueryState } from '../../ui/State';
import { useViewer } from '../auth/ViewerContext';
import { ApiTokenForm } from './components/ApiTokenForm';
import { ApiTokensQuery, RevokeApiTokenMutation } from './settings.documents';

export function ApiTokensSection({ organizationId, isSecretariat }: { organizationId: string; isSecretariat: boolean }) {
  const [includeRevoked, setIncludeRevoked] = useState(false);
  // The Secretariat may list every organization's tokens; this page is about its own.
  const variables = { first: 100, includeRevoked, ...(isSecretariat ? { organizationId } : {}) };
  const { data, loading, error, refetch } = useQuery(ApiTokensQuery, { variables, fetchPolicy: 'cache-and-network' });
  const [created, setCreated] = useState<string | null>(null);
  const tokens = data?.apiTokens.edges.map((e) => e.node);
  return (
    <section className="card stack" aria-labelledby="tokens-title">
      <div className="spread">
        <h2 id="tokens-title">API tokens</h2>
        <label className="row small"><input type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} /> Show revoked</label>
      </div>
      <p className="muted small">For tools that call the GraphQL API or download exports: send <code>Authorization: Bearer &lt;token&gt;</code>.</p>
      {created ? <ShownOnce label="Your new API token" value={created} testId="new-token" onDone={() => setCreated(null)} /> : null}
      <ApiTokenForm onCreated={(token) => { setCreated(token); void refetch(); }} />
      <QueryState loading={loading} error={error} hasData={!!tokens} onRetry={() => void refetch()}>
        {() => (tokens!.length === 0 ? <Empty>No API tokens yet.</Empty> : <TokenTable tokens={tokens!} />)}
      </QueryState>
    </section>
  );
}

function TokenTable({ tokens }: { tokens: Token[] }) {
  const { viewer } = useViewer();
  const zone = viewer?.organization.timeZone;
  const [revoke, r] = useMutation(RevokeApiTokenMutation);
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, zone) : '—');
  return (
    <>
      <ErrorMessage error={r.error} />
      <table className="list" data-testid="token-list">
        <thead><tr><th>Name</th><th>Scopes</th><th>Created</th><th>Last used</th><th>Expires</th><th>Status</th></tr></thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td data-label="Name">{t.name}</td>
              <td data-label="Scopes">{t.scopes.join(', ')}</td>
              <td data-label="Created">{when(t.createdAt)} by {t.createdBy.name}</td>
              <td data-label="Last used">{when(t.lastUsedAt)}</td>
              <td data-label="Expires">{t.expiresAt ? when(t.expiresAt) : 'Never'}</td>
              <td data-label="Status">
                {t.revokedAt ? <span className="badge bad">Revoked {when(t.revokedAt)}</span> : (
                  <ConfirmButton label="Revoke" ariaLabel={`Revoke ${t.name}`} danger question={`Revoke “${t.name}”? Tools using it stop working at once.`}
                    confirmLabel="Yes, revoke" disabled={r.loading} onConfirm={() => void revoke({ variables: { id: t.id } }).catch(() => {})} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
