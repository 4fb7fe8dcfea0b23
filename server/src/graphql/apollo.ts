// Apollo Server over the built schema: error formatting, limits, drain on shutdown, no online landing page.
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps, Context } from '../context.js';
import { makeFormatError } from './errors.js';
import { limitsPlugin } from './limits-plugin.js';
import type { OperationGuard } from './operation-guard.js';

export function createApollo(
  deps: AppDeps,
  schema: GraphQLSchema,
  httpServer: Server,
  guard: OperationGuard,
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
    // Batches and document tokens are capped in http/request-limits.ts before they reach Apollo.
    allowBatchedHttpRequests: true,
    // The token limit is checked while parsing (limits-plugin.ts), Armor's rules during validation.
    validationRules: guard.validationRules,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: !production,
    formatError: makeFormatError(production, deps.logger, deps.metrics?.graphql.countError),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field's resolver to collect cache hints BCN Hub
      // never gives; its only effect here was the `no-store` header, which noStore sets.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      limitsPlugin(guard),
      ...extraPlugins,
    ],
  });
}

/** Answers hold what this viewer may see: no shared or browser cache may keep them. */
const noStore: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
