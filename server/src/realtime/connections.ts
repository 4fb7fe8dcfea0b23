// The live WebSockets of this process and the credential behind each. A connection whose
// session or API token stops working (signed out, expired, revoked, user deactivated) is
// closed with 4401 — checked in one query per kind for all connections, before every batch
// of events is fanned out and every few seconds in between; a stream checks its own connection
// before each batch it replays, and before each event it delivers once the last check is 50 ms
// old (event-stream.ts), so that events waiting for a slow reader stop when the credential does.
import type { WebSocket } from 'ws';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../deps.js';
import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { CloseCodes } from './settings.js';

export class LiveConnection {
  alive = true;
  /** When the credential was last found valid (Date.now()); the streams re-check when it is old. */
  checkedAt = Date.now();
  private readonly onClose = new Set<() => void>();

  constructor(
    readonly viewer: Viewer | null,
    private readonly socket: WebSocket,
  ) {}

  get credentialKey(): string | null {
    return this.viewer?.sessionId ?? this.viewer?.apiTokenId ?? null;
  }

  /** Runs when the connection ends, however it ends. */
  whenClosed(fn: () => void): () => void {
    if (!this.alive) {
      fn();
      return () => {};
    }
    this.onClose.add(fn);
    return () => this.onClose.delete(fn);
  }

  close(code: number, reason: string): void {
    this.ended();
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
  }

  ended(): void {
    if (!this.alive) return;
    this.alive = false;
    for (const fn of this.onClose) fn();
    this.onClose.clear();
  }
}

export class ConnectionRegistry {
  private readonly all = new Set<LiveConnection>();
  private readonly perKey = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  /** Connections whose streams asked for a check in this tick: checked together, in one query. */
  private pending: { conns: Set<LiveConnection>; done: Promise<void> } | null = null;

  constructor(private readonly deps: AppDeps) {}

  start(): void {
    this.timer = setInterval(() => {
      this.verify().catch((err) => this.deps.logger.warn({ err: String(err), module: 'realtime' }, 'credential check failed'));
    }, this.deps.config.realtime.credentialCheckMs);
    this.timer.unref();
  }

  get size(): number {
    return this.all.size;
  }

  /** Registers an authenticated socket; null when its token already holds too many. */
  open(viewer: Viewer | null, socket: WebSocket): LiveConnection | null {
    // Authentication is awaited before this: a socket may have closed meanwhile (an overloaded
    // server closes it for a late connection_init). Its 'close' event is gone, so registering
    // it would hold one of its token's slots for ever.
    if (socket.readyState !== socket.OPEN) return null;
    const conn = new LiveConnection(viewer, socket);
    const key = conn.credentialKey;
    if (key) {
      const n = this.perKey.get(key) ?? 0;
      if (n >= this.deps.config.realtime.maxConnectionsPerToken) return null;
      this.perKey.set(key, n + 1);
    }
    this.all.add(conn);
    socket.once('close', () => conn.ended());
    conn.whenClosed(() => {
      this.all.delete(conn);
      if (key) {
        const n = (this.perKey.get(key) ?? 1) - 1;
        if (n <= 0) this.perKey.delete(key);
        else this.perKey.set(key, n);
      }
    });
    return conn;
  }

  /** Checks one connection's credential, batched with the other checks asked for in the same tick. */
  check(conn: LiveConnection): Promise<void> {
    if (!this.pending) {
      const conns = new Set<LiveConnection>();
      const done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.pending = null;
        return this.verify([...conns]);
      });
      this.pending = { conns, done };
    }
    this.pending.conns.add(conn);
    return this.pending.done;
  }

  /**
   * Closes every connection (or those given) whose credential no longer works. A database
   * error is thrown to the caller, never taken as a verdict on the credential.
   */
  async verify(among: LiveConnection[] = [...this.all]): Promise<void> {
    const conns = among.filter((c) => c.viewer && c.alive);
    if (conns.length === 0) return;
    // A credential ended during the query may have been read as valid: count from the start.
    const started = Date.now();
    const now = this.deps.clock.now();
    const sessionIds = unique(conns.map((c) => c.viewer!.sessionId));
    const tokenIds = unique(conns.map((c) => c.viewer!.apiTokenId));
    const em = this.deps.orm.em.fork() as EntityManager;
    const [sessions, tokens] = await Promise.all([
      sessionIds.length
        ? em.find(Session, { id: { $in: sessionIds }, revokedAt: null, expiresAt: { $gt: now }, user: { active: true } }, { fields: ['id'] })
        : [],
      tokenIds.length
        ? em.find(ApiToken, { id: { $in: tokenIds }, revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] }, { fields: ['id'] })
        : [],
    ]);
    const valid = new Set([...sessions.map((s) => s.id), ...tokens.map((t) => t.id)]);
    for (const c of conns) {
      if (valid.has(c.credentialKey!)) c.checkedAt = Math.max(c.checkedAt, started);
      else c.close(CloseCodes.UNAUTHORIZED, 'Unauthorized: sign in again');
    }
  }

  closeAll(code = 1001, reason = 'Server shutting down'): void {
    for (const c of this.all) c.close(code, reason);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}
