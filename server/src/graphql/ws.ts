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
import type { Realtime } from '../realtime/realtime.js';
import { CloseCodes, realtimeSettings } from '../realtime/settings.js';
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
  const requestOf = (ctx: WsCtx) => ({ authorization: ctx.connectionParams?.authorization, ip: ctx.extra.request.socket.remoteAddress });
  const limits = limitsOf(deps.config);
  const formatError = makeFormatError(deps.config.nodeEnv === 'production', deps.logger);

  const disposable = useServer<Record<string, unknown>, WsCtx['extra']>(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        let context: Context;
        try {
          context = await buildContext(deps, requestOf(ctx as WsCtx));
        } catch {
          return false; // closes with 4403 Forbidden
        }
        const conn = realtime.connections.open(context.viewer, ctx.extra.socket);
        if (!conn) return false; // this token already holds the most connections allowed
        connections.set(ctx, conn);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length > realtimeSettings.maxSubscriptionsPerConnection) {
          return [new AppError(ErrorCode.RATE_LIMITED, `At most ${realtimeSettings.maxSubscriptionsPerConnection} subscriptions per connection.`)];
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
      context: async (ctx) => {
        const conn = connections.get(ctx) ?? null;
        try {
          const context = await buildContext(deps, requestOf(ctx as WsCtx));
          return { ...context, realtime: { deps, hub: realtime.hub, connection: conn } } satisfies Context;
        } catch (e) {
          conn?.close(CloseCodes.UNAUTHORIZED, 'Unauthorized: sign in again');
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
    realtimeSettings.keepAliveMs,
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
