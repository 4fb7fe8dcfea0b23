import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let app: TestApp;
let np: string, jp: string;
beforeAll(async () => {
  app = await startTestApp();
  np = await app.login('np@npo.demo');
  // A person of its own, so that the demo data's alerts do not count.
  const sec = await app.login('secretariat@apo.demo');
  const jpOrg = await orgOf(app, 'JP');
  const input = { email: 'inbox.tester@jpc.example', name: 'Inbox Tester', role: 'NPO_MEMBER', organizationId: jpOrg.id, password: 'long-enough-password' };
  await app.gql(`mutation($i: CreateUserInput!){ createUser(input:$i){ id } }`, { i: input }, sec);
  jp = await app.login(input.email, input.password);
});
afterAll(() => app.stop());

const INBOX = `query($u:Boolean,$first:Int,$after:String){ inbox(unreadOnly:$u, first:$first, after:$after){ unreadCount totalCount pageInfo { hasNextPage endCursor } edges { node { id kind summary readAt eventType pairingId } } } }`;
const READ = `mutation($ids:[ID!]!){ markInboxRead(ids:$ids){ id readAt } }`;

async function mentionJpMember(times: number) {
  const { pairing } = await buildPairing(app, { status: PairingStatus.PLANNING });
  const t = (await app.gql(`mutation($p:ID!){ createThread(pairingId:$p, title:"Hello"){ id } }`, { p: pairing.id }, np)).data.createThread;
  for (let i = 0; i < times; i++) await app.gql(`mutation($t:ID!,$b:String!){ postMessage(threadId:$t, body:$b){ id } }`, { t: t.id, b: `ping ${i} @inbox.tester@jpc.example` }, np);
  return pairing;
}

describe('inbox', () => {
  it('lists my alerts newest first, pages them, and marks them read', async () => {
    const pairing = await mentionJpMember(3);
    const all = (await app.gql(INBOX, { first: 2 }, jp)).data.inbox;
    expect(all).toMatchObject({ unreadCount: 3, totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(all.edges.map((e: any) => e.node.summary)).toEqual([
      'NPEDC Administrator mentioned you in “Hello”: ping 2 @inbox.tester@jpc.example',
      'NPEDC Administrator mentioned you in “Hello”: ping 1 @inbox.tester@jpc.example',
    ]);
    expect(all.edges[0].node).toMatchObject({ kind: 'MENTION', eventType: 'MESSAGE_POSTED', pairingId: pairing.id, readAt: null });
    const rest = (await app.gql(INBOX, { first: 2, after: all.pageInfo.endCursor }, jp)).data.inbox;
    expect(rest.edges).toHaveLength(1);
    const marked = (await app.gql(READ, { ids: [all.edges[0].node.id] }, jp)).data.markInboxRead;
    expect(marked).toHaveLength(1);
    expect(marked[0].readAt).not.toBeNull();
    const unread = (await app.gql(INBOX, { u: true }, jp)).data.inbox;
    expect(unread).toMatchObject({ unreadCount: 2, totalCount: 2 });
    expect(unread.edges.map((e: any) => e.node.id)).not.toContain(all.edges[0].node.id);
  });

  it("ignores someone else's items when marking read", async () => {
    await mentionJpMember(1);
    const item = (await app.gql(INBOX, { u: true }, jp)).data.inbox.edges[0].node;
    const other = await app.login('th@npo.demo');
    expect((await app.gql(READ, { ids: [item.id, 'not-a-uuid'] }, other)).data.markInboxRead).toEqual([]);
    expect((await app.gql(INBOX, { u: true }, jp)).data.inbox.edges[0].node.id).toBe(item.id);
  });

  it('is empty for an API token and refused to anonymous callers', async () => {
    const token = (await buildApiToken(app, { code: 'JP' })).token;
    expect((await app.gql(INBOX, {}, token)).data.inbox).toMatchObject({ unreadCount: 0, totalCount: 0, edges: [] });
    expect(codeOf(await app.gql(INBOX, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(READ, { ids: [] }, token))).toBe('FORBIDDEN');
  });
});
