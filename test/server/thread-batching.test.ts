import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { isJobStatement } from '../helpers/database.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { bcnQuery } from '../../bench/query/queries.js';

let app: TestApp;
let sql: string[] = [];
let np: string, jp: string;
beforeAll(async () => {
  app = await startTestApp({}, { onQuery: (s) => sql.push(s) });
  [np, jp] = await Promise.all(['np@npo.demo', 'jp@npo.demo'].map((e) => app.login(e)));
});
afterAll(() => app.stop());

const THREAD = `query($id:ID!){ thread(id:$id){ messages(first: 50){ edges { node { body author { email } parent { id } reactions { emoji count } } } } } }`;

async function threadWith(messages: number): Promise<string> {
  const { pairing } = await buildPairing(app, { status: PairingStatus.PLANNING });
  const t = (await app.gql(`mutation($p:ID!){ createThread(pairingId:$p, title:"Busy"){ id } }`, { p: pairing.id }, np)).data.createThread.id;
  let parent: string | null = null;
  for (let i = 0; i < messages; i++) {
    const m: any = (await app.gql(`mutation($t:ID!,$p:ID){ postMessage(threadId:$t, body:"m", parentId:$p){ id } }`, { t, p: parent }, i % 2 ? np : jp)).data.postMessage;
    await app.gql(`mutation($id:ID!){ addReaction(messageId:$id, emoji:"👍"){ id } }`, { id: m.id }, i % 2 ? jp : np);
    parent = m.id;
  }
  return t;
}


async function queriesFor(threadId: string): Promise<number> {
  sql = [];
  const r = await app.gql(THREAD, { id: threadId }, jp);
  expect(r.errors).toBeUndefined();
  // Only the reads of this request: the realtime outbox reader polls activity_event meanwhile;
  // reading the credential (it joins app_user) is cached for a moment, so in some requests only.
  return sql.filter((s) => /\[query\]/.test(s) && /"(message|message_reaction|app_user)"/.test(s) && !/activity_event|from "session"/.test(s) && !isJobStatement(s)).length;
}

describe('reading a thread', () => {
  it('costs the same number of queries for 3 messages as for 12 (authors, parents, reactions are batched)', async () => {
    const small = await queriesFor(await threadWith(3));
    const large = await queriesFor(await threadWith(12));
    expect(large).toBe(small);
  });
});

/** A pairing with `threads` threads of `messages` messages each, written by both sides. */
async function pairingWith(threads: number, messages: number): Promise<string> {
  const { pairing } = await buildPairing(app, { status: PairingStatus.PLANNING });
  for (let t = 0; t < threads; t++) {
    const id = (await app.gql(`mutation($p:ID!){ createThread(pairingId:$p, title:"T${t}"){ id } }`, { p: pairing.id }, np)).data.createThread.id;
    for (let i = 0; i < messages; i++) await app.gql(`mutation($t:ID!){ postMessage(threadId:$t, body:"m${i}"){ id } }`, { t: id }, i % 2 ? np : jp);
  }
  return pairing.id;
}

/** The statements of one request, and those besides reading the credential (cached for a moment, auth.service.ts). */
async function statementsOf(query: string, variables: Record<string, unknown>): Promise<{ all: string[]; own: string[]; data: any }> {
  sql = [];
  const r = await app.gql(query, variables, jp);
  expect(r.errors).toBeUndefined();
  const all = sql.filter((s) => /\[query\]/.test(s) && !/activity_event/.test(s) && !isJobStatement(s));
  return { all, own: all.filter((s) => !/from "(session|api_token)"/.test(s)), data: r.data };
}

describe("the benchmark's Q2 (a pairing, its threads, their messages with authors)", () => {
  it('costs at most 4 statements, the same for 5 or 50 messages per thread', async () => {
    const pairingId = await pairingWith(3, 7);
    const run = (first: number) => {
      const doc = bcnQuery('Q2', { first, pairingId });
      return statementsOf(doc.query, doc.variables);
    };
    const small = await run(5);
    const large = await run(50);
    const threads = (d: any) => d.pairing.threads.edges.map((e: any) => e.node.messages);
    expect(threads(small.data).map((m: any) => [m.edges.length, m.pageInfo.hasNextPage])).toEqual([[5, true], [5, true], [5, true]]);
    expect(threads(large.data).map((m: any) => [m.edges.length, m.pageInfo.hasNextPage])).toEqual([[7, false], [7, false], [7, false]]);
    expect(threads(large.data)[0].edges.map((e: any) => [e.node.body, e.node.author.email])).toEqual(
      Array.from({ length: 7 }, (_, i) => [`m${i}`, i % 2 ? 'np@npo.demo' : 'jp@npo.demo']),
    );
    expect(large.own.length, large.own.join('\n')).toBe(small.own.length);
    // Credential (when not cached), the pairing with its host, the threads, the messages with their authors.
    expect(large.all.length, large.all.join('\n')).toBeLessThanOrEqual(4);
    expect(small.all.length, small.all.join('\n')).toBeLessThanOrEqual(4);
  });

  it('pages each thread on from its cursor, and counts when asked', async () => {
    const pairingId = await pairingWith(2, 4);
    const Q = `query($id:ID!){ pairing(id:$id){ threads(first:5){ totalCount edges { node { id messages(first:3){ totalCount pageInfo { endCursor } edges { node { body } } } } } } } }`;
    const first = await statementsOf(Q, { id: pairingId });
    const threads = first.data.pairing.threads;
    expect(threads.totalCount).toBe(2);
    expect(threads.edges.map((e: any) => [e.node.messages.totalCount, e.node.messages.edges.length])).toEqual([[4, 3], [4, 3]]);
    const t = threads.edges[0].node;
    const rest = await app.gql(`query($id:ID!,$a:String){ thread(id:$id){ messages(first:3, after:$a){ pageInfo { hasNextPage } edges { node { body } } } } }`, { id: t.id, a: t.messages.pageInfo.endCursor }, jp);
    expect(rest.data.thread.messages.edges.map((e: any) => e.node.body)).toEqual(['m3']);
    expect(rest.data.thread.messages.pageInfo.hasNextPage).toBe(false);
  });
});
