// Cross-organization IDs on every query and mutation: an unrelated NPO (Thailand's FTPI), with
// an administrator's session and with a write API token, aims at the objects of a pairing
// between Nepal and Japan. Every attempt is NOT_FOUND or FORBIDDEN and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { buildCompletionReport } from '../helpers/factories/completion-reports.js';
import { buildNotification } from '../helpers/factories/notifications.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { expectHealthy, expectNoWrites, wsFirstMessage } from '../helpers/factories/security.js';
import { demoUser } from '../helpers/factories/users.js';
import { until } from '../helpers/live-client.js';
import { pdfBytes, upload } from '../helpers/attachments.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { NotificationStatus } from '../../server/src/modules/notification/notification.enums.js';

let app: TestApp;
/** Ids of Nepal's and Japan's objects, and the attacker's credentials. */
const v: Record<string, string> = {};
const attackers: Array<[string, () => string]> = [];
let thSession = '';
let thToken = '';

beforeAll(async () => {
  app = await startTestApp();
  const { pairing, proposal } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.FOLLOW_UP as never }) // the factory's overrides type intersects two status enums;
  const np = await app.login('np@npo.demo');
  await buildCompletionReport(app, pairing, { status: 'SUBMITTED' }); // something to take: accept, send back, waive, resubmit
  const thread = await app.gql(`mutation($p: ID!) { createThread(pairingId: $p, title: "Planning") { id } }`, { p: pairing.id }, np);
  const message = await app.gql(`mutation($t: ID!) { postMessage(threadId: $t, body: "Hello Tokyo") { id } }`, { t: thread.data.createThread.id }, np);
  const followUp = await app.gql(
    `mutation($p: ID!, $o: ID!) { createFollowUpActivity(pairingId: $p, input: { kind: JOINT_PROGRAM, title: "Joint program", ownerOrganizationId: $o }) { id } }`,
    { p: pairing.id, o: pairing.sendingOrganization.id },
    np,
  );
  const draftCall = await buildNotification(app, { status: NotificationStatus.DRAFT });
  const draft = await buildProposal(app, { notification: draftCall, sending: 'NP' });
  Object.assign(v, {
    pairing: pairing.id,
    proposal: proposal.id,
    draftProposal: draft.id,
    draftCall: draftCall.id,
    thread: thread.data.createThread.id,
    message: message.data.postMessage.id,
    followUp: followUp.data.createFollowUpActivity.id,
    npOrg: (await orgOf(app, 'NP')).id,
    jpOrg: (await orgOf(app, 'JP')).id,
    thOrg: (await orgOf(app, 'TH')).id,
    npUser: (await demoUser(app, 'np-member@npo.demo')).id,
    npToken: (await buildApiToken(app, { code: 'NP' })).id,
  });
  // Nepal's own upload, not attached yet: another NPO may neither attach it nor attach to Nepal's objects.
  v.npUpload = (await upload(app, np, 'concept.pdf', pdfBytes())).uploadId;
  v.npFeed = (await app.gql(`mutation { createCalendarFeed(input: {}) { calendarFeed { id } } }`, {}, np)).data.createCalendarFeed.calendarFeed.id;
  const conn = app.db.orm.em.fork().getConnection();
  const [item] = await conn.execute(
    `insert into inbox_item (id, user_id, event_id, kind, summary) select gen_random_uuid(), ?, max(id), 'MENTION', 'x' from activity_event returning id`,
    [v.npUser],
  );
  v.inboxItem = item.id;
  Object.assign(v, await npWebhookAndDelivery(np));
  thSession = await app.login('th@npo.demo');
  thToken = (await buildApiToken(app, { code: 'TH', scopes: ['READ', 'WRITE'] as never })).token;
  attackers.push(['an administrator of another NPO', () => thSession], ['a write token of another NPO', () => thToken]);
});
afterAll(() => app.stop());

/** Nepal's webhook (a documentation address) and a settled test delivery of it; the dispatcher caught up. */
async function npWebhookAndDelivery(np: string): Promise<{ webhook: string; webhookDelivery: string }> {
  const hook = await app.gql(`mutation { createWebhook(input: { url: "https://203.0.113.10/hook", eventTypes: ["PASSWORD_CHANGED"] }) { webhook { id } } }`, {}, np);
  const webhook = hook.data.createWebhook.webhook.id;
  const ping = await app.gql(`mutation($id: ID!) { testWebhook(id: $id) { id } }`, { id: webhook }, np);
  const conn = app.db.orm.em.fork().getConnection();
  await until(async () => {
    const [row] = await conn.execute(`select (select status from webhook_delivery where id = ?) as status,
      (select last_event_id from webhook_dispatch_cursor) = (select max(id) from activity_event) as caught_up`, [ping.data.testWebhook.id]);
    return row.status !== 'PENDING' && row.caught_up;
  }, 20_000, () => 'the webhook work did not settle');
  return { webhook, webhookDelivery: ping.data.testWebhook.id };
}

const REFUSED = ['NOT_FOUND', 'FORBIDDEN'];

/** The outcome side of a pairing (issue 19): the meeting record, the completion report, the showcase. */
const outcomeMutations = (): Array<[string, string, Record<string, unknown>]> => [
  ['submitCompletionReport', `mutation($id: ID!) { submitCompletionReport(pairingId: $id, version: 1, input: { outcomes: "x", application: "x", followUpPlan: "x" }) { id } }`, { id: v.pairing }],
  ['acceptCompletionReport', `mutation($id: ID!) { acceptCompletionReport(pairingId: $id, version: 1) { id } }`, { id: v.pairing }],
  ['requestCompletionReportChanges', `mutation($id: ID!) { requestCompletionReportChanges(pairingId: $id, version: 1, reason: "x") { id } }`, { id: v.pairing }],
  ['waiveCompletionReport', `mutation($id: ID!) { waiveCompletionReport(pairingId: $id, version: 1, reason: "x") { id } }`, { id: v.pairing }],
  ['updateShowcaseSummary', `mutation($id: ID!) { updateShowcaseSummary(pairingId: $id, version: null, input: { whatWorked: "x", whatToTry: "x", contactName: "x", contactEmail: "x@example.org" }) { id } }`, { id: v.pairing }],
  ['setShowcaseConsent', `mutation($id: ID!) { setShowcaseConsent(pairingId: $id, version: 1, consent: PUBLIC) { id } }`, { id: v.pairing }],
  ['updateMeetingRecord', `mutation($id: ID!) { updateMeetingRecord(pairingId: $id, version: 1, input: { keyLearnings: "x" }) { id } }`, { id: v.pairing }],
  ['confirmMeetingRecord', `mutation($id: ID!) { confirmMeetingRecord(pairingId: $id, version: 1) { id } }`, { id: v.pairing }],
];

/** [operation, document, variables] — every mutation that names an object or organization. */
const mutations = (): Array<[string, string, Record<string, unknown>]> => [
  ...outcomeMutations(),
  ['createUser', `mutation($o: ID) { createUser(input: { email: "x@y.org", name: "X", role: NPO_MEMBER, password: "long-enough-password", organizationId: $o }) { id } }`, { o: v.npOrg }],
  ['inviteUser', `mutation($o: ID) { inviteUser(input: { email: "x@y.org", name: "X", role: NPO_MEMBER, organizationId: $o }) { id } }`, { o: v.npOrg }],
  ['deactivateUser', `mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: v.npUser }],
  ['createApiToken', `mutation($o: ID) { createApiToken(input: { name: "x", organizationId: $o }) { token } }`, { o: v.npOrg }],
  ['revokeApiToken', `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: v.npToken }],
  ['importProjectNotification', `mutation { importProjectNotification(text: "Reference No.: x") { __typename } }`, {}],
  ['createProjectNotification', `mutation { createProjectNotification(input: { projectCode: "26-SN-99-GE-BCN-Z", title: "x" }) { id } }`, {}],
  ['updateProjectNotification', `mutation($id: ID!) { updateProjectNotification(id: $id, version: 1, input: { title: "x" }) { id } }`, { id: v.draftCall }],
  ['publishProjectNotification', `mutation($id: ID!) { publishProjectNotification(id: $id, version: 1) { id } }`, { id: v.draftCall }],
  ['closeProjectNotification', `mutation($id: ID!) { closeProjectNotification(id: $id, version: 1) { id } }`, { id: v.draftCall }],
  ['archiveProjectNotification', `mutation($id: ID!) { archiveProjectNotification(id: $id, version: 1) { id } }`, { id: v.draftCall }],
  ['createProposal', `mutation($n: ID!, $o: ID) { createProposal(input: { notificationId: $n, topic: "x", modality: VIRTUAL, sendingOrganizationId: $o }) { id } }`, { n: v.draftCall, o: v.npOrg }],
  ['updateProposal', `mutation($id: ID!) { updateProposal(id: $id, version: 1, input: { topic: "stolen" }) { id } }`, { id: v.draftProposal }],
  ['submitProposal', `mutation($id: ID!) { submitProposal(id: $id, version: 1) { id } }`, { id: v.draftProposal }],
  ['withdrawProposal', `mutation($id: ID!) { withdrawProposal(id: $id, version: 1, reason: "x") { id } }`, { id: v.draftProposal }],
  ['startProposalReview', `mutation($id: ID!) { startProposalReview(id: $id, version: 1) { id } }`, { id: v.proposal }],
  ['requestProposalChanges', `mutation($id: ID!) { requestProposalChanges(id: $id, version: 1, comment: "x") { id } }`, { id: v.proposal }],
  ['approveProposal', `mutation($id: ID!) { approveProposal(id: $id, version: 1) { id } }`, { id: v.proposal }],
  ['rejectProposal', `mutation($id: ID!) { rejectProposal(id: $id, version: 1, reason: "x") { id } }`, { id: v.proposal }],
  ['createPairing', `mutation($p: ID!, $h: ID!) { createPairing(proposalId: $p, hostOrganizationId: $h) { id } }`, { p: v.proposal, h: v.thOrg }],
  ['respondToHostInvitation', `mutation($id: ID!) { respondToHostInvitation(pairingId: $id, version: 1, accept: true) { id } }`, { id: v.pairing }],
  ['scheduleMeeting', `mutation($id: ID!) { scheduleMeeting(pairingId: $id, version: 1) { id } }`, { id: v.pairing }],
  ['markMeetingHeld', `mutation($id: ID!) { markMeetingHeld(pairingId: $id, version: 1) { id } }`, { id: v.pairing }],
  ['startFollowUp', `mutation($id: ID!) { startFollowUp(pairingId: $id, version: 1) { id } }`, { id: v.pairing }],
  ['completePairing', `mutation($id: ID!) { completePairing(pairingId: $id, version: 1) { id } }`, { id: v.pairing }],
  ['cancelPairing', `mutation($id: ID!) { cancelPairing(pairingId: $id, version: 1, reason: "x") { id } }`, { id: v.pairing }],
  ['rescheduleMeeting', `mutation($id: ID!) { rescheduleMeeting(input: { pairingId: $id, version: 1, reason: "x" }) { id } }`, { id: v.pairing }],
  ['updateMeetingPlan', `mutation($id: ID!) { updateMeetingPlan(pairingId: $id, version: 1, input: { venue: "x" }) { id } }`, { id: v.pairing }],
  ['createFollowUpActivity', `mutation($id: ID!, $o: ID!) { createFollowUpActivity(pairingId: $id, input: { kind: OTHER, title: "x", ownerOrganizationId: $o }) { id } }`, { id: v.pairing, o: v.npOrg }],
  ['updateFollowUpActivity', `mutation($id: ID!) { updateFollowUpActivity(id: $id, version: 1, input: { title: "x" }) { id } }`, { id: v.followUp }],
  ['createThread', `mutation($id: ID!) { createThread(pairingId: $id, title: "x") { id } }`, { id: v.pairing }],
  ['markThreadRead', `mutation($id: ID!) { markThreadRead(threadId: $id) { id } }`, { id: v.thread }],
  ['postMessage', `mutation($id: ID!) { postMessage(threadId: $id, body: "x") { id } }`, { id: v.thread }],
  ['editMessage', `mutation($id: ID!) { editMessage(id: $id, version: 1, body: "x") { id } }`, { id: v.message }],
  ['deleteMessage', `mutation($id: ID!) { deleteMessage(id: $id, version: 1) { id } }`, { id: v.message }],
  ['addReaction', `mutation($id: ID!) { addReaction(messageId: $id, emoji: "👍") { id } }`, { id: v.message }],
  ['removeReaction', `mutation($id: ID!) { removeReaction(messageId: $id, emoji: "👍") { id } }`, { id: v.message }],
  ['attachFile', `mutation($u: ID!, $p: ID!) { attachFile(uploadId: $u, target: { proposalId: $p }) { id } }`, { u: v.npUpload, p: v.proposal }],
  ['revokeCalendarFeed', `mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }`, { id: v.npFeed }],
  ['updateWebhook', `mutation($id: ID!) { updateWebhook(input: { id: $id, version: 1, url: "https://203.0.113.66/stolen" }) { id } }`, { id: v.webhook }],
  ['deleteWebhook', `mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: v.webhook }],
  ['rotateWebhookSecret', `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: v.webhook }],
  ['testWebhook', `mutation($id: ID!) { testWebhook(id: $id) { id } }`, { id: v.webhook }],
  ['redeliverWebhookDelivery', `mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { id } }`, { id: v.webhookDelivery }],
];

/** Queries that take an object's id: refused outright. */
const queries = (): Array<[string, string, Record<string, unknown>]> => [
  ['apiTokens', `query($o: ID) { apiTokens(organizationId: $o) { totalCount } }`, { o: v.npOrg }],
  ['projectNotification', `query($id: ID) { projectNotification(id: $id) { id } }`, { id: v.draftCall }],
  ['proposal', `query($id: ID!) { proposal(id: $id) { id } }`, { id: v.draftProposal }],
  ['pairing', `query($id: ID!) { pairing(id: $id) { id } }`, { id: v.pairing }],
  ['meetingRecord', `query($id: ID!) { meetingRecord(pairingId: $id) { id } }`, { id: v.pairing }],
  ['completionReport', `query($id: ID!) { completionReport(pairingId: $id) { id } }`, { id: v.pairing }],
  ['pairingSuggestions', `query($id: ID!) { pairingSuggestions(proposalId: $id) { __typename } }`, { id: v.proposal }],
  ['thread', `query($id: ID!) { thread(id: $id) { id } }`, { id: v.thread }],
  ['dashboard', `{ dashboard { __typename } }`, {}],
  ['programReport', `query($n: ID) { programReport(year: 2025, notificationId: $n) { year } }`, { n: v.draftCall }],
];

/** Operations that name no other organization's object (their own checks are tested elsewhere). */
const NO_FOREIGN_ID = ['showcase', 'login', 'logout', 'changePassword', 'viewer', 'economies', 'organizations', 'organization', 'projectNotifications', 'eventCursor', 'createCalendarFeed', 'createUpload',
  // The caller's own webhooks only (test/server/webhooks-management.test.ts checks the lists per owner).
  'webhooks', 'createWebhook', 'webhookEventTypes',
  // The signed-in person's own mail preferences (test/server/mail-preferences.test.ts).
  'notificationPreferences', 'updateNotificationPreferences',
  // Account mail: an address or a mailed link, no object id (test/server/account-mail.test.ts).
  'requestPasswordReset', 'acceptInvitation', 'resetPassword'];
/** Lists checked below by what they return. */
const FILTERED_LISTS = ['proposals', 'pairings', 'inbox', 'activity', 'markInboxRead', 'calendarFeeds', 'search'];

describe('cross-organization ids', () => {
  it('covers every query and mutation of the schema', async () => {
    const r = await app.gql(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    const all = [...r.data.__schema.queryType.fields, ...r.data.__schema.mutationType.fields].map((f: { name: string }) => f.name);
    const covered = new Set([...mutations(), ...queries()].map(([name]) => name).concat(NO_FOREIGN_ID, FILTERED_LISTS));
    expect(all.filter((name: string) => !covered.has(name))).toEqual([]);
  });

  it.each([0, 1])('refuses every mutation on another organization\'s objects (attacker %i) and changes nothing', async (i) => {
    const [, credential] = attackers[i];
    await expectNoWrites(app, async () => {
      for (const [name, query, variables] of mutations()) {
        const r = await app.gql(query, variables, credential());
        expect({ name, code: r.errors?.[0]?.extensions?.code, data: r.data ?? null }).toEqual({ name, code: expect.toBeOneOf(REFUSED), data: null });
      }
    });
    await expectHealthy(app);
  });

  it.each([0, 1])('refuses every query by another organization\'s id (attacker %i)', async (i) => {
    const [, credential] = attackers[i];
    for (const [name, query, variables] of queries()) {
      const r = await app.gql(query, variables, credential());
      expect({ name, code: r.errors?.[0]?.extensions?.code }).toEqual({ name, code: expect.toBeOneOf(REFUSED) });
    }
  });

  it('filters lists and search: no proposal, pairing, message, event or inbox item of the other organizations shows', async () => {
    const hidden = [v.pairing, v.proposal, v.draftProposal, v.thread, v.message, v.followUp, v.npToken];
    for (const credential of [thSession, thToken]) {
      const r = await app.gql(
        `query($np: ID, $p: ID) {
          proposals(filter: { sendingOrganization: $np }) { edges { node { id } } }
          pairings(filter: { organization: $np, proposal: $p }) { edges { node { id } } }
          activity(first: 100) { edges { node { subjectId payload } } }
          inbox(first: 100) { edges { node { id } } }
          search(query: "hello OR tokyo OR joint OR program OR productivity", first: 100) { edges { node { id pairingId threadId } } }
        }`,
        { np: v.npOrg, p: v.proposal },
        credential,
      );
      expect(r.errors).toBeUndefined();
      const text = JSON.stringify(r.data ?? {});
      for (const id of [...hidden, v.inboxItem]) expect(text).not.toContain(id);
    }
  });

  it("does not mark another user's inbox item as read", async () => {
    const r = await expectNoWrites(app, () => app.gql(`mutation($ids: [ID!]!) { markInboxRead(ids: $ids) { id } }`, { ids: [v.inboxItem] }, thSession));
    expect(r.data?.markInboxRead ?? []).toEqual([]);
  });
});

describe('cross-organization ids', () => {
  it("lists no calendar feed of another organization (and none to a token)", async () => {
    const r = await app.gql(`{ calendarFeeds(first: 100) { edges { node { id } } } }`, {}, thSession);
    expect(r.errors).toBeUndefined();
    expect(JSON.stringify(r.data)).not.toContain(v.npFeed);
    expect((await app.gql(`{ calendarFeeds(first: 100) { totalCount } }`, {}, thToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each([0, 1])("refuses subscriptions to another organization's objects (attacker %i)", async (i) => {
    const [, credential] = attackers[i];
    const subscriptions: Array<[string, Record<string, unknown>]> = [
      ['subscription($id: ID!) { proposalChanged(id: $id) { __typename } }', { id: v.draftProposal }],
      ['subscription($id: ID!) { pairingChanged(id: $id) { __typename } }', { id: v.pairing }],
      ['subscription($id: ID!) { messageAdded(threadId: $id) { __typename } }', { id: v.thread }],
      ['subscription { dashboardChanged { __typename } }', {}],
    ];
    for (const [query, variables] of subscriptions) {
      const msg = await wsFirstMessage(app, `Bearer ${credential()}`, query, variables);
      const error = msg.type === 'error' ? msg.payload[0] : msg.payload.errors?.[0];
      expect({ query, code: error?.extensions?.code }).toEqual({ query, code: expect.toBeOneOf(REFUSED) });
    }
  });
});

