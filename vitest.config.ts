import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One copy of graphql: type-graphql, Apollo and graphql-ws load its CommonJS build; without
// this alias our sources would get the .mjs build, a second copy that graphql's instanceof
// checks reject ("Cannot use GraphQLSchema from another module or realm").
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    include: ['test/server/**/*.test.ts', 'test/client/**/*.test.{ts,tsx}'],
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    // Integration tests start servers and databases; each file has its own database.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
