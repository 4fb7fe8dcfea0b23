// CSV exports over real HTTP against real PostgreSQL: the caller's credential (bearer session,
// API token with READ, same-origin session cookie), visibility per caller, the GraphQL lists'
// filters as query parameters, BOM, formula injection and a 10,000-row stream.
import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { demoAdminEmail, demoUser } from '../helpers/factories/users.js';
import { ApiScope } from '../../server/src/modules/api-token/api-token.entity.js';
import { FollowUpActivity, FollowUpKind } from '../../server/src/modules/pairing/follow-up.entity.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { ProposalStatus, Qualification } from '../../server/src/modules/proposal/proposal.enums.js';

let app: TestApp;
let np: string, th: string, sec: string;
/** Every SQL statement the server sends, to see how an export reads its rows. */
const statements: string[] = [];
beforeAll(async () => {
  app = await startTestApp({}, { onQuery: (sql) => statements.push(sql) });
  [np, th, sec] = await Promise.all(['np-member@npo.demo', 'th@npo.demo', 'secretariat@apo.demo'].map((e) => app.login(e)));
});
afterAll(() => app.stop());

const BOM = '\uFEFF';

async function download(path: string, token?: string | null, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, bytes, text: bytes.toString('utf8') };
}

/** The rows of a CSV download as objects keyed by its header. */
async function rows(path: string, token?: string | null): Promise<Array<Record<string, string>>> {
  const { res, text } = await download(path, token);
  expect(res.status, text).toBe(200);
  return parse(text, { bom: true, columns: true });
}

describe('CSV exports: format', () => {
  it('starts with a UTF-8 BOM, has a header and a file name, and keeps non-ASCII text', async () => {
    const p = await buildProposal(app, { topic: 'Qualité & 生産性, "lean"' });
    const { res, bytes, text } = await download(`/export/proposals.csv?notificationId=${p.notification.id}`, np);
    expect(res.status).toBe(200);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(`${BOM}id,status,topic,`)).toBe(true);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="proposals-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [row] = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(row).toMatchObject({ id: p.id, topic: 'Qualité & 生産性, "lean"', status: 'DRAFT', economy: 'NP', sending_organization: 'NPEDC' });
    const head = await fetch(`${app.url}/export/proposals.csv`, { method: 'HEAD', headers: { authorization: `Bearer ${np}` } });
    expect([head.status, head.headers.get('content-type'), await head.text()]).toEqual([200, 'text/csv; charset=utf-8', '']);
  });

  it("neutralizes formula injection: a cell starting with =, +, -, @, tab or CR gets a leading '", async () => {
    const notification = await buildNotification(app);
    const attacks = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', 'plain -not at start'];
    for (const topic of attacks) await buildProposal(app, { notification, topic });
    const topics = (await rows(`/export/proposals.csv?notification=${notification.id}`, np)).map((r) => r.topic);
    expect(topics.sort()).toEqual(['\'=HYPERLINK("http://evil.example","x")', "'+1+1", "'-2+3", "'@SUM(A1:A9)", "'\t=1", "'\r=1", 'plain -not at start'].sort());
  });
});

describe('CSV exports: who sees what', () => {
  it("gives an NPO its own drafts, never another NPO's; the Secretariat gets all", async () => {
    const notification = await buildNotification(app);
    const npDraft = await buildProposal(app, { notification, sending: 'NP' });
    const thDraft = await buildProposal(app, { notification, sending: 'TH' });
    const ids = async (token: string) => (await rows(`/export/proposals.csv?notificationId=${notification.id}`, token)).map((r) => r.id).sort();
    expect(await ids(np)).toEqual([npDraft.id]);
    expect(await ids(th)).toEqual([thDraft.id]);
    expect(await ids(sec)).toEqual([npDraft.id, thDraft.id].sort());
  });

  it('shows pairings, delegates and follow-ups only to the two sides and the Secretariat', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.FOLLOW_UP, sending: 'NP', host: 'JP' });
    const [npOrg, jpOrg] = await Promise.all([orgOf(app, 'NP'), orgOf(app, 'JP')]);
    const em = app.db.orm.em.fork() as EntityManager;
    await em.nativeUpdate('MeetingPlan', { pairing: pairing.id }, {
      startsAt: new Date('2027-03-02T09:00:00Z'),
      delegates: [
        { name: 'Ram Sharma', title: 'Director', organizationId: npOrg.id, qualification: Qualification.NPO_OFFICIAL },
        { name: 'Aiko Sato', title: 'Expert', organizationId: jpOrg.id, qualification: Qualification.POLICYMAKER },
      ],
    });
    em.create(FollowUpActivity, { pairing: pairing.id, kind: FollowUpKind.JOINT_PROGRAM, title: 'Joint lean course', ownerOrganization: jpOrg.id });
    await em.flush();
    const q = `?pairingId=${pairing.id}`;
    expect((await rows(`/export/pairings.csv?organization=${npOrg.id}`, np)).map((r) => r.id)).toContain(pairing.id);
    expect((await rows(`/export/delegates.csv${q}`, np)).map((r) => [r.name, r.organization])).toEqual([['Ram Sharma', 'NPEDC'], ['Aiko Sato', 'JPC']]);
    expect((await rows(`/export/follow-ups.csv${q}`, sec)).map((r) => [r.title, r.owner_organization, r.status])).toEqual([['Joint lean course', 'JPC', 'PROPOSED']]);
    // Thailand is no side of this pairing: nothing, and no hint that it exists.
    expect((await rows(`/export/pairings.csv?proposal=${pairing.proposal.id}`, th))).toEqual([]);
    expect(await rows(`/export/delegates.csv${q}`, th)).toEqual([]);
    expect(await rows(`/export/follow-ups.csv${q}`, th)).toEqual([]);
  });

});

describe('CSV exports: credentials', () => {
  it('refuses a request without a credential with 401 and a bad bearer token with 401', async () => {
    for (const token of [null, 'bcs_not-a-real-token']) {
      const { res, text } = await download('/export/proposals.csv', token);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(JSON.parse(text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('takes an API token with READ, refuses one without READ (403), and takes the same-origin session cookie', async () => {
    const notification = await buildNotification(app);
    const mine = await buildProposal(app, { notification, sending: 'NP' });
    const reader = await buildApiToken(app, { code: 'NP' });
    expect((await rows(`/export/proposals.csv?notification=${notification.id}`, reader.token)).map((r) => r.id)).toEqual([mine.id]);
    const writeOnly = await buildApiToken(app, { code: 'NP', scopes: [ApiScope.WRITE] });
    const refused = await download('/export/proposals.csv', writeOnly.token);
    expect(refused.res.status).toBe(403);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('FORBIDDEN');

    await demoUser(app, demoAdminEmail('NP'));
    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "np@npo.demo", password: "bcn-demo") { token } }' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const viaCookie = await download(`/export/proposals.csv?notification=${notification.id}`, null, { cookie });
    expect(viaCookie.res.status).toBe(200);
    expect((parse(viaCookie.text, { bom: true, columns: true }) as Array<Record<string, string>>).map((r) => r.id)).toEqual([mine.id]);
    // The cookie counts only on same-origin requests, as on /graphql.
    const crossSite = await download('/export/proposals.csv', null, { cookie, 'sec-fetch-site': 'cross-site' });
    expect(crossSite.res.status).toBe(401);
  });
});

describe('CSV exports: filters', () => {
  it('applies the GraphQL list filters given as query parameters', async () => {
    const notification = await buildNotification(app);
    const draft = await buildProposal(app, { notification, sending: 'NP' });
    const submitted = await buildProposal(app, { notification, sending: 'NP', status: ProposalStatus.SUBMITTED });
    const base = `/export/proposals.csv?notificationId=${notification.id}`;
    expect((await rows(`${base}&status=SUBMITTED`, np)).map((r) => r.id)).toEqual([submitted.id]);
    expect((await rows(`${base}&status=DRAFT&economy=np`, sec)).map((r) => r.id)).toEqual([draft.id]);
  });

  it('answers a bad filter with 400 and BAD_USER_INPUT naming the parameter', async () => {
    const cases: Array<[string, string]> = [
      ['/export/proposals.csv?status=NOPE', 'status'],
      ['/export/proposals.csv?notificationId=42', 'notificationId'],
      ['/export/proposals.csv?economy=NPL', 'economy'],
      ['/export/proposals.csv?colour=red', 'colour'],
      ['/export/proposals.csv?status=DRAFT&status=SUBMITTED', 'status'],
      ['/export/pairings.csv?status=SUBMITTED', 'status'],
      ['/export/follow-ups.csv?kind=PARTY', 'kind'],
    ];
    for (const [path, field] of cases) {
      const { res, text } = await download(path, np);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(text).errors[0].extensions, path).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('CSV exports: size', () => {
  it('streams 10,000 rows in chunks, without a Content-Length (never buffered whole)', async () => {
    const notification = await buildNotification(app);
    const [npOrg, proposer] = await Promise.all([orgOf(app, 'NP'), demoUser(app, demoAdminEmail('NP'))]);
    await (app.db.orm.em.fork() as EntityManager).getConnection().execute(
      `insert into proposal (id, notification_id, sending_organization_id, proposed_by_id, topic, modality, created_at)
       select gen_random_uuid(), ?, ?, ?, '=row ' || n, 'VIRTUAL', now() - n * interval '1 second' from generate_series(1, 10000) n`,
      [notification.id, npOrg.id, proposer.id],
    );
    statements.length = 0;
    const res = await fetch(`${app.url}/export/proposals.csv?notification=${notification.id}`, { headers: { authorization: `Bearer ${np}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    expect(res.headers.get('content-length')).toBeNull();
    const reader = res.body!.getReader();
    let chunks = 0, lines = 0, tail = '';
    const decoder = new TextDecoder();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      chunks++;
      const text = tail + decoder.decode(r.value, { stream: true });
      const parts = text.split('\r\n');
      tail = parts.pop()!;
      lines += parts.length;
    }
    expect(tail).toBe('');
    expect(lines).toBe(10_001); // the header and 10,000 rows
    expect(chunks).toBeGreaterThan(10);
    // Read a page of at most 100 rows at a time (keyset), never the 10,000 in one statement.
    const pages = statements.filter((sql) => /from "proposal" as "p0"/.test(sql) && /limit/.test(sql));
    expect(pages.length).toBeGreaterThanOrEqual(100);
    const sizes = pages.map((sql) => Number(/(\d+) results?\]/.exec(sql)?.[1]));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(101); // a page and the one row that says another follows
  }, 60_000);
});
