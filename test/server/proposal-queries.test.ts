// Listing proposals: filters, keyset pages, and nested fields batched so that a page costs
// the same number of SQL statements whatever its size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type GqlResult, type TestApp } from '../helpers/app.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal, Q } from '../helpers/factories/proposals.js';
import type { ProjectNotification } from '../../server/src/modules/notification/notification.entity.js';
import { Proposal } from '../../server/src/modules/proposal/proposal.entity.js';
import { ProposalStatus } from '../../server/src/modules/proposal/proposal.enums.js';
import { bcnQuery } from '../../bench/query/queries.js';
import { isJobStatement } from '../helpers/database.js';

let app: TestApp;
let call: ProjectNotification;
const queries: string[] = [];
const SENDERS = ['NP', 'LA', 'MN', 'TH', 'VN'];
const HOSTS = ['JP', 'KR', 'SG'];

beforeAll(async () => {
  app = await startTestApp({}, { onQuery: (sql) => queries.push(sql) });
  call = await buildNotification(app);
  for (let i = 0; i < 60; i++) {
    const status = i % 3 === 0 ? ProposalStatus.SUBMITTED : ProposalStatus.DRAFT;
    await buildProposal(app, { notification: call, sending: SENDERS[i % SENDERS.length], status, hosts: [HOSTS[i % 3], HOSTS[(i + 1) % 3]], topic: `Topic ${i}` });
  }
});
afterAll(() => app.stop());

const NESTED = `query($filter: ProposalsFilter, $first: Int){ proposals(filter:$filter, first:$first){ totalCount edges { node {
  id topic sendingOrganization { acronym economy { code } } economy { code } preferredHosts { rank organization { acronym } } } } } }`;

/** Reading the viewer's credential: cached for a moment (auth.service.ts), so present in some requests only. */
const CREDENTIAL = /from "(session|api_token)"/;

/** SQL statements the ORM sent while serving one request (the login happens before). */
async function statementsFor(token: string, first: number): Promise<{ count: number; rows: number; sql: string[] }> {
  queries.length = 0;
  const r = await app.gql(NESTED, { filter: { notification: call.id }, first }, token);
  expect(r.errors).toBeUndefined();
  const sql = ownStatements();
  return { count: sql.filter((q) => !CREDENTIAL.test(q)).length, rows: r.data.proposals.edges.length, sql };
}

function ownStatements(): string[] {
  return (
    queries
      // eslint-disable-next-line no-control-regex -- the ORM's logger colours its lines
      .map((q) => q.replace(/\x1B\[[0-9;]*m/g, ''))
      // The realtime layer's reads of the event log and the job runner's periodic passes may
      // interleave; they are not this request's.
      .filter((q) => q.startsWith('[query]') && !q.includes('activity_event') && !isJobStatement(q))
  );
}

describe('proposal lists', () => {
  it("answers the benchmark's Q1 (organizations, economy, call, round, pairings with hosts) in at most 4 statements, for 5 or 50 proposals", async () => {
    const sec = await app.login('secretariat@apo.demo');
    const recent = await app.db.orm.em.fork().find(Proposal, { notification: call.id }, { orderBy: { createdAt: 'desc' }, limit: 50 });
    for (const p of recent.filter((_, i) => i % 4 === 0)) await buildPairing(app, { proposal: p, host: HOSTS[p.topic.length % 3] });
    const run = async (first: number) => {
      queries.length = 0;
      const doc = bcnQuery('Q1', { first });
      const r = await app.gql(doc.query, doc.variables, sec);
      expect(r.errors).toBeUndefined();
      const sql = ownStatements();
      return { sql, rows: r.data.proposals.edges as Array<{ node: { pairings: unknown[] } }>, own: sql.filter((q) => !CREDENTIAL.test(q)) };
    };
    const small = await run(5);
    const large = await run(50);
    expect([small.rows.length, large.rows.length]).toEqual([5, 50]);
    expect(large.rows.filter((e) => e.node.pairings.length > 0).length).toBeGreaterThanOrEqual(12);
    expect(large.own.length, large.own.join('\n')).toBe(small.own.length);
    // Credential (when not cached), the page with its to-one relations, its count, the pairings with their hosts.
    expect(large.sql.length, large.sql.join('\n')).toBeLessThanOrEqual(4);
    expect(small.sql.length, small.sql.join('\n')).toBeLessThanOrEqual(4);
  });

  it('issues the same small number of SQL statements for 5 or 50 proposals with organizations, economies and hosts nested', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const small = await statementsFor(sec, 5);
    const large = await statementsFor(sec, 50);
    expect([small.rows, large.rows]).toEqual([5, 50]);
    expect(large.count, large.sql.join('\n')).toBe(small.count);
    // Today 6 besides the credential: page, count, sending organizations, economies, preferred hosts, host organizations.
    expect(large.count, large.sql.join('\n')).toBeLessThanOrEqual(9);
    expect(large.sql.some((q) => q.includes('"proposal_preferred_host"'))).toBe(true); // the counter does see the statements
  });

  it('stays constant for an NPO viewer too, who sees its own and hosted proposals', async () => {
    const jp = await app.login('jp-member@npo.demo');
    const hosted = await app.db.orm.em.fork().find(Proposal, { notification: call.id }, { limit: 12 });
    for (const p of hosted) await buildPairing(app, { proposal: p, host: 'JP' });
    const small = await statementsFor(jp, 5);
    const large = await statementsFor(jp, 50);
    expect([small.rows, large.rows]).toEqual([5, 12]);
    expect(large.count, large.sql.join('\n')).toBe(small.count);
  });
});

describe('proposal lists', () => {
  it('pages newest first with stable cursors and the total count', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const r: GqlResult = await app.gql(Q.list, { filter: { notification: call.id }, first: 25, after }, sec);
      expect(r.data.proposals.totalCount).toBe(60);
      seen.push(...r.data.proposals.edges.map((e: { node: { id: string } }) => e.node.id));
      after = r.data.proposals.pageInfo.endCursor;
      if (!r.data.proposals.pageInfo.hasNextPage) break;
    }
    expect(new Set(seen).size).toBe(60);
    expect(codeOf(await app.gql(Q.list, { first: 101 }, sec))).toBe('BAD_USER_INPUT');
  });

  it('filters by status, sending organization, economy and notification', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const count = async (filter: Record<string, unknown>) =>
      (await app.gql(Q.list, { filter: { notification: call.id, ...filter }, first: 1 }, sec)).data.proposals.totalCount;
    expect(await count({ status: 'SUBMITTED' })).toBe(20);
    expect(await count({ economy: 'NP' })).toBe(12);
    expect(await count({ economy: 'NP', status: 'SUBMITTED' })).toBe(4);
    const other = await buildNotification(app);
    expect(await count({ notification: other.id })).toBe(0);
    expect(await count({ sendingOrganization: 'not-an-id' })).toBe(0);
  });
});
