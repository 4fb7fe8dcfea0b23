// Events for the realtime suites, always through real mutations of the API, so that each test
// sees the event types, audiences and inbox alerts the features really record.
import { randomUUID } from 'node:crypto';

type Gql = (query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<{ data?: any; errors?: any[] }>;

let serial = 0;
const unique = (label: string) => `${label}-${Date.now()}-${++serial}-${randomUUID().slice(0, 6)}`;

async function mutate(gql: Gql, token: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const r = await gql(query, variables, token);
  if (!r.data || r.errors) throw new Error(`mutation failed: ${JSON.stringify(r.errors)}`);
  return Object.values(r.data)[0];
}

/** Creates a user of the caller's organization (USER_CREATED, seen by that organization); returns its id. */
export async function createUserVia(gql: Gql, token: string, label = 'user'): Promise<string> {
  const created = await mutate(gql, token, `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
    i: { email: `${unique(label)}@example.test`, name: `Test ${label}`, role: 'NPO_MEMBER', password: 'a-long-password' },
  });
  return created.id;
}

/** A DRAFT call for proposals (NOTIFICATION_CREATED: the Secretariat's alone); returns its id and version. */
export async function draftCallVia(gql: Gql, secretariatToken: string): Promise<{ id: string; version: number }> {
  const n = ++serial;
  const code = `${10 + (n % 90)}-RT-${10 + (Math.floor(n / 90) % 90)}-GE-BCN-C`;
  return mutate(gql, secretariatToken, `mutation($i: CreateProjectNotificationInput!) { createProjectNotification(input: $i) { id version } }`, {
    i: { projectCode: code, title: unique('Realtime call'), roundClosingDates: ['2030-03-31'] },
  });
}

/** Publishes a draft call (NOTIFICATION_PUBLISHED: public, even anonymous viewers see it); returns the call's id. */
export async function publishCallVia(gql: Gql, secretariatToken: string, call: { id: string; version: number }): Promise<string> {
  const published = await mutate(gql, secretariatToken, `mutation($id: ID!, $v: Int!) { publishProjectNotification(id: $id, version: $v) { id } }`, { id: call.id, v: call.version });
  return published.id;
}

/** Opens a thread in a pairing's workspace (THREAD_CREATED, no inbox alert); returns its id. */
export async function createThreadVia(gql: Gql, token: string, pairingId: string, title = 'Realtime'): Promise<string> {
  return (await mutate(gql, token, `mutation($p: ID!, $t: String!) { createThread(pairingId: $p, title: $t) { id } }`, { p: pairingId, t: title })).id;
}

/** Posts a message (MESSAGE_POSTED to both parties; each `@email` it names gets a MENTION in their inbox); returns its id. */
export async function postMessageVia(gql: Gql, token: string, threadId: string, body: string): Promise<string> {
  return (await mutate(gql, token, `mutation($t: ID!, $b: String!) { postMessage(threadId: $t, body: $b) { id } }`, { t: threadId, b: body })).id;
}

/** The id (cursor) of the newest event about `subjectId`, as the Secretariat sees the log. */
export async function eventIdOf(gql: Gql, secretariatToken: string, subjectId: string, type?: string): Promise<string> {
  const r = await gql(`{ activity(first: 50) { edges { cursor node { type subjectId } } } }`, {}, secretariatToken);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  const edge = r.data.activity.edges.find((e: any) => e.node.subjectId === subjectId && (!type || e.node.type === type));
  if (!edge) throw new Error(`no ${type ?? ''} event about ${subjectId} among the newest 50`);
  return edge.cursor;
}

export const ACTIVITY = `subscription($after: String) { activity(after: $after) { cursor id type subjectType subjectId payload actor { email } } }`;

/**
 * The newest event id this viewer may see (the Secretariat's: the whole log), to subscribe from:
 * the `eventCursor` a client reads before subscribing, "0" while the log is empty. Never null: a
 * subscription without `after` starts where the server's hub is when the subscribe message
 * arrives, which may already be past a write the test made right after calling subscribe.
 */
export async function latestCursor(gql: Gql, token: string | null): Promise<string> {
  const r = await gql(`{ eventCursor }`, {}, token);
  if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.eventCursor;
}

/** The longest message body allowed (MAX_BODY), for events that weigh on a socket. */
export const LONG_BODY = 'Long message. '.repeat(714);

/**
 * messageAdded with the body selected 19 times over (aliases; 20 at most): with LONG_BODY each
 * event is ~190 kB, so a client that stops reading fills its kernel buffers after a few dozen.
 */
export const HEAVY_MESSAGES = `subscription($t: ID!, $after: String) { messageAdded(threadId: $t, after: $after) { cursor message { id ${Array.from({ length: 19 }, (_, i) => `b${i}: body`).join(' ')} } } }`;
