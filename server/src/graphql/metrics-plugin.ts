// Counts and times every GraphQL operation over HTTP. The operation label is the operation's
// first root field checked against the schema (`proposals`, `submitProposal`), not the client's
// operation name: any string can be sent as a name, but the schema's fields are a bounded set.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context.js';
import type { Metrics } from '../metrics/index.js';

export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(rc: GraphQLRequestContext<Context>) {
          const body = rc.response.body;
          const result = body?.kind === 'single' ? body.singleResult : body?.initialResult;
          const failed = !!result?.errors?.length;
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphql.observeOperation({ ...operationLabels(rc.schema, rc.operation), outcome: failed ? 'error' : 'ok' }, seconds);
        },
      };
    },
  };
}

/** Type and root field of an operation; "unknown"/"none" when it never parsed or resolved. */
export function operationLabels(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined): { type: string; operation: string } {
  if (!operation) return { type: 'unknown', operation: 'none' };
  const first = operation.selectionSet.selections[0];
  if (first?.kind !== Kind.FIELD) return { type: operation.operation, operation: 'other' };
  const name = first.name.value;
  if (name.startsWith('__')) return { type: operation.operation, operation: 'introspection' };
  const known = schema.getRootType(operation.operation)?.getFields()[name];
  return { type: operation.operation, operation: known ? name : 'other' };
}
