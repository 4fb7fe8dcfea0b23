// Database scripts: `npm run db:migrate`, `npm run db:seed`, `npm run db:migration:create -- <name>`.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { systemClock } from '../clock.js';
import { openDatabase } from './database.js';
import { seed } from './seed/index.js';

const [command, name] = process.argv.slice(2);
const config = loadConfig();
const logger = createLogger(config.logLevel);

if (command === 'migration:create') {
  // Migrations are written by hand (SQL in addSql) and listed in migrations/index.ts; the
  // schema-sync test fails when entities and migrations disagree, and prints the SQL needed.
  if (!name) throw new Error('usage: npm run db:migration:create -- <name>');
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const className = `Migration${stamp}_${name.replace(/\W/g, '_')}`;
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
  fs.writeFileSync(
    path.join(dir, `${className}.ts`),
    `import { Migration } from '@mikro-orm/migrations';\n\nexport class ${className} extends Migration {\n  override async up(): Promise<void> {\n    this.addSql(\`\`);\n  }\n}\n`,
  );
  console.log(`created ${className}.ts; add it to migrations/index.ts`);
} else if (command === 'migrate' || command === 'seed') {
  const db = await openDatabase(config, logger); // migrates
  if (command === 'seed') await seed(db.orm.em.fork(), { demo: config.seedDemo, clock: systemClock });
  await db.close();
  console.log(command === 'seed' ? 'seeded' : 'migrated');
} else {
  console.error('usage: cli.ts migrate | seed | migration:create <name>');
  process.exit(2);
}
