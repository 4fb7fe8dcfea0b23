// graphql-ws on the same path as HTTP. Authentication happens in connection_init
// (connectionParams.authorization) with a timeout; each operation gets a Context from the same
// builder plus the realtime layer. Every subscribe runs the same validation and limits as HTTP
// (Apollo's rules do not run here), and a connection may hold only so many subscriptions.
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { buildContext, type AppDeps, type Context } from '../context.js';
import { AppError, ErrorCode, isRefusal } from '../errors.js';
import { AddressCounter } from '../http/address-counter.js';
import { clientAddressOf, trustOf } from '../http/client-address.js';
import { credentialOf } from '../http/session-cookie.js';
import type { LiveConnection } from '../realtime/connections.js';
import { deliveringSubscribe } from '../realtime/delivery.js';
import type { Realtime, RealtimeContext } from '../realtime/realtime.js';
import { CloseCodes } from '../realtime/settings.js';
import { makeFormatError } from './errors.js';
import type { OperationGuard } from './operation-guard.js';

export const WS_MAX_PAYLOAD_BYTES = 64 * 1024;

type WsCtx = {
  connectionParams?: Readonly<Record<string, unknown>>;
  subscriptions: Record<string, unknown>;
  extra: { socket: import('ws').WebSocket; request: IncomingMessage };
};

export function createWsServer(deps: AppDeps, schema: GraphQLSchema, httpServer: Server, realtime: Realtime, guard: OperationGuard) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: WS_MAX_PAYLOAD_BYTES });
  const connections = new WeakMap<object, LiveConnection>();
  const trust = trustOf(deps.config.trustProxy);
  // connectionParams.authorization, or the browser's session cookie on a same-origin handshake.
  const requestOf = (ctx: WsCtx) => {
    const credential = credentialOf(ctx.extra.request, ctx.connectionParams?.authorization);
    return { authorization: credential.token, fromCookie: credential.fromCookie, ip: clientAddressOf(ctx.extra.request, trust) };
  };
  // The credential each connection was accepted with; its operations are built from the same one.
  const credentials = new WeakMap<object, string | null>();
  const anonymous = new AddressCounter(deps.config.maxAnonymousSocketsPerAddress);
  // Where each subscription without `after` starts: the hub's position when its message arrived.
  const startPositions = new WeakMap<object, Map<string, string>>();
  const formatError = makeFormatError(deps.config.nodeEnv === 'production', deps.logger);

  const disposable = useServer<Record<string, unknown>, WsCtx['extra']>(
    {
      schema,
      subscribe: deliveringSubscribe,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        let context: Context;
        const request = requestOf(ctx as WsCtx);
        try {
          try {
            context = await buildContext(deps, request);
          } catch (e) {
            // A stale session cookie: go on as anonymous, as HTTP does. A bad token: 4403 Forbidden.
            if (!isRefusal(e) || !request.fromCookie) throw e;
            request.authorization = null;
            context = await buildContext(deps, request);
          }
        } catch (e) {
          // A database error says nothing about the credential: 1013, keep the token, come back.
          if (!isRefusal(e)) ctx.extra.socket.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later');
          return false; // otherwise closes with 4403 Forbidden: the credential is not valid
        }
        credentials.set(ctx, request.authorization);
        // Anonymous sockets are capped per client address, as tokens are per token.
        const release = context.viewer ? () => {} : anonymous.take(context.ip);
        if (!release) return false;
        const conn = realtime.connections.open(context.viewer, ctx.extra.socket);
        if (!conn) {
          release();
          return false; // this token already holds the most connections allowed
        }
        conn.whenClosed(release);
        connections.set(ctx, conn);
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        if (!startPositions.has(ctx)) startPositions.set(ctx, new Map());
        startPositions.get(ctx)!.set(id, realtime.hub.position ?? '0');
        if (Object.keys(ctx.subscriptions).length > deps.config.realtime.maxSubscriptionsPerConnection) {
          return [new AppError(ErrorCode.RATE_LIMITED, `At most ${deps.config.realtime.maxSubscriptionsPerConnection} subscriptions per connection.`)];
        }
        const viewer = connections.get(ctx)?.viewer ?? null;
        const admitted = guard.admit(schema, payload.query, {
          variables: payload.variables,
          operationName: payload.operationName,
          viewer,
          address: clientAddressOf((ctx as WsCtx).extra.request, trust),
        });
        if ('errors' in admitted) return admitted.errors;
        return { schema, document: admitted.document, operationName: payload.operationName, variableValues: payload.variables };
      },
      context: async (ctx, id) => {
        const conn = connections.get(ctx) ?? null;
        const startPosition = startPositions.get(ctx)?.get(id) ?? null;
        startPositions.get(ctx)?.delete(id);
        try {
          const context = await buildContext(deps, { ...requestOf(ctx as WsCtx), authorization: credentials.get(ctx) ?? null });
          return { ...context, realtime: { deps, hub: realtime.hub, connections: realtime.connections, connection: conn, startPosition } } satisfies Context & { realtime: RealtimeContext };
        } catch (e) {
          if (isRefusal(e)) conn?.close(CloseCodes.UNAUTHORIZED, 'Unauthorized: sign in again');
          else conn?.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later');
          throw e;
        }
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } as unknown as typeof result;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)) as never,
    },
    wss,
    deps.config.realtime.keepAliveMs,
  );
  return {
    wss,
    async dispose() {
      await realtime.stop();
      await disposable.dispose();
    },
  };
}
