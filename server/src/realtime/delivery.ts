// How each event of a subscription reaches the client: the event's root payload (built by its
// stream) and all of its nested fields are resolved together, with a fresh EntityManager, as
// one unit that is retried when it fails. A client gets each event complete and without
// errors, or not at all, and then the socket is closed with 1013 so that it resumes from its
// last cursor: never a partial payload followed by more events (a gap it could not see).
// That unit runs once per event for all the subscribers of the same document and variables
// whose viewers would get the same answer (shared-results.ts), and they get the same result
// object, whose JSON is serialized once too: each result is written to the socket here, through
// the context's `emit` (graphql/ws-frames.ts), not handed back to graphql-ws message by message.
// The generator graphql-ws iterates yields nothing; it ends when the subscription does.
import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../modules/auth/viewer.js';
import { isRefusal } from '../errors.js';
import { backoffMs } from './announcer.js';
import { ATTEMPTS, type Occurrence } from './event-stream.js';
import type { SubscriptionContext } from './realtime.js';
import { CloseCodes } from './settings.js';
import { sharedResult } from './shared-results.js';
import { subscriptionKey } from './subscription-key.js';

const SKIP = Symbol('the viewer may not see this event now');
const FAILED = Symbol('could not be delivered whole');
type Outcome = ExecutionResult | typeof SKIP | typeof FAILED;

/** graphql-ws's `subscribe`: graphql-js's own, except that each event is delivered as one retried, shared unit. */
export async function deliveringSubscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  return new Deliveries(source[Symbol.asyncIterator]() as AsyncIterator<Occurrence<unknown>>, args);
}

/** A domain error (NOT_FOUND, FORBIDDEN …) is an answer, the same as over HTTP; anything else is a failure to deliver. */
function isFailure(e: GraphQLError): boolean {
  return !isRefusal(e.originalError);
}

class Deliveries implements AsyncGenerator<ExecutionResult> {
  private readonly ctx: SubscriptionContext;
  private readonly key: string;
  private ended = false;

  constructor(
    private readonly source: AsyncIterator<Occurrence<unknown>>,
    private readonly args: ExecutionArgs,
  ) {
    this.ctx = args.contextValue as SubscriptionContext;
    this.key = subscriptionKey(args.document as DocumentNode, args.operationName, args.variableValues);
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    const rt = this.ctx.realtime!; // a stream opens only with it (streams.ts)
    for (;;) {
      const item = await this.source.next();
      if (item.done) break;
      const occurrence = item.value;
      const outcome = await sharedResult(occurrence.event, this.key, this.ctx.viewer, (viewer) => this.render(occurrence, viewer));
      if (this.ended || (rt.connection && !rt.connection.alive)) break;
      if (outcome === SKIP) continue;
      if (outcome === FAILED) {
        rt.connection?.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later: resume from your last cursor');
        break;
      }
      const full = rt.emit(outcome);
      if (full) await full;
    }
    await this.return();
    return { value: undefined, done: true };
  }

  /**
   * One event for one viewer: its root payload and the selection set over it, with one fresh
   * EntityManager per attempt. Never throws. The context holds nothing of this socket (no
   * address, no connection): the result may go to other sockets.
   */
  private async render(occurrence: Occurrence<unknown>, viewer: Viewer | null): Promise<Outcome> {
    const rt = this.ctx.realtime;
    const { clock } = this.ctx;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // Labelled, so that a log (or a test) tells a payload's statements from a request's.
      const em = (rt ? rt.deps.orm.em : this.ctx.em).fork({ loggerContext: { label: 'subscription' } }) as EntityManager;
      let problem: unknown;
      try {
        const root = await occurrence.resolve(occurrence.event, em, viewer);
        if (root === null) return SKIP;
        const contextValue = { em, viewer, clock, config: rt?.deps.config, logger: rt?.deps.logger };
        const result = await execute({ ...this.args, rootValue: root, contextValue });
        if (!result.errors?.some(isFailure)) return result;
        problem = result.errors.map((e) => e.message).join('; ');
      } catch (err) {
        problem = String(err);
      }
      rt?.deps.logger.warn({ err: problem, module: 'realtime' }, 'event delivery failed; retrying');
      if (attempt + 1 < ATTEMPTS) await new Promise((r) => setTimeout(r, backoffMs(attempt)));
    }
    return FAILED;
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.ended = true;
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(err?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.ended = true;
    await this.source.return?.();
    throw err;
  }

  [Symbol.asyncDispose] = async () => {
    await this.return();
  };
}
