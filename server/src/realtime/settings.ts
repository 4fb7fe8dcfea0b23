// Limits and intervals of the realtime layer. Defaults suit production; the environment may
// override them (tests shorten the intervals).
const num = (name: string, fallback: number): number => {
  const v = process.env[name];
  return v && Number.isFinite(Number(v)) ? Number(v) : fallback;
};

export const realtimeSettings = {
  /** Safety-net poll of the event table, in case an announcement was lost. */
  pollMs: num('REALTIME_POLL_MS', 5_000),
  /** How often every live connection's credential is checked even when no event happens. */
  credentialCheckMs: num('REALTIME_CREDENTIAL_CHECK_MS', 15_000),
  /** Subscriptions one WebSocket may hold at once. */
  maxSubscriptionsPerConnection: num('REALTIME_MAX_SUBSCRIPTIONS', 50),
  /** WebSockets one session or API token may hold open at once. */
  maxConnectionsPerToken: num('REALTIME_MAX_CONNECTIONS_PER_TOKEN', 20),
  /** Events waiting for one subscriber; beyond it the consumer is too slow and is disconnected. */
  maxQueuedEvents: num('REALTIME_MAX_QUEUE', 1_000),
  /** Ping interval; a client that does not answer within it is dropped. */
  keepAliveMs: num('REALTIME_KEEPALIVE_MS', 12_000),
};

/** WebSocket close codes used by the realtime layer (graphql-ws reserves 4400–4499 similarly). */
export const CloseCodes = {
  /** The credential ended: signed out, expired, revoked, user deactivated. */
  UNAUTHORIZED: 4401,
  FORBIDDEN: 4403,
  /** The client did not read its events fast enough. */
  SLOW_CONSUMER: 4408,
  /** Too many connections for one token. */
  TOO_MANY_CONNECTIONS: 4429,
} as const;
