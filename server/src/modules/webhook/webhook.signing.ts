// Standard Webhooks (https://www.standardwebhooks.com): a `whsec_` secret, and the headers
// webhook-id, webhook-timestamp and webhook-signature (`v1,` + base64 HMAC-SHA256 over
// `id.timestamp.body`), made by the `standardwebhooks` package that receivers verify with.
import { randomBytes } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';

export const SECRET_PREFIX = 'whsec_';

export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** The three headers for `body`, sent now (the timestamp is wall-clock time: receivers check it against theirs). */
export function signedHeaders(secret: string, messageId: string, body: string, now = new Date()): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new StandardWebhook(secret).sign(messageId, now, body),
  };
}

/** The JSON body: `{ type, timestamp, data }`. */
export function webhookBody(type: string, timestamp: Date, data: unknown): string {
  return JSON.stringify({ type, timestamp: timestamp.toISOString(), data });
}
