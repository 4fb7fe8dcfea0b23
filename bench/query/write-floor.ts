// The floor for Q4 (`postMessage`): a plain node:http + pg server writing the same rows as BCN
// Hub's mutation in one transaction: the message, the thread's lastMessageAt, the activity event
// under the same ordering lock, an inbox item per mentioned user, and the NOTIFY. It reads the
// same request body (GraphQL variables `threadId`, `body`) and checks the same session token.
// Run on demand by bench/query.ts: `DATABASE_URL=… PORT=… node --import tsx bench/query/write-floor.ts`.
import http from 'node:http';
import { createHash } from 'node:crypto';
import pg from 'pg';

const EVENT_ORDER_LOCK = 7_262_025; // the key server/src/events/event-log.ts uses
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

type Viewer = { id: string; organization_id: string };
type Thread = { id: string; title: string; pairing_id: string; s: string; h: string };

async function postMessage(token: string, threadId: string, body: string) {
  const viewer = await signedInUser(token);
  if (!viewer) return { errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] };
  const client = await pool.connect();
  try {
    await client.query('begin');
    const message = await writeMessage(client, viewer, threadId, body);
    await client.query('commit');
    return { data: { postMessage: { id: message.id, body: message.body, createdAt: message.created_at.toISOString() } } };
  } catch (err) {
    await client.query('rollback');
    return { errors: [{ message: String(err) }] };
  } finally {
    client.release();
  }
}

async function signedInUser(token: string): Promise<Viewer | undefined> {
  const viewer = await pool.query(
    `select u.id, u.organization_id from session s join app_user u on u.id = s.user_id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.active`,
    [hash(token)],
  );
  return viewer.rows[0];
}

/** The message and the thread's lastMessageAt, then its event: the rows the mutation writes. */
async function writeMessage(client: pg.PoolClient, viewer: Viewer, threadId: string, body: string) {
  const t = await client.query(
    `select t.id, t.title, p.id as pairing_id, p.status, p.sending_organization_id as s, p.host_organization_id as h
       from thread t join pairing p on p.id = t.pairing_id where t.id = $1`,
    [threadId],
  );
  const thread: Thread | undefined = t.rows[0];
  if (!thread || (viewer.organization_id !== thread.s && viewer.organization_id !== thread.h)) throw new Error('Thread not found');
  const emails = [...body.matchAll(/@([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g)].map((m) => m[1].toLowerCase());
  const mentioned = emails.length
    ? (await client.query('select id from app_user where email = any($1) and active and organization_id = any($2)', [emails, [thread.s, thread.h]])).rows.map((r) => r.id as string)
    : [];
  const m = await client.query(
    `insert into message (id, thread_id, author_id, body, mentioned_user_ids, created_at)
     values (gen_random_uuid(), $1, $2, $3, $4, now()) returning id, body, created_at`,
    [threadId, viewer.id, body, mentioned],
  );
  const message = m.rows[0];
  await client.query('update thread set last_message_at = $2 where id = $1', [threadId, message.created_at]);
  await recordPosted(client, thread, message.id, viewer.id, mentioned);
  return message;
}

/** MESSAGE_POSTED under the event-order lock, a MENTION inbox item per other mentioned user, the NOTIFY. */
async function recordPosted(client: pg.PoolClient, thread: Thread, messageId: string, userId: string, mentioned: string[]) {
  await client.query('select pg_advisory_xact_lock($1)', [EVENT_ORDER_LOCK]);
  const e = await client.query(
    `insert into activity_event (type, subject_type, subject_id, actor_id, audience_org_ids, audience_public, payload)
     values ('MESSAGE_POSTED', 'Message', $1, $2, $3, false, $4) returning id`,
    [messageId, userId, [thread.s, thread.h], { pairingId: thread.pairing_id, threadId: thread.id, messageId, version: 1 }],
  );
  for (const u of mentioned.filter((id) => id !== userId)) {
    await client.query(
      'insert into inbox_item (id, user_id, event_id, kind, summary) values (gen_random_uuid(), $1, $2, $3, $4)',
      [u, e.rows[0].id, 'MENTION', `you were mentioned in "${thread.title}"`],
    );
  }
  await client.query('select pg_notify($1, $2)', ['bcn_events', String(e.rows[0].id)]);
}

http
  .createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      const { variables } = JSON.parse(raw);
      const token = String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      const result = await postMessage(token, variables.threadId, variables.body);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
