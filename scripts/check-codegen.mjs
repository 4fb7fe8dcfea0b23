// Fails when client/src/gql is stale against schema/schema.graphql and the client's documents.
import { execFileSync } from 'node:child_process';

try {
  execFileSync('npx', ['graphql-codegen', '--config', 'client/codegen.ts', '--check'], { stdio: 'inherit' });
  console.log('client/src/gql is up to date.');
} catch {
  console.error('client/src/gql is stale: run `npm run codegen` and commit it.');
  process.exit(1);
}
