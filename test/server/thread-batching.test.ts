import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

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
  // Only the reads of this request: the realtime outbox reader polls activity_event meanwhile.
  return sql.filter((s) => /\[query\]/.test(s) && /"(message|message_reaction|app_user)"/.test(s) && !/activity_event/.test(s)).length;
}

describe('reading a thread', () => {
  it('costs the same number of queries for 3 messages as for 12 (authors, parents, reactions are batched)', async () => {
    const small = await queriesFor(await threadWith(3));
    const large = await queriesFor(await threadWith(12));
    expect(large).toBe(small);
  });
});
