// The one Context, built by one function for HTTP requests and graphql-ws operations alike.
// Each gets its own forked EntityManager (its own unit of work and identity map).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { AppDeps } from './deps.js';
import type { Logger } from './logger.js';
import { authenticate } from './modules/auth/auth.service.js';
import { parseAuthorization } from './modules/auth/token.js';
import type { Viewer } from './modules/auth/viewer.js';

export type { AppDeps };

export type Context = {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Client address, for per-IP limits. */
  ip: string;
  /** Only on HTTP requests: sets or ends the browser's session cookie (http/session-cookie.ts). */
  http?: { setSession(token: string, expiresAt: Date): void; clearSession(): void; /** scheme://host of the request, for absolute links (TRUST_PROXY applies). */ origin: string };
};

export async function buildContext(
  deps: AppDeps,
  request: { authorization: unknown; ip: string | undefined },
  // fresh: the credential from the database, not from the cache (a WebSocket's connection_init).
  opts: { fresh?: boolean } = {},
): Promise<Context> {
  const em = deps.orm.em.fork() as EntityManager;
  const viewer = await authenticate(em, deps.clock, parseAuthorization(request.authorization), opts);
  return { em, viewer, clock: deps.clock, config: deps.config, logger: deps.logger, ip: request.ip ?? 'unknown' };
}
