// How each event of a subscription reaches the client: the event's root payload (built by its
// stream) and all of its nested fields are resolved together, with a fresh EntityManager, as
// one unit that is retried when it fails. A client gets each event complete and without
// errors, or not at all, and then the socket is closed with 1013 so that it resumes from its
// last cursor: never a partial payload followed by more events (a gap it could not see).
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isRefusal } from '../errors.js';
import { backoffMs } from './announcer.js';
import type { SubscriptionContext } from './realtime.js';
import { CloseCodes } from './settings.js';

const ATTEMPTS = 4;

/** graphql-ws's `subscribe`: graphql-js's own, except that each event is delivered as one retried unit. */
export async function deliveringSubscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  return new Deliveries(source[Symbol.asyncIterator](), args);
}

/** A domain error (NOT_FOUND, FORBIDDEN …) is an answer, the same as over HTTP; anything else is a failure to deliver. */
function isFailure(e: GraphQLError): boolean {
  return !isRefusal(e.originalError);
}

class Deliveries implements AsyncGenerator<ExecutionResult> {
  private readonly ctx: SubscriptionContext;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
  ) {
    this.ctx = args.contextValue as SubscriptionContext;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    const item = await this.source.next();
    if (item.done) return { value: undefined, done: true };
    const result = await this.render(item.value);
    if (result) return { value: result, done: false };
    await this.return();
    return { value: undefined, done: true };
  }

  /** The execution result of one event, or null when it could not be delivered whole (the socket is then closed). */
  private async render(root: unknown): Promise<ExecutionResult | null> {
    const rt = this.ctx.realtime;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (rt?.connection && !rt.connection.alive) return null;
      const em = (rt ? rt.deps.orm.em.fork() : this.ctx.em.fork()) as EntityManager;
      const result = await execute({ ...this.args, rootValue: root, contextValue: { ...this.ctx, em } });
      if (!result.errors?.some(isFailure)) return result;
      rt?.deps.logger.warn({ err: result.errors.map((e) => e.message).join('; '), module: 'realtime' }, 'event delivery failed; retrying');
      await new Promise((r) => setTimeout(r, backoffMs(attempt)));
    }
    rt?.connection?.close(CloseCodes.TRY_AGAIN_LATER, 'Try again later: resume from your last cursor');
    return null;
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(err?: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    throw err;
  }

  [Symbol.asyncDispose] = async () => {
    await this.return();
  };
}
