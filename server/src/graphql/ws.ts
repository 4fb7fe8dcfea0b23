// graphql-ws on the same path as HTTP. Authentication happens in connection_init
// (connectionParams.authorization); each operation gets a Context from the same builder.
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { GraphQLSchema } from 'graphql';
import { buildContext, type AppDeps } from '../context.js';

export const WS_MAX_PAYLOAD_BYTES = 64 * 1024;

export function createWsServer(deps: AppDeps, schema: GraphQLSchema, httpServer: Server) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: WS_MAX_PAYLOAD_BYTES });
  const ipOf = (ctx: { extra: { request: { socket: { remoteAddress?: string } } } }) => ctx.extra.request.socket.remoteAddress;
  const disposable = useServer(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        try {
          await buildContext(deps, { authorization: ctx.connectionParams?.authorization, ip: ipOf(ctx) });
          return true;
        } catch {
          return false; // closes with 4403 Forbidden
        }
      },
      context: (ctx) => buildContext(deps, { authorization: ctx.connectionParams?.authorization, ip: ipOf(ctx) }),
    },
    wss,
  );
  return {
    wss,
    async dispose() {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
