// WebSocket close codes of the realtime layer, documented for clients in docs/API.md. The
// limits and intervals are in Config.realtime (config.ts reads the environment once).
export const CloseCodes = {
  /** Server-side trouble (the database briefly away): keep the token and cursor, reconnect with backoff. */
  TRY_AGAIN_LATER: 1013,
  /** The credential ended: signed out, expired, revoked, user deactivated. */
  UNAUTHORIZED: 4401,
  FORBIDDEN: 4403,
  /** The client did not read its events fast enough, or an event could not be delivered: resume from the last cursor. */
  SLOW_CONSUMER: 4408,
  /** Too many connections for one token. */
  TOO_MANY_CONNECTIONS: 4429,
} as const;
