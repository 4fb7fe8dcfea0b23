// The showcase of completed pairings (issue 19): the summary by either side, each side's consent
// by its NPO admin, who sees an entry (signed in, anonymous), withdrawing, and the list's filters.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { latestCursor } from '../helpers/factories/realtime.js';
import { liveClient } from '../helpers/live-client.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, pairingEvents, type PairingOverrides } from '../helpers/factories/pairings.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import type { Pairing } from '../../server/src/modules/pairing/pairing.entity.js';
import { runInTransaction } from '../../server/src/events/index.js';
import type { EntityManager } from '@mikro-orm/postgresql';

let app: TestApp;
const t: Record<string, string> = {};
beforeAll(async () => {
  app = await startTestApp();
  const who = { np: 'np@npo.demo', npMember: 'np-member@npo.demo', jp: 'jp@npo.demo', jpMember: 'jp-member@npo.demo', th: 'th@npo.demo', sec: 'secretariat@apo.demo' };
  await Promise.all(Object.entries(who).map(async ([k, email]) => (t[k] = await app.login(email))));
});
afterAll(() => app.stop());

/**
 * The one place the tests get a COMPLETED pairing (default NP → JP) with a topic of its own, so
 * that the list's assertions see only this test's entries. Written straight to the database;
 * when completing needs an accepted completion report, adapt it here.
 */
async function completedPairing(over: PairingOverrides = {}): Promise<{ pairing: Pairing; topic: string }> {
  const topic = over.topic ?? `Lean ${randomUUID().slice(0, 8)}`;
  const { pairing } = await buildPairing(app, { status: PairingStatus.COMPLETED, ...over, topic });
  return { pairing, topic };
}

const ENTRY = `id version whatWorked whatToTry contactName contactEmail completedAt public listed sendingConsent hostConsent title
  sendingEconomy { code } hostEconomy { code } sendingOrganization { acronym } hostOrganization { acronym }`;
const SUMMARY = `mutation($id:ID!,$v:Int,$i:ShowcaseSummaryInput!){ updateShowcaseSummary(pairingId:$id, version:$v, input:$i){ ${ENTRY} } }`;
const CONSENT = `mutation($id:ID!,$v:Int!,$c:ShowcaseConsent!){ setShowcaseConsent(pairingId:$id, version:$v, consent:$c){ ${ENTRY} } }`;
const LIST = `query($first:Int,$after:String,$f:ShowcaseFilter){ showcase(first:$first, after:$after, filter:$f){
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } } } }`;
const OWN = `query($id:ID!){ pairing(id:$id){ showcaseEntry { id version sendingConsent hostConsent listed public } } }`;

const TEXT = { whatWorked: 'Daily gemba walks', whatToTry: 'Start with one line', contactName: 'Mina Rai', contactEmail: 'mina@npedc.example' };

const summarize = async (p: Pairing, token: string | null = t.np, v: number | null = null, i = TEXT) => (await app.gql(SUMMARY, { id: p.id, v, i }, token));
const consent = (p: Pairing, v: number, c: string, token: string) => app.gql(CONSENT, { id: p.id, v, c }, token);
const titles = async (topic: string, token?: string) => {
  const r = await app.gql(LIST, { f: { topic } }, token);
  expect(r.errors).toBeUndefined();
  return r.data.showcase.edges.map((e: any) => e.node.title);
};

/** A completed pairing with a summary and both consents given. */
async function showcased(sending: string, host: string, over: PairingOverrides = {}) {
  const { pairing, topic } = await completedPairing(over);
  const admin = (code: string | undefined, fallback: string) => (code ? app.login(`${code.toLowerCase()}@npo.demo`) : fallback);
  const sender = await admin(over.sending, t.np);
  await summarize(pairing, sender);
  await consent(pairing, 1, sending, sender);
  const r = await consent(pairing, 2, host, await admin(over.host, t.jp));
  expect(r.errors).toBeUndefined();
  return { pairing, topic, entry: r.data.setShowcaseConsent };
}

describe('showcase summary', () => {
  it('is written by either side of a completed pairing, members too, and kept with its version', async () => {
    const { pairing, topic } = await completedPairing();
    const a = await summarize(pairing, t.npMember);
    expect(a.errors).toBeUndefined();
    expect(a.data.updateShowcaseSummary).toMatchObject({
      version: 1, ...TEXT, title: topic, listed: false, public: false, sendingConsent: 'NONE', hostConsent: 'NONE',
      sendingEconomy: { code: 'NP' }, hostEconomy: { code: 'JP' }, sendingOrganization: { acronym: 'NPEDC' }, hostOrganization: { acronym: 'JPC' },
    });
    const b = await summarize(pairing, t.jpMember, 1, { ...TEXT, whatToTry: 'Visit a plant first' });
    expect(b.data.updateShowcaseSummary).toMatchObject({ version: 2, whatToTry: 'Visit a plant first' });
    const own = await app.gql(OWN, { id: pairing.id }, t.sec);
    expect(own.data.pairing.showcaseEntry).toMatchObject({ version: 2, sendingConsent: 'NONE', hostConsent: 'NONE', listed: false });
    const types = (await pairingEvents(app, pairing.id)).map((e) => e.type);
    expect(types).toEqual(['SHOWCASE_ENTRY_UPDATED', 'SHOWCASE_ENTRY_UPDATED']);
  });

  it('is refused before the pairing is COMPLETED, to outsiders, and on a stale or missing version', async () => {
    const { pairing: open } = await buildPairing(app, { status: PairingStatus.FOLLOW_UP });
    const early = await summarize(open);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pairingId' });
    expect(early.errors?.[0].message).toMatch(/COMPLETED/);
    const { pairing } = await completedPairing();
    expect(codeOf(await summarize(pairing, t.th))).toBe('NOT_FOUND');
    expect(codeOf(await summarize(pairing, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await summarize(pairing, t.np, 1))).toBe('CONFLICT');
    await summarize(pairing);
    expect(codeOf(await summarize(pairing, t.jp, null, { ...TEXT, whatWorked: 'Other' }))).toBe('CONFLICT');
    const stale = await summarize(pairing, t.jp, 7, { ...TEXT, whatWorked: 'Other' });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
  });

  it('validates the contact email and refuses blank text', async () => {
    const { pairing } = await completedPairing();
    const bad = await summarize(pairing, t.np, null, { ...TEXT, contactEmail: 'not-an-email' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toMatch(/contactEmail/);
    const blank = await summarize(pairing, t.np, null, { ...TEXT, whatWorked: '   ' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'whatWorked' });
  });

  it('clears both consents when the text changes, and takes the entry off the showcase', async () => {
    const { pairing, topic, entry } = await showcased('SIGNED_IN', 'SIGNED_IN');
    expect(await titles(topic, t.th)).toEqual([topic]);
    const r = await summarize(pairing, t.jpMember, entry.version, { ...TEXT, whatWorked: 'Kaizen circles' });
    expect(r.data.updateShowcaseSummary).toMatchObject({ sendingConsent: 'NONE', hostConsent: 'NONE', listed: false });
    expect(await titles(topic, t.th)).toEqual([]);
  });
});

describe('showcase entry date', () => {
  it("is dated by the pairing's completion event, not by its last change", async () => {
    const { pairing } = await completedPairing();
    // The event the pairing's completion records, written by the event log as the command would.
    const em = app.db.orm.em.fork() as EntityManager;
    await runInTransaction(em, async (_tx, record) => {
      record({ type: 'PAIRING_COMPLETED', subjectType: 'Pairing', subjectId: pairing.id, audienceOrgIds: [], payload: { pairingId: pairing.id } });
    });
    const [event] = await em.getConnection().execute<Array<{ created_at: string }>>(`select created_at from activity_event where subject_id = ? and type = 'PAIRING_COMPLETED'`, [pairing.id]);
    const completedAt = new Date(event.created_at);
    expect(completedAt.getTime()).not.toBe(pairing.updatedAt.getTime());
    const r = await summarize(pairing);
    expect(r.errors).toBeUndefined();
    expect(r.data.updateShowcaseSummary.completedAt).toBe(completedAt.toISOString());
  });
});

describe('showcase consent', () => {
  it("is set by an NPO admin of each side for that side only, and listed once both consent", async () => {
    const { pairing, topic } = await completedPairing();
    await summarize(pairing);
    const a = await consent(pairing, 1, 'SIGNED_IN', t.np);
    expect(a.data.setShowcaseConsent).toMatchObject({ version: 2, sendingConsent: 'SIGNED_IN', hostConsent: 'NONE', listed: false });
    expect(await titles(topic, t.th)).toEqual([]);
    const b = await consent(pairing, 2, 'PUBLIC', t.jp);
    expect(b.data.setShowcaseConsent).toMatchObject({ version: 3, sendingConsent: 'SIGNED_IN', hostConsent: 'PUBLIC', listed: true, public: false });
    expect(await titles(topic, t.th)).toEqual([topic]);
    const types = (await pairingEvents(app, pairing.id)).map((e) => e.type);
    expect(types).toEqual(['SHOWCASE_ENTRY_UPDATED', 'SHOWCASE_CONSENT_CHANGED', 'SHOWCASE_CONSENT_CHANGED']);
  });

  it('is refused to members and the Secretariat (FORBIDDEN), outsiders (NOT_FOUND) and write tokens', async () => {
    const { pairing } = await completedPairing();
    await summarize(pairing);
    expect(codeOf(await consent(pairing, 1, 'PUBLIC', t.npMember))).toBe('FORBIDDEN');
    expect(codeOf(await consent(pairing, 1, 'PUBLIC', t.jpMember))).toBe('FORBIDDEN');
    expect(codeOf(await consent(pairing, 1, 'PUBLIC', t.sec))).toBe('FORBIDDEN');
    expect(codeOf(await consent(pairing, 1, 'PUBLIC', t.th))).toBe('NOT_FOUND');
    const writer = await buildApiToken(app, { code: 'NP', scopes: ['READ', 'WRITE'] as never });
    expect(codeOf(await consent(pairing, 1, 'PUBLIC', writer.token))).toBe('FORBIDDEN');
    const own = await app.gql(OWN, { id: pairing.id }, t.np);
    expect(own.data.pairing.showcaseEntry).toMatchObject({ version: 1, sendingConsent: 'NONE', hostConsent: 'NONE' });
  });

  it('needs a COMPLETED pairing with a summary, and the current version', async () => {
    const { pairing: open } = await buildPairing(app, { status: PairingStatus.FOLLOW_UP });
    const early = await consent(open, 1, 'PUBLIC', t.np);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pairingId' });
    const { pairing } = await completedPairing();
    const none = await consent(pairing, 1, 'PUBLIC', t.np);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(none.errors?.[0].message).toMatch(/summary/);
    await summarize(pairing);
    await consent(pairing, 1, 'PUBLIC', t.np);
    const stale = await consent(pairing, 1, 'PUBLIC', t.jp);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('takes the entry off the showcase at once when either side withdraws', async () => {
    const { pairing, topic, entry } = await showcased('PUBLIC', 'PUBLIC');
    expect(await titles(topic)).toEqual([topic]);
    const r = await consent(pairing, entry.version, 'NONE', t.jp);
    expect(r.data.setShowcaseConsent).toMatchObject({ hostConsent: 'NONE', listed: false, public: false });
    expect(await titles(topic)).toEqual([]);
    expect(await titles(topic, t.th)).toEqual([]);
    expect(await titles(topic, t.sec)).toEqual([]);
    const own = await app.gql(OWN, { id: pairing.id }, t.jpMember);
    expect(own.data.pairing.showcaseEntry).toMatchObject({ sendingConsent: 'PUBLIC', hostConsent: 'NONE', listed: false });
  });
});

describe('showcase list', () => {
  it('shows a SIGNED_IN entry to every signed-in reader (other NPOs, the Secretariat, read tokens) and not to anonymous callers', async () => {
    const { topic } = await showcased('SIGNED_IN', 'SIGNED_IN');
    const reader = await buildApiToken(app, { code: 'TH' });
    for (const token of [t.th, t.sec, t.np, reader.token]) expect(await titles(topic, token)).toEqual([topic]);
    expect(await titles(topic)).toEqual([]);
  });

  it('shows a PUBLIC + PUBLIC entry to anonymous callers, without the consents', async () => {
    const { topic } = await showcased('PUBLIC', 'PUBLIC');
    const r = await app.gql(LIST, { f: { topic } });
    expect(r.errors).toBeUndefined();
    expect(r.data.showcase.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ title: topic, public: true, listed: true, ...TEXT, sendingConsent: null, hostConsent: null, sendingEconomy: { code: 'NP' }, hostEconomy: { code: 'JP' } }),
    ]);
    const other = await app.gql(LIST, { f: { topic } }, t.th);
    expect(other.data.showcase.edges[0].node).toMatchObject({ sendingConsent: null, hostConsent: null, public: true });
  });

  it('shows an entry with one PUBLIC and one SIGNED_IN consent to signed-in readers only', async () => {
    const { topic } = await showcased('PUBLIC', 'SIGNED_IN');
    expect(await titles(topic, t.th)).toEqual([topic]);
    expect(await titles(topic)).toEqual([]);
  });

});

describe('showcase filters and paging', () => {
  it('finds entries by topic (any case, % and _ literal) and by economy on either side', async () => {
    const tag = randomUUID().slice(0, 8);
    const a = await showcased('PUBLIC', 'PUBLIC', { topic: `Quality circles ${tag}` });
    const b = await showcased('PUBLIC', 'PUBLIC', { topic: `Green 100%_productivity ${tag}`, sending: 'JP', host: 'TH' });
    expect(await titles(`QUALITY CIRCLES ${tag}`)).toEqual([a.topic]);
    expect(await titles(`100%_p`)).toEqual([b.topic]);
    expect(await titles(`100%p`)).toEqual([]);
    const byEconomy = async (code: string) => {
      const economyId = (await orgOf(app, code)).economy!.id;
      const r = await app.gql(LIST, { f: { topic: tag, economyId } });
      return r.data.showcase.edges.map((e: any) => e.node.title).sort();
    };
    expect(await byEconomy('NP')).toEqual([a.topic]);
    expect(await byEconomy('TH')).toEqual([b.topic]);
    expect(await byEconomy('JP')).toEqual([a.topic, b.topic].sort());
    expect(await byEconomy('IN')).toEqual([]);
    const unknown = await app.gql(LIST, { f: { economyId: 'nope' } });
    expect(unknown.data.showcase.totalCount).toBe(0);
  });

  it('pages through the entries with a stable order', async () => {
    const tag = `Paging ${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 3; i++) await showcased('SIGNED_IN', 'PUBLIC', { topic: `${tag} ${i}` });
    const first = await app.gql(LIST, { first: 2, f: { topic: tag } }, t.th);
    expect(first.data.showcase).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const next = await app.gql(LIST, { first: 2, after: first.data.showcase.pageInfo.endCursor, f: { topic: tag } }, t.th);
    expect(next.data.showcase).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    const seen = [...first.data.showcase.edges, ...next.data.showcase.edges].map((e: any) => e.node.title);
    expect(new Set(seen).size).toBe(3);
  });

});

describe('showcase through the pairing', () => {
  it("does not show a pairing's entry to anyone outside the pair through the pairing", async () => {
    const { pairing } = await showcased('PUBLIC', 'PUBLIC');
    expect(codeOf(await app.gql(OWN, { id: pairing.id }, t.th))).toBe('NOT_FOUND');
  });
});

describe('showcase live', () => {
  it('reaches the other side on pairingChanged with the entry as it is now', async () => {
    const { pairing } = await completedPairing();
    await summarize(pairing);
    const live = liveClient(app.url.replace('http', 'ws') + '/graphql', t.jpMember);
    try {
      const sub = live.subscribe(`subscription($id: ID!, $after: String) { pairingChanged(id: $id, after: $after) {
        event { type } pairing { showcaseEntry { version sendingConsent hostConsent listed } } } }`, { id: pairing.id, after: await latestCursor(app.gql, t.sec) });
      expect((await consent(pairing, 1, 'PUBLIC', t.np)).errors).toBeUndefined();
      const [change] = await sub.waitFor(1);
      expect(change.data.pairingChanged).toEqual({
        event: { type: 'SHOWCASE_CONSENT_CHANGED' },
        pairing: { showcaseEntry: { version: 2, sendingConsent: 'PUBLIC', hostConsent: 'NONE', listed: false } },
      });
    } finally {
      await live.dispose();
    }
  });
});
