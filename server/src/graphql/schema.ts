// Builds the executable schema from the type-graphql classes; also printed to schema/schema.graphql.
import { buildSchema } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { DateTimeResolver } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { authChecker } from './auth-checker.js';
import { resolvers } from './resolvers.js';
import { validateArgs } from './validate-args.js';

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validateFn: validateArgs,
    emitSchemaFile: false,
    // Required by type-graphql for any @Subscription; ours use `subscribe` (realtime/), not this in-process bus.
    pubSub: createPubSub(),
  });
}

/** Stable text form of the schema: sorted, so that the committed file diffs cleanly. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
