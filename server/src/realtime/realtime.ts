// The realtime layer of one process: the announcer (NOTIFY or Redis), the event hub that
// follows the table, and the registry of live connections whose credentials it re-checks.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ExecutionResult } from 'graphql';
import type { Clock } from '../clock.js';
import type { AppDeps } from '../deps.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { createAnnouncer } from './announcer.js';
import { ConnectionRegistry, type LiveConnection } from './connections.js';
import { EventHub } from './event-hub.js';

export type Realtime = {
  deps: AppDeps;
  hub: EventHub;
  connections: ConnectionRegistry;
  stop(): Promise<void>;
};

/**
 * Writes one result of this subscription to its socket; a promise when the socket's buffer is
 * full, to be awaited before the next (backpressure), else null.
 */
export type EmitResult = (result: ExecutionResult) => Promise<void> | null;

/** The realtime part of a graphql-ws operation's context: the event hub and this socket. */
export type RealtimeContext = {
  deps: AppDeps;
  hub: EventHub;
  connections: ConnectionRegistry;
  connection: LiveConnection | null;
  /** The hub's position when the subscribe message arrived: where a subscription without `after` starts. */
  startPosition: string | null;
  /** How delivery.ts sends each result (graphql/ws-frames.ts), bypassing graphql-ws's per-message path. */
  emit: EmitResult;
};

/**
 * What a subscription needs from its operation's context; graphql/ws.ts builds it from the
 * request Context plus `realtime`. Narrow on purpose: realtime never imports the context module.
 */
export type SubscriptionContext = { em: EntityManager; viewer: Viewer | null; clock: Clock; realtime?: RealtimeContext };

export async function startRealtime(deps: AppDeps): Promise<Realtime> {
  const hub = new EventHub(deps, createAnnouncer(deps));
  const connections = new ConnectionRegistry(deps);
  // Before each batch goes out, connections whose credential ended are closed, so that a
  // signed-out or revoked viewer never receives another event.
  hub.onBeforeDispatch(() => connections.verify());
  await hub.start();
  connections.start();
  deps.logger.debug({ announcer: hub.announcerKind, module: 'realtime' }, 'realtime started');
  return {
    deps,
    hub,
    connections,
    async stop() {
      connections.stop();
      connections.closeAll();
      await hub.stop();
    },
  };
}
