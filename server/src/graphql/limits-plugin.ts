// The HTTP side of the operation guard (the token limit is checked before, in
// http/request-limits.ts): the guard's checks after validation and before execution (so a refused operation runs no SQL), and the cost in
// `extensions.cost` of every response.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { Charge } from './cost-budget.js';
import type { OperationGuard } from './operation-guard.js';

export function limitsPlugin(guard: OperationGuard): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost = 0;
      let charge: Charge | null = null;
      return {
        async didResolveOperation(rc: GraphQLRequestContext<Context>) {
          const ctx = rc.contextValue;
          const verdict = guard.check(rc.schema as GraphQLSchema, {
            document: rc.document!,
            variables: rc.request.variables,
            operationName: rc.request.operationName,
            viewer: ctx.viewer,
            address: ctx.ip,
            transport: 'http',
          });
          cost = verdict.cost;
          charge = verdict.charge;
          if (verdict.errors.length === 0) return;
          if (verdict.status) rc.response.http.status = verdict.status;
          if (verdict.retryAfterSeconds) rc.response.http.headers.set('retry-after', String(verdict.retryAfterSeconds));
          throw verdict.errors[0];
        },
        async willSendResponse(rc: GraphQLRequestContext<Context>) {
          const body = rc.response.body;
          if (body?.kind !== 'single') return;
          // A resolver's RATE_LIMITED (the sign-in throttle) is answered like the budget's: 429 and Retry-After.
          const limited = body.singleResult.errors?.find((e) => e.extensions?.code === ErrorCode.RATE_LIMITED && e.extensions?.retryAfterSeconds);
          if (limited) {
            rc.response.http.status = 429;
            rc.response.http.headers.set('retry-after', String(limited.extensions!.retryAfterSeconds));
          }
          const viewer = rc.contextValue?.viewer ?? null;
          const state = charge ?? guard.peek(viewer, rc.contextValue?.ip ?? 'unknown');
          body.singleResult.extensions = {
            ...body.singleResult.extensions,
            cost: { requested: cost, maximum: guard.limits.maxCost, remaining: state.remaining, budget: guard.capacityOf(viewer), resetAt: state.resetAt.toISOString() },
          };
        },
      };
    },
  };
}
