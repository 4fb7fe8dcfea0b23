// PostGraphile 4.14 over the benchmark's database: the peer BCN Hub's read path is measured
// against. Plain JavaScript, run from bench/tools with its own node_modules (not the app's install).
// Settings are the documented production ones; the schema is generated from `public`.
import http from 'node:http';
import { postgraphile } from 'postgraphile';

const handler = postgraphile(process.env.DATABASE_URL, 'public', {
  // Lists as plain arrays too (`pairingsByProposalIdList`), like BCN Hub's `Proposal.pairings`.
  simpleCollections: 'both',
  disableDefaultMutations: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  graphiql: false,
  setofFunctionsContainNulls: false,
});

http.createServer(handler).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
