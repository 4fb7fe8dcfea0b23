// Apollo Server over the built schema: error formatting, limits, drain on shutdown, no online landing page.
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps, Context } from '../context.js';
import { makeFormatError } from './errors.js';
import { limitsOf } from './limits.js';
import { limitsPlugin } from './limits-plugin.js';

export function createApollo(
  deps: AppDeps,
  schema: GraphQLSchema,
  httpServer: Server,
  extraPlugins: ApolloServerPlugin<Context>[] = [],
): ApolloServer<Context> {
  const production = deps.config.nodeEnv === 'production';
  return new ApolloServer<Context>({
    schema,
    // main.ts owns SIGTERM/SIGINT: it drains this server, then closes the database. Apollo's own
    // handlers (on outside NODE_ENV=test) raced with ours and left the shutdown hanging.
    stopOnTerminationSignals: false,
    // A public API with a published schema: introspection stays on, suggestions do not (below).
    introspection: true,
    csrfPrevention: true,
    // Batches are capped in http/batch-limit.ts before they reach Apollo.
    allowBatchedHttpRequests: true,
    parseOptions: { maxTokens: limitsOf(deps.config).maxTokens },
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: !production,
    formatError: makeFormatError(production, deps.logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin(deps),
      ...extraPlugins,
    ],
  });
}
