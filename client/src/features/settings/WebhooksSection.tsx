// Webhooks of the organization (the Secretariat's: of the whole program): BCN Hub POSTs each
// event the owner may see to their URL, signed with a secret shown once. Each webhook can be
// edited, paused, tested, given a new secret or deleted, and has its delivery log.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { ShownOnce } from '../../ui/ShownOnce';
import { Empty, QueryState } from '../../ui/State';
import { WebhookCard } from './components/WebhookCard';
import { NewWebhook } from './components/WebhookForm';
import { WebhooksQuery } from './webhooks.documents';

export function WebhooksSection() {
  const { data, loading, error, refetch } = useQuery(WebhooksQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const [secret, setSecret] = useState<string | null>(null);
  const edges = data?.webhooks.edges;
  const shown = (s: string) => { setSecret(s); void refetch(); };
  return (
    <section className="card stack" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      <p className="muted small">BCN Hub sends each change you may see to your URL as it happens, signed per the Standard Webhooks specification (docs: API, Webhooks).</p>
      {secret ? <ShownOnce label="Signing secret" value={secret} testId="new-webhook-secret" note="Your receiver verifies every delivery with it." onDone={() => setSecret(null)} /> : null}
      <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {() => (
          <>
            <NewWebhook eventTypes={data!.webhookEventTypes} onCreated={shown} />
            {edges!.length === 0 ? <Empty>No webhooks yet.</Empty> : null}
            <div className="stack" data-testid="webhook-list">
              {edges!.map((e, i) => (
                <WebhookCard key={e.node.id} webhook={e.node} before={i === 0 ? null : edges![i - 1]!.cursor} eventTypes={data!.webhookEventTypes}
                  refreshing={loading} onSecret={setSecret} onReload={() => void refetch()} />
              ))}
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
