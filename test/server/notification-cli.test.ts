// `npm run notification:import -- <file>`: the command-line import into the configured database.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { buildDocument, nextProjectCode, withFields } from '../helpers/factories/notifications.js';

const run = promisify(execFile);
let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcn-notification-cli-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.drop();
});

async function importFile(text: string, ...flags: string[]) {
  const file = path.join(dir, `${nextProjectCode()}.txt`);
  fs.writeFileSync(file, text);
  const env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent', SEED_DEMO: 'false' };
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'notification:import', '--', file, ...flags], { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('the notification:import script', () => {
  it('imports a document as a DRAFT with its rounds and an event', async () => {
    const code = nextProjectCode();
    const r = await importFile(buildDocument(withFields({ 'Project Code': code })));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`imported ${code}`);
    const conn = db.orm.em.fork().getConnection();
    const [n] = await conn.execute('select id, status, title from project_notification where project_code = ?', [code]);
    expect(n).toMatchObject({ status: 'DRAFT', title: 'Bilateral Cooperation between NPOs (BCN)' });
    expect(await conn.execute('select closes_on::text from application_round where notification_id = ? order by ordinal', [n.id])).toEqual([
      { closes_on: '2025-03-31' },
      { closes_on: '2025-06-30' },
    ]);
    expect(await conn.execute('select type from activity_event where subject_id = ?', [n.id])).toEqual([{ type: 'NOTIFICATION_CREATED' }]);
  });

  it('fails with the field and line of bad input, and a conflict unless replacing a draft', async () => {
    const bad = await importFile(buildDocument(withFields({ 'Project Code': nextProjectCode(), Timing: 'soon' })));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('BAD_USER_INPUT timing (line 7)');
    const text = buildDocument(withFields({ 'Project Code': nextProjectCode() }));
    expect((await importFile(text)).code).toBe(0);
    const again = await importFile(text);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('CONFLICT');
    expect((await importFile(text, '--replace-draft')).code).toBe(0);
  }, 120_000); // three cold starts of the CLI (tsx, MikroORM): ~9 s each on a loaded 2-core machine
});
