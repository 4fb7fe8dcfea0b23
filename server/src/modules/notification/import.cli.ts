// `npm run notification:import -- <file> [--replace-draft]`: imports an APO notification text
// file as a DRAFT into the database the config names (DATABASE_URL, or the embedded one).
import 'reflect-metadata';
import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { openDatabase } from '../../db/database.js';
import { seedReferenceData } from '../../db/seed/reference.js';
import { DomainError } from '../../errors.js';
import { systemClock } from '../../clock.js';
import { importText } from './notification.import.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run notification:import -- <file> [--replace-draft]');
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase(config, createLogger(config.logLevel));
let exitCode = 0;
try {
  const em = db.orm.em.fork() as EntityManager;
  // Economy names in the text are matched against the member economies.
  await seedReferenceData(em.fork());
  const { notification: n, warnings } = await importText(em, null, fs.readFileSync(file, 'utf8'), args.includes('--replace-draft'), systemClock.now());
  console.log(`imported ${n.projectCode} "${n.title}" as ${n.status} (id ${n.id}, ${n.rounds.length} rounds)`);
  for (const w of warnings) console.warn(`line ${w.line}: ${w.message}`);
} catch (e) {
  if (!(e instanceof DomainError)) throw e;
  const { field, line } = e.details as { field?: string; line?: number | null };
  const code = e.code;
  console.error(`${code}${field ? ` ${field}` : ''}${line ? ` (line ${line})` : ''}: ${e.message}`);
  exitCode = 1;
} finally {
  await db.close();
}
process.exit(exitCode);
