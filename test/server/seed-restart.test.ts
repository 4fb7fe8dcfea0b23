// Issue 12.1: restarting the server with demo seeding on never fabricates data. A proposal that
// users created and approved stays exactly as it was: every table (sessions aside) reads the
// same after two more restarts of a real server process on the same database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startServerProcess } from '../helpers/processes.js';
import { DEMO_CALL_CODE } from '../../server/src/db/seed/demo-notifications.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

/**
 * Every table but sessions (signing in writes one), the webhook and mail dispatchers' positions in
 * the event log and the mail outbox (a restart may catch up with events the last run had no time
 * to dispatch or mail; mail-instances.test shows none is mailed twice) and the mail signing key
 * (made at the first mail), each row as JSON, in a stable order.
 */
async function dump(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('session', 'webhook_dispatch_cursor', 'mail_dispatch_cursor', 'mail_outbox', 'mail_signing_key') order by table_name`,
    );
    const out: Record<string, string[]> = {};
    for (const { table_name } of tables.rows) {
      const rows = await client.query<{ row: string }>(`select row_to_json(t)::text as row from "${table_name}" t`);
      out[table_name] = rows.rows.map((r) => r.row).sort();
    }
    return out;
  } finally {
    await client.end();
  }
}

async function restart(): Promise<void> {
  const server = await startServerProcess(db.url, { SEED_DEMO: 'true' });
  expect(await server.stop()).toBe(0);
}

describe('demo seeding on restart', () => {
  it('leaves a database with a newly approved proposal exactly as it was, restart after restart', async () => {
    const server = await startServerProcess(db.url, { SEED_DEMO: 'true' });
    const [ph, sec] = [await server.login('ph@npo.demo'), await server.login('secretariat@apo.demo')];
    const call = (await server.gql(`query($c:String!){ projectNotification(code:$c){ id } }`, { c: DEMO_CALL_CODE }, sec)).data.projectNotification;
    const input = {
      notificationId: call.id,
      topic: 'Productivity in public services',
      modality: 'VIRTUAL',
      objectives: 'Learn from a peer NPO.',
      expectedOutcome: 'A roadmap.',
      plannedParticipants: [{ name: 'A. Reyes', qualification: 'NPO_OFFICIAL' }],
    };
    let p = (await server.gql(`mutation($i:CreateProposalInput!){ createProposal(input:$i){ id version } }`, { i: input }, ph)).data.createProposal;
    for (const [step, who] of [['submitProposal', ph], ['startProposalReview', sec], ['approveProposal', sec]] as const) {
      const r = await server.gql(`mutation($id:ID!,$v:Int!){ ${step}(id:$id, version:$v){ id version status } }`, { id: p.id, v: p.version }, who);
      expect(r.errors, step).toBeUndefined();
      p = r.data[step];
    }
    expect(p.status).toBe('APPROVED');
    expect(await server.stop()).toBe(0);

    const before = await dump(db.url);
    expect(before.seed_marker).toHaveLength(1);
    await restart();
    expect(await dump(db.url)).toEqual(before);
    await restart();
    expect(await dump(db.url)).toEqual(before);
  }, 120_000);
});
