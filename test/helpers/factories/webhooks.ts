// Webhooks for tests, created through the API as an integrator would; and the settings that
// let deliveries reach a receiver on 127.0.0.1 and retry within milliseconds.
import type { Config } from '../../../server/src/config.js';
import { loadConfig } from '../../../server/src/config.js';
import type { TestApp } from '../app.js';

/** Loopback targets allowed; retries after ~20, 40, 80 … ms; jobs polled every 50 ms. */
export function webhookTestConfig(over: Partial<Config['webhooks']> = {}): Partial<Config> {
  const defaults = loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'true' });
  return {
    webhooks: { ...defaults.webhooks, baseDelayMs: 20, ...over },
    jobs: { pollIntervalMs: 50, concurrency: 4 },
    realtime: { ...defaults.realtime, pollMs: 200 },
  };
}

export const WEBHOOK_FIELDS = 'id url description eventTypes active disabledReason version createdAt organization { acronym }';
export const DELIVERY_FIELDS = 'id eventId eventType status attemptCount nextAttemptAt createdAt attempts { at httpStatus durationMs error }';

export const W = {
  create: `mutation($input: CreateWebhookInput!){ createWebhook(input:$input){ secret webhook { ${WEBHOOK_FIELDS} } } }`,
  update: `mutation($input: UpdateWebhookInput!){ updateWebhook(input:$input){ ${WEBHOOK_FIELDS} } }`,
  remove: `mutation($id: ID!){ deleteWebhook(id:$id) }`,
  rotate: `mutation($id: ID!){ rotateWebhookSecret(id:$id){ secret webhook { ${WEBHOOK_FIELDS} } } }`,
  test: `mutation($id: ID!){ testWebhook(id:$id){ ${DELIVERY_FIELDS} } }`,
  redeliver: `mutation($id: ID!){ redeliverWebhookDelivery(id:$id){ ${DELIVERY_FIELDS} } }`,
  list: `query{ webhooks { totalCount edges { cursor node { ${WEBHOOK_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
  deliveries: `query{ webhooks(first: 10) { edges { node { id deliveries(first: 10) { totalCount edges { node { ${DELIVERY_FIELDS} } } } } } } }`,
};

export async function createWebhookVia(app: Pick<TestApp, 'gql'>, token: string, url: string, eventTypes: string[] = []): Promise<{ id: string; secret: string }> {
  const r = await app.gql(W.create, { input: { url, eventTypes, description: 'test receiver' } }, token);
  if (!r.data?.createWebhook) throw new Error(`createWebhook failed: ${JSON.stringify(r.errors)}`);
  return { id: r.data.createWebhook.webhook.id, secret: r.data.createWebhook.secret };
}
