import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildPairing, eventsOf } from '../helpers/factories/pairings.js';
import { userId } from '../helpers/factories/users.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let app: TestApp;
let np: string, npMember: string, jp: string, sec: string;
beforeAll(async () => {
  app = await startTestApp();
  [np, npMember, jp, sec] = await Promise.all(['np@npo.demo', 'np-member@npo.demo', 'jp@npo.demo', 'secretariat@apo.demo'].map((e) => app.login(e)));
});
afterAll(() => app.stop());

const CREATE_THREAD = `mutation($p:ID!,$t:String!){ createThread(pairingId:$p, title:$t){ id title createdBy { email } unreadCount } }`;
const M = 'id body bodyHtml version editedAt deletedAt mentionedUserIds author { email } parent { id } reactions { emoji count reactedByMe }';
const POST = `mutation($t:ID!,$b:String!,$parent:ID){ postMessage(threadId:$t, body:$b, parentId:$parent){ ${M} } }`;
const EDIT = `mutation($id:ID!,$v:Int!,$b:String!){ editMessage(id:$id, version:$v, body:$b){ ${M} } }`;
const DELETE = `mutation($id:ID!,$v:Int!){ deleteMessage(id:$id, version:$v){ ${M} } }`;
const THREAD = `query($id:ID!,$first:Int,$after:String){ thread(id:$id){ title unreadCount messages(first:$first, after:$after){ totalCount pageInfo { hasNextPage endCursor } edges { node { ${M} } } } } }`;

async function newThread(title = 'Agenda') {
  const { pairing } = await buildPairing(app, { status: PairingStatus.PLANNING });
  const r = await app.gql(CREATE_THREAD, { p: pairing.id, t: title }, np);
  return { pairing, thread: r.data.createThread };
}
const post = async (threadId: string, body: string, token: string, parent?: string) => (await app.gql(POST, { t: threadId, b: body, parent }, token)).data.postMessage;

describe('planning threads and messages', () => {
  it('opens a thread in the pairing and lists it on the pairing', async () => {
    const { pairing, thread } = await newThread('Venue and dates');
    expect(thread).toMatchObject({ title: 'Venue and dates', createdBy: { email: 'np@npo.demo' }, unreadCount: 0 });
    const r = await app.gql(`query($id:ID!){ pairing(id:$id){ threads { totalCount edges { node { id title } } } } }`, { id: pairing.id }, jp);
    expect(r.data.pairing.threads).toEqual({ totalCount: 1, edges: [{ node: { id: thread.id, title: 'Venue and dates' } }] });
    const [e] = await eventsOf(app, thread.id);
    expect(e).toMatchObject({ type: 'THREAD_CREATED', subject_type: 'Thread', payload: { pairingId: pairing.id, threadId: thread.id } });
  });

  it('names the field of a blank or too long title or body', async () => {
    const { pairing, thread } = await newThread();
    expect((await app.gql(CREATE_THREAD, { p: pairing.id, t: 'x'.repeat(201) }, np)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await app.gql(CREATE_THREAD, { p: pairing.id, t: '   ' }, np)).errors?.[0].extensions).toMatchObject({ field: 'title' });
    expect((await app.gql(POST, { t: thread.id, b: 'x'.repeat(10_001) }, np)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect((await app.gql(POST, { t: thread.id, b: ' \n ' }, np)).errors?.[0].extensions).toMatchObject({ field: 'body' });
  });

  it('stores markdown as written and renders it safely', async () => {
    const { thread } = await newThread();
    const m = await post(thread.id, '**Proposed** agenda:\n\n1. Lean [site](https://jpc-net.jp)', jp);
    expect(m.body).toBe('**Proposed** agenda:\n\n1. Lean [site](https://jpc-net.jp)');
    expect(m.bodyHtml).toContain('<strong>Proposed</strong>');
    expect(m.bodyHtml).toContain('<a href="https://jpc-net.jp" rel="nofollow noopener noreferrer" target="_blank">site</a>');
  });

  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror="alert(1)">', '<img'],
    ['[click](javascript:alert(1))', 'href="javascript:'],
    ['![x](javascript:alert(1))', 'src="javascript:'],
    ['<a href="javascript:alert(1)">x</a>', '<a href'],
    ['[x](JaVaScRiPt:alert(1))', 'href="JaVaScRiPt'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
  ])('returns the XSS payload %s inert: stored as written, never rendered as markup', async (payload, forbiddenMarkup) => {
    const { thread } = await newThread();
    const m = await post(thread.id, payload, np);
    const read = (await app.gql(THREAD, { id: thread.id }, jp)).data.thread.messages.edges[0].node;
    expect(read.body).toBe(payload);
    expect(m.bodyHtml).toBe(read.bodyHtml);
    expect(read.bodyHtml).not.toContain(forbiddenMarkup);
    expect(read.bodyHtml).not.toMatch(/<(script|img|iframe|a)\b[^>]*(onerror|javascript:)/i);
  });
});

describe('planning threads and messages', () => {
  it('pages a long thread oldest first with Relay cursors', async () => {
    const { thread } = await newThread();
    for (let i = 1; i <= 5; i++) await post(thread.id, `message ${i}`, i % 2 ? np : jp);
    const page1 = (await app.gql(THREAD, { id: thread.id, first: 2 }, sec)).data.thread.messages;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges.map((e: any) => e.node.body)).toEqual(['message 1', 'message 2']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await app.gql(THREAD, { id: thread.id, first: 2, after: page1.pageInfo.endCursor }, sec)).data.thread.messages;
    expect(page2.edges.map((e: any) => e.node.body)).toEqual(['message 3', 'message 4']);
    const page3 = (await app.gql(THREAD, { id: thread.id, first: 2, after: page2.pageInfo.endCursor }, sec)).data.thread.messages;
    expect(page3.edges.map((e: any) => e.node.body)).toEqual(['message 5']);
    expect(page3.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await app.gql(THREAD, { id: thread.id, first: 101 }, sec))).toBe('BAD_USER_INPUT');
  });

  it('lets only the author edit or delete, versioned; a deleted message stays as a tombstone', async () => {
    const { pairing, thread } = await newThread();
    const m = await post(thread.id, 'first draft', np);
    const reply = await post(thread.id, 'a reply', jp, m.id);
    expect(reply.parent).toEqual({ id: m.id });
    expect(codeOf(await app.gql(EDIT, { id: m.id, v: m.version, b: 'hijacked' }, jp))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(EDIT, { id: m.id, v: m.version, b: 'hijacked' }, npMember))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(DELETE, { id: m.id, v: m.version }, sec))).toBe('FORBIDDEN');
    const edited = (await app.gql(EDIT, { id: m.id, v: m.version, b: 'second draft' }, np)).data.editMessage;
    expect(edited).toMatchObject({ body: 'second draft', version: m.version + 1 });
    expect(edited.editedAt).not.toBeNull();
    expect(codeOf(await app.gql(EDIT, { id: m.id, v: m.version, b: 'stale' }, np))).toBe('CONFLICT');
    const gone = (await app.gql(DELETE, { id: m.id, v: edited.version }, np)).data.deleteMessage;
    expect(gone).toMatchObject({ body: null, bodyHtml: null });
    expect(gone.deletedAt).not.toBeNull();
    const list = (await app.gql(THREAD, { id: thread.id }, jp)).data.thread.messages;
    expect(list.edges.map((e: any) => [e.node.id, e.node.body])).toEqual([[m.id, null], [reply.id, 'a reply']]);
    expect((await app.gql(EDIT, { id: m.id, v: gone.version, b: 'back' }, np)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const stored = await app.db.orm.em.fork().getConnection().execute('select body from message where id = ?', [m.id]);
    expect(stored[0].body).toBe('');
    const types = (await eventsOf(app, m.id)).map((e) => [e.type, e.payload.pairingId, e.payload.threadId]);
    expect(types).toEqual([
      ['MESSAGE_POSTED', pairing.id, thread.id],
      ['MESSAGE_EDITED', pairing.id, thread.id],
      ['MESSAGE_DELETED', pairing.id, thread.id],
    ]);
  });
});

describe('planning threads and messages', () => {
  it('refuses a reply to a message of another thread', async () => {
    const a = await newThread();
    const b = await newThread();
    const m = await post(a.thread.id, 'hello', np);
    expect((await app.gql(POST, { t: b.thread.id, b: 'reply', parent: m.id }, np)).errors?.[0].extensions).toMatchObject({ field: 'parentId' });
  });

  it('turns @mentions of either side into MENTION inbox items, and ignores outsiders', async () => {
    const { pairing, thread } = await newThread('Delegates');
    const INBOX = `{ inbox(unreadOnly: true) { unreadCount edges { node { kind summary pairingId subjectType } } } }`;
    const jpMember = await app.login('jp-member@npo.demo');
    const th = await app.login('th@npo.demo');
    const before = (await app.gql(INBOX, {}, jpMember)).data.inbox.unreadCount;
    const m = await post(thread.id, 'Could @jp-member@npo.demo and @NP-member@npo.demo confirm? cc @th@npo.demo @nobody@nowhere.org', np);
    expect(m.mentionedUserIds.sort()).toEqual([await userId(app, 'jp-member@npo.demo'), await userId(app, 'np-member@npo.demo')].sort());
    const inbox = (await app.gql(INBOX, {}, jpMember)).data.inbox;
    expect(inbox.unreadCount).toBe(before + 1);
    expect(inbox.edges[0].node).toEqual({ kind: 'MENTION', summary: 'NPEDC Administrator mentioned you in “Delegates”: Could @jp-member@npo.demo and @NP-member@npo.demo confirm? cc @th@npo.demo @nob…', pairingId: pairing.id, subjectType: 'Message' });
    expect((await app.gql(INBOX, {}, npMember)).data.inbox.edges[0].node.kind).toBe('MENTION');
    expect((await app.gql(INBOX, {}, th)).data.inbox.edges.filter((e: any) => e.node.pairingId === pairing.id)).toEqual([]);
    // Editing alerts only people newly mentioned.
    const edited = (await app.gql(EDIT, { id: m.id, v: m.version, b: 'Could @jp-member@npo.demo and @jp@npo.demo confirm?' }, np)).data.editMessage;
    expect(edited.mentionedUserIds).toHaveLength(2);
    expect((await app.gql(INBOX, {}, jpMember)).data.inbox.unreadCount).toBe(before + 1);
    expect((await app.gql(INBOX, {}, jp)).data.inbox.edges[0].node.kind).toBe('MENTION');
  });

  it('counts unread messages per user and thread until the thread is marked read', async () => {
    const { thread } = await newThread();
    const UNREAD = `query($id:ID!){ thread(id:$id){ unreadCount } }`;
    const READ = `mutation($id:ID!){ markThreadRead(threadId:$id){ unreadCount } }`;
    await post(thread.id, 'one', np);
    await post(thread.id, 'two', npMember);
    expect((await app.gql(UNREAD, { id: thread.id }, jp)).data.thread.unreadCount).toBe(2);
    expect((await app.gql(UNREAD, { id: thread.id }, np)).data.thread.unreadCount).toBe(1);
    expect((await app.gql(READ, { id: thread.id }, jp)).data.markThreadRead.unreadCount).toBe(0);
    const three = await post(thread.id, 'three', np);
    await post(thread.id, 'mine', jp);
    expect((await app.gql(UNREAD, { id: thread.id }, jp)).data.thread.unreadCount).toBe(1);
    await app.gql(DELETE, { id: three.id, v: three.version }, np);
    expect((await app.gql(UNREAD, { id: thread.id }, jp)).data.thread.unreadCount).toBe(0);
    expect((await app.gql(UNREAD, { id: thread.id }, sec)).data.thread.unreadCount).toBe(3);
  });
});

describe('planning threads and messages', () => {
  it('adds and removes reactions, one per person and emoji', async () => {
    const { thread } = await newThread();
    const m = await post(thread.id, 'Agreed?', np);
    const ADD = `mutation($id:ID!,$e:String!){ addReaction(messageId:$id, emoji:$e){ reactions { emoji count reactedByMe } } }`;
    const REMOVE = `mutation($id:ID!,$e:String!){ removeReaction(messageId:$id, emoji:$e){ reactions { emoji count reactedByMe } } }`;
    await app.gql(ADD, { id: m.id, e: '👍' }, jp);
    await app.gql(ADD, { id: m.id, e: '👍' }, jp);
    await app.gql(ADD, { id: m.id, e: '🎉' }, jp);
    const r = await app.gql(ADD, { id: m.id, e: '👍' }, np);
    expect(r.data.addReaction.reactions).toEqual([
      { emoji: '👍', count: 2, reactedByMe: true },
      { emoji: '🎉', count: 1, reactedByMe: false },
    ]);
    const after = await app.gql(REMOVE, { id: m.id, e: '👍' }, jp);
    expect(after.data.removeReaction.reactions).toEqual(
      expect.arrayContaining([
        { emoji: '👍', count: 1, reactedByMe: false },
        { emoji: '🎉', count: 1, reactedByMe: true },
      ]),
    );
    expect(after.data.removeReaction.reactions).toHaveLength(2);
    expect((await app.gql(ADD, { id: m.id, e: 'not an emoji' }, jp)).errors?.[0].extensions).toMatchObject({ field: 'emoji' });
    expect((await eventsOf(app, m.id)).map((e) => e.type)).toEqual(['MESSAGE_POSTED', 'REACTION_ADDED', 'REACTION_ADDED', 'REACTION_ADDED', 'REACTION_REMOVED']);
  });

  it('keeps the workspace of a cancelled pairing read-only', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.CANCELLED });
    expect((await app.gql(CREATE_THREAD, { p: pairing.id, t: 'x' }, np)).errors?.[0].extensions).toMatchObject({ field: 'status' });
  });
});
