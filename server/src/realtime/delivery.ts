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
import { ATTEMPTS, ENDED, EventStream, PREPARE, WAIT, type Occurrence } from './event-stream.js';
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
  if (!(source instanceof EventStream)) throw new Error('A subscription field must return an EventStream (realtime/streams.ts).');
  return new Deliveries(source, args);
}

/** A domain error (NOT_FOUND, FORBIDDEN …) is an answer, the same as over HTTP; anything else is a failure to deliver. */
function isFailure(e: GraphQLError): boolean {
  return !isRefusal(e.originalError);
}

/**
 * One subscription's deliveries. Driven by its stream, not by graphql-ws: `pump` runs when an
 * event arrives (inside the hub's push) and after each step that had to wait, and delivers
 * every ready event in order, one at a time. A live event whose shared result is already made
 * is written there and then; one that is being made waits for it with one callback. What
 * graphql-ws iterates yields nothing and ends when the subscription does.
 */
class Deliveries implements AsyncGenerator<ExecutionResult> {
  private readonly ctx: SubscriptionContext;
  private readonly rt: NonNullable<SubscriptionContext['realtime']>;
  private readonly key: string;
  /** A step is under way (a read, a check, a result being made, a full socket): `pump` waits for it. */
  private busy = false;
  private ended = false;
  private readonly finished: Promise<IteratorResult<ExecutionResult>>;
  private resolveFinished!: (r: IteratorResult<ExecutionResult>) => void;

  constructor(
    private readonly source: EventStream<unknown>,
    private readonly args: ExecutionArgs,
  ) {
    this.ctx = args.contextValue as SubscriptionContext;
    this.rt = this.ctx.realtime!; // a stream opens only with it (streams.ts)
    this.key = subscriptionKey(args.document as DocumentNode, args.operationName, args.variableValues);
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
    source.onChange = () => this.pump();
    this.pump();
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  /** graphql-ws's loop waits here until the subscription ends. */
  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.finished;
  }

  private pump(): void {
    try {
      while (!this.busy && !this.ended) {
        const ready = this.source.poll();
        if (ready === WAIT) return;
        if (ready === ENDED) return this.end();
        const step = ready === PREPARE ? this.source.prepare() : this.deliver(ready);
        if (step) return this.wait(step);
      }
    } catch (err) {
      // Never into the hub's push loop, which goes on to the other streams.
      this.rt.deps.logger.error({ err: String(err), module: 'realtime' }, 'event delivery broke; closing the subscription');
      this.rt.connection?.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later: resume from your last cursor');
      this.end();
    }
  }

  private wait(step: Promise<void>): void {
    this.busy = true;
    step.then(
      () => {
        this.busy = false;
        this.pump();
      },
      // The stream gave up on the database (it has closed the socket with 1013), or a write failed.
      () => this.end(),
    );
  }

  /** One event: its shared result, then the socket. A promise when it has to wait. */
  private deliver(occurrence: Occurrence<unknown>): Promise<void> | void {
    const outcome = sharedResult(occurrence.event, this.key, this.ctx.viewer, (viewer) => this.render(occurrence, viewer));
    return outcome instanceof Promise ? outcome.then((o) => this.send(o)) : this.send(outcome);
  }

  private send(outcome: Outcome): Promise<void> | void {
    if (this.ended || (this.rt.connection && !this.rt.connection.alive)) return this.end();
    if (outcome === SKIP) return;
    if (outcome === FAILED) {
      this.rt.connection?.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later: resume from your last cursor');
      return this.end();
    }
    return this.rt.emit(outcome) ?? undefined;
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.source.close();
    this.resolveFinished({ value: undefined, done: true });
  }

  /**
   * One event for one viewer: its root payload and the selection set over it, with one fresh
   * EntityManager per attempt. Never throws. The context holds nothing of this socket (no
   * address, no connection): the result may go to other sockets.
   */
  private async render(occurrence: Occurrence<unknown>, viewer: Viewer | null): Promise<Outcome> {
    const { rt } = this;
    const { clock } = this.ctx;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // Labelled, so that a log (or a test) tells a payload's statements from a request's.
      const em = rt.deps.orm.em.fork({ loggerContext: { label: 'subscription' } }) as EntityManager;
      let problem: unknown;
      try {
        const root = await occurrence.resolve(occurrence.event, em, viewer);
        if (root === null) return SKIP;
        const contextValue = { em, viewer, clock, config: rt.deps.config, logger: rt.deps.logger };
        const result = await execute({ ...this.args, rootValue: root, contextValue });
        if (!result.errors?.some(isFailure)) return result;
        problem = result.errors.map((e) => e.message).join('; ');
      } catch (err) {
        problem = String(err);
      }
      rt.deps.logger.warn({ err: problem, module: 'realtime' }, 'event delivery failed; retrying');
      if (attempt + 1 < ATTEMPTS) await new Promise((r) => setTimeout(r, backoffMs(attempt)));
    }
    return FAILED;
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.end();
    return { value: undefined, done: true };
  }

  async throw(err?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.end();
    throw err;
  }

  [Symbol.asyncDispose] = async () => {
    await this.return();
  };
}
