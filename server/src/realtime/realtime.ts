// The realtime layer of one process: the announcer (NOTIFY or Redis), the event hub that
// follows the table, and the registry of live connections whose credentials it re-checks.
import type { AppDeps } from '../context.js';
import { createAnnouncer } from './announcer.js';
import { ConnectionRegistry, type LiveConnection } from './connections.js';
import { EventHub } from './event-hub.js';

export type Realtime = {
  deps: AppDeps;
  hub: EventHub;
  connections: ConnectionRegistry;
  stop(): Promise<void>;
};

/** What a subscription resolver finds in its Context (only on graphql-ws operations). */
export type RealtimeContext = { deps: AppDeps; hub: EventHub; connection: LiveConnection | null };

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
