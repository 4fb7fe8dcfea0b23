// graphql-ws on the same path as HTTP. Authentication happens in connection_init
// (connectionParams.authorization) with a timeout; each operation gets a Context from the same
// builder plus the realtime layer. Every subscribe runs the same validation and limits as HTTP
// (Apollo's rules do not run here), and a connection may hold only so many subscriptions.
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubscribePayload } from 'graphql-ws';
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
import { nextMessageWriter } from './ws-frames.js';

export const WS_MAX_PAYLOAD_BYTES = 64 * 1024;

type WsCtx = {
  connectionParams?: Readonly<Record<string, unknown>>;
  subscriptions: Record<string, unknown>;
  extra: { socket: import('ws').WebSocket; request: IncomingMessage };
};

/** What the hooks of one server share; each map is keyed by graphql-ws's per-socket context. */
type Sockets = {
  deps: AppDeps;
  schema: GraphQLSchema;
  realtime: Realtime;
  guard: OperationGuard;
  formatError: ReturnType<typeof makeFormatError>;
  trust: ReturnType<typeof trustOf>;
  connections: WeakMap<object, LiveConnection>;
  // The credential each connection was accepted with; its operations are built from the same one.
  credentials: WeakMap<object, string | null>;
  anonymous: AddressCounter;
  // Where each subscription without `after` starts: the hub's position when its message arrived.
  startPositions: WeakMap<object, Map<string, string>>;
};

export function createWsServer(deps: AppDeps, schema: GraphQLSchema, httpServer: Server, realtime: Realtime, guard: OperationGuard) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: WS_MAX_PAYLOAD_BYTES });
  const formatError = makeFormatError(deps.config.nodeEnv === 'production', deps.logger, deps.metrics?.graphql.countError);
  const sockets: Sockets = {
    deps, schema, realtime, guard, formatError,
    trust: trustOf(deps.config.trustProxy),
    connections: new WeakMap(),
    credentials: new WeakMap(),
    anonymous: new AddressCounter(deps.config.maxAnonymousSocketsPerAddress),
    startPositions: new WeakMap(),
  };
  const disposable = useServer<Record<string, unknown>, WsCtx['extra']>(
    {
      schema,
      subscribe: deliveringSubscribe,
      connectionInitWaitTimeout: 5_000,
      onConnect: (ctx) => acceptConnection(sockets, ctx as WsCtx),
      onSubscribe: (ctx, id, payload) => admitSubscription(sockets, ctx as WsCtx, id, payload),
      context: (ctx, id) => operationContext(sockets, ctx as WsCtx, id),
      // A subscription refused when it starts (FORBIDDEN, NOT_FOUND) is one result that graphql-ws
      // sends itself; every event after that is written by realtime/delivery.ts (ws-frames.ts).
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

/** connectionParams.authorization, or the browser's session cookie on a same-origin handshake. */
function requestOf(sockets: Sockets, ctx: WsCtx) {
  const credential = credentialOf(ctx.extra.request, ctx.connectionParams?.authorization);
  return { authorization: credential.token, fromCookie: credential.fromCookie, ip: clientAddressOf(ctx.extra.request, sockets.trust) };
}

/** connection_init: false closes with 4403 Forbidden (a bad credential, or over a cap). */
async function acceptConnection(sockets: Sockets, ctx: WsCtx): Promise<boolean> {
  const request = requestOf(sockets, ctx);
  const context = await authenticate(sockets.deps, request, ctx);
  if (!context) return false;
  sockets.credentials.set(ctx, request.authorization);
  // Anonymous sockets are capped per client address, as tokens are per token.
  const release = context.viewer ? () => {} : sockets.anonymous.take(context.ip);
  if (!release) return false;
  const conn = sockets.realtime.connections.open(context.viewer, ctx.extra.socket);
  if (!conn) {
    release();
    return false; // this token already holds the most connections allowed
  }
  conn.whenClosed(release);
  sockets.connections.set(ctx, conn);
  return true;
}

/**
 * The connection's Context, or null when its credential is refused. The credential is read from
 * the database, not the cache: a connection lives long and starts from the database's answer, and
 * one opened while the database is away is told 1013 (come back), whatever the cache holds.
 */
async function authenticate(deps: AppDeps, request: ReturnType<typeof requestOf>, ctx: WsCtx): Promise<Context | null> {
  try {
    try {
      return await buildContext(deps, request, { fresh: true });
    } catch (e) {
      // A stale session cookie: go on as anonymous, as HTTP does. A bad token: 4403 Forbidden.
      if (!isRefusal(e) || !request.fromCookie) throw e;
      request.authorization = null;
      return await buildContext(deps, request);
    }
  } catch (e) {
    // A database error says nothing about the credential: 1013, keep the token, come back.
    if (!isRefusal(e)) ctx.extra.socket.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later');
    return null;
  }
}

/** Each subscribe passes the same guard as an HTTP request, within a per-connection cap. */
function admitSubscription(sockets: Sockets, ctx: WsCtx, id: string, payload: SubscribePayload) {
  const { deps, schema, realtime } = sockets;
  if (!sockets.startPositions.has(ctx)) sockets.startPositions.set(ctx, new Map());
  sockets.startPositions.get(ctx)!.set(id, realtime.hub.position ?? '0');
  if (Object.keys(ctx.subscriptions).length > deps.config.realtime.maxSubscriptionsPerConnection) {
    return [new AppError(ErrorCode.RATE_LIMITED, `At most ${deps.config.realtime.maxSubscriptionsPerConnection} subscriptions per connection.`)];
  }
  const admitted = sockets.guard.admit(schema, payload.query, {
    variables: payload.variables,
    operationName: payload.operationName,
    viewer: sockets.connections.get(ctx)?.viewer ?? null,
    address: clientAddressOf(ctx.extra.request, sockets.trust),
  });
  if ('errors' in admitted) return admitted.errors;
  return { schema, document: admitted.document, operationName: payload.operationName, variableValues: payload.variables };
}

/** A fresh Context per operation from the connection's credential, so a revoked one ends it. */
async function operationContext(sockets: Sockets, ctx: WsCtx, id: string): Promise<Context & { realtime: RealtimeContext }> {
  const { deps, realtime } = sockets;
  const conn = sockets.connections.get(ctx) ?? null;
  const startPosition = sockets.startPositions.get(ctx)?.get(id) ?? null;
  sockets.startPositions.get(ctx)?.delete(id);
  try {
    const { em: _authenticated, ...context } = await buildContext(deps, { ...requestOf(sockets, ctx), authorization: sockets.credentials.get(ctx) ?? null });
    // This context lives as long as the subscription: it keeps no unit of work (which would hold
    // what it loaded, per socket, and go stale). Each use gets a fresh one: the subscribe-time
    // check reads `em` once; each event gets its own (realtime/delivery.ts).
    return {
      ...context,
      get em() {
        return deps.orm.em.fork() as EntityManager;
      },
      realtime: {
        deps, hub: realtime.hub, connections: realtime.connections, connection: conn, startPosition,
        emit: nextMessageWriter(ctx.extra.socket, id, () => id in ctx.subscriptions, sockets.formatError),
      },
    };
  } catch (e) {
    if (isRefusal(e)) conn?.close(CloseCodes.UNAUTHORIZED, 'Unauthorized: sign in again');
    else conn?.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later');
    throw e;
  }
}
