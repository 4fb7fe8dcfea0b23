// Apollo Server over the built schema: error formatting, drain on shutdown, no online landing page.
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps, Context } from '../context.js';
import { makeFormatError } from './errors.js';

export function createApollo(
  deps: AppDeps,
  schema: GraphQLSchema,
  httpServer: Server,
  extraPlugins: ApolloServerPlugin<Context>[] = [],
): ApolloServer<Context> {
  const production = deps.config.nodeEnv === 'production';
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: !production,
    formatError: makeFormatError(production, deps.logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ...extraPlugins,
    ],
  });
}
