// `npm start`: the client is built only when its sources changed (scripts/client-build.ts), then
// the server starts in this same process, so that a start on an existing data directory pays for
// one Node and tsx start-up, not two.
import { ensureClientBuild } from './client-build.js';

// The demo runs on one machine: its webhooks may point at local receivers.
process.env.WEBHOOK_ALLOW_PRIVATE ??= 'true';

const r = await ensureClientBuild();
if (r.built) console.log('Client built.');
await import('../server/src/main.js');
