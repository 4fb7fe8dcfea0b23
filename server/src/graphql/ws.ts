// graphql-ws on the same path as HTTP. Authentication happens in connection_init
// (connectionParams.authorization) with a timeout; each operation gets a Context from the same
// builder plus the realtime layer. Every subscribe runs the same validation and limits as HTTP
// (Apollo's rules do not run here), and a connection may hold only so many subscriptions.
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildContext, type AppDeps, type Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import type { LiveConnection } from '../realtime/connections.js';
import { deliveringSubscribe } from '../realtime/delivery.js';
import type { Realtime, RealtimeContext } from '../realtime/realtime.js';
import { CloseCodes } from '../realtime/settings.js';
import { makeFormatError } from './errors.js';
import { limitsOf, validateOperation } from './limits.js';

export const WS_MAX_PAYLOAD_BYTES = 64 * 1024;

type WsCtx = {
  connectionParams?: Readonly<Record<string, unknown>>;
  subscriptions: Record<string, unknown>;
  extra: { socket: import('ws').WebSocket; request: { socket: { remoteAddress?: string } } };
};

export function createWsServer(deps: AppDeps, schema: GraphQLSchema, httpServer: Server, realtime: Realtime) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: WS_MAX_PAYLOAD_BYTES });
  const connections = new WeakMap<object, LiveConnection>();
  // Where each subscription without `after` starts: the hub's position when its message arrived.
  const startPositions = new WeakMap<object, Map<string, string>>();
  const requestOf = (ctx: WsCtx) => ({ authorization: ctx.connectionParams?.authorization, ip: ctx.extra.request.socket.remoteAddress });
  const limits = limitsOf(deps.config);
  const formatError = makeFormatError(deps.config.nodeEnv === 'production', deps.logger);

  const disposable = useServer<Record<string, unknown>, WsCtx['extra']>(
    {
      schema,
      subscribe: deliveringSubscribe,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        let context: Context;
        try {
          context = await buildContext(deps, requestOf(ctx as WsCtx));
        } catch (e) {
          // A database error says nothing about the credential: 1013, keep the token, come back.
          if (!(e instanceof AppError)) ctx.extra.socket.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later');
          return false; // otherwise closes with 4403 Forbidden: the credential is not valid
        }
        const conn = realtime.connections.open(context.viewer, ctx.extra.socket);
        if (!conn) return false; // this token already holds the most connections allowed
        connections.set(ctx, conn);
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        if (!startPositions.has(ctx)) startPositions.set(ctx, new Map());
        startPositions.get(ctx)!.set(id, realtime.hub.position ?? '0');
        if (Object.keys(ctx.subscriptions).length > deps.config.realtime.maxSubscriptionsPerConnection) {
          return [new AppError(ErrorCode.RATE_LIMITED, `At most ${deps.config.realtime.maxSubscriptionsPerConnection} subscriptions per connection.`)];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (e) {
          return [withCode(e instanceof GraphQLError ? e : new GraphQLError(String(e)), 'GRAPHQL_PARSE_FAILED')];
        }
        const viewer = connections.get(ctx)?.viewer ?? null;
        const errors = validateOperation(schema, document, { variables: payload.variables, operationName: payload.operationName, viewer, limits });
        if (errors.length > 0) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      context: async (ctx, id) => {
        const conn = connections.get(ctx) ?? null;
        const startPosition = startPositions.get(ctx)?.get(id) ?? null;
        startPositions.get(ctx)?.delete(id);
        try {
          const context = await buildContext(deps, requestOf(ctx as WsCtx));
          return { ...context, realtime: { deps, hub: realtime.hub, connections: realtime.connections, connection: conn, startPosition } } satisfies Context & { realtime: RealtimeContext };
        } catch (e) {
          if (e instanceof AppError) conn?.close(CloseCodes.UNAUTHORIZED, 'Unauthorized: sign in again');
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

/** Standard validation errors carry no code; give them Apollo's, so that both transports format alike. */
function withCode(e: GraphQLError, code: string): GraphQLError {
  if (e.extensions?.code) return e;
  return new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...e.extensions, code } });
}
