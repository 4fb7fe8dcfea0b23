// Applies the operation limits to every HTTP operation after validation and before execution
// (so a refused operation runs no SQL), charges the caller's cost budget, and reports the cost
// in `extensions.cost` of every response.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps, Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import { CostBudget, type Charge } from './cost-budget.js';
import { apiError, checkOperation, limitsOf } from './limits.js';

export function limitsPlugin(deps: AppDeps): ApolloServerPlugin<Context> {
  const limits = limitsOf(deps.config);
  const budget = new CostBudget(deps.clock, limits.budget, limits.budgetWindowMs);

  return {
    async requestDidStart() {
      let cost = 0;
      let charge: Charge | null = null;
      return {
        async didResolveOperation(rc: GraphQLRequestContext<Context>) {
          const ctx = rc.contextValue;
          const checked = checkOperation(rc.schema as GraphQLSchema, rc.document!, {
            variables: rc.request.variables,
            operationName: rc.request.operationName,
            viewer: ctx.viewer,
            limits,
          });
          cost = checked.cost ?? 0;
          const refusal = checked.errors[0];
          if (refusal) {
            rc.response.http.status = refusal.extensions.code === ErrorCode.FORBIDDEN ? 403 : 400;
            throw refusal;
          }
          charge = budget.charge(CostBudget.keyOf(ctx.viewer, ctx.ip), Math.max(1, cost));
          if (!charge.ok) {
            rc.response.http.status = 429;
            rc.response.http.headers.set('retry-after', String(Math.ceil((charge.retryAt!.getTime() - deps.clock.now().getTime()) / 1000)));
            throw apiError(
              ErrorCode.RATE_LIMITED,
              `This query costs ${cost} points and ${charge.remaining} are left. The budget refills over time; retry after ${charge.retryAt!.toISOString()}.`,
              { cost, remaining: charge.remaining, resetAt: charge.resetAt.toISOString(), retryAt: charge.retryAt!.toISOString() },
            );
          }
        },
        async willSendResponse(rc: GraphQLRequestContext<Context>) {
          const body = rc.response.body;
          if (body?.kind !== 'single') return;
          const ctx = rc.contextValue;
          const state = charge ?? budget.peek(CostBudget.keyOf(ctx?.viewer ?? null, ctx?.ip ?? 'unknown'));
          body.singleResult.extensions = {
            ...body.singleResult.extensions,
            cost: { requested: cost, maximum: limits.maxCost, remaining: state.remaining, budget: limits.budget, resetAt: state.resetAt.toISOString() },
          };
        },
      };
    },
  };
}
