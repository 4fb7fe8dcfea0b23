// Issue 12.4: every mutation, asked for every field of its result two levels deep (and the
// scalars beneath), by every role allowed to call it, answers without an error. Before the fix,
// alert recipients were loaded as partial User entities into the request's unit of work, and a
// later `author { name }` or `proposedBy` read them as if complete (null name, undefined id).
import fs from 'node:fs';
import { buildSchema, getNamedType, isLeafType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../helpers/live-client.js';
import { pdfBytes, putBytes } from '../helpers/attachments.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildCompletionReport } from '../helpers/factories/completion-reports.js';
import { buildNotification, nextProjectCode, roundsAhead } from '../helpers/factories/notifications.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { buildProposal } from '../helpers/factories/proposals.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import type { CompletionReportStatus } from '../../server/src/modules/completion-report/completion-report.entity.js';
import { ProposalStatus } from '../../server/src/modules/proposal/proposal.enums.js';
import { Modality } from '../../server/src/modules/notification/notification.enums.js';

const schema = buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8'));
type Actor = 'sec' | 'npAdmin' | 'npMember' | 'jpAdmin';
const EMAILS: Record<Actor, string> = { sec: 'secretariat@apo.demo', npAdmin: 'np@npo.demo', npMember: 'np-member@npo.demo', jpAdmin: 'jp@npo.demo' };

/** Every field without required arguments, `depth` object levels down; leaves below that. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f: GraphQLField<unknown, unknown>) => f.args.every((a) => !String(a.type).endsWith('!')));
  const parts = fields.flatMap((f) => {
    const t = getNamedType(f.type);
    if (isLeafType(t)) return [f.name];
    if (!isObjectType(t)) return [];
    const inner = depth > 0 ? selectionOf(t, depth - 1) : leavesOf(t);
    return inner ? [`${f.name} { ${inner} }`] : [];
  });
  return parts.join(' ');
}
const leavesOf = (t: GraphQLObjectType) => Object.values(t.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0).map((f) => f.name).join(' ');

function documentFor(name: string, args: string): string {
  const field = schema.getMutationType()!.getFields()[name];
  const t = getNamedType(field.type);
  const sel = isObjectType(t) ? `{ ${selectionOf(t, 1)} }` : '';
  return `mutation { ${name}${args ? `(${args})` : ''} ${sel} }`;
}

let app: TestApp;
const token: Partial<Record<Actor, string>> = {};
let npId: string, jpId: string, callId: string;
beforeAll(async () => {
  app = await startTestApp();
  for (const [k, email] of Object.entries(EMAILS)) token[k as Actor] = await app.login(email);
  [npId, jpId] = [(await orgOf(app, 'NP')).id, (await orgOf(app, 'JP')).id];
  callId = (await buildNotification(app, { rounds: roundsAhead(app.clock, 30, 120) })).id;
});
afterAll(() => app.stop());

const q = (s: string) => JSON.stringify(s);
async function run(doc: string, who: Actor) {
  const r = await app.gql(doc, {}, token[who]);
  return r as { data: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}
async function must(doc: string, who: Actor) {
  const r = await run(doc, who);
  expect(r.errors, doc).toBeUndefined();
  return r.data!;
}

/** A pairing in `status` whose planning thread has messages from both sides (the case that failed). */
async function pairingIn(status: PairingStatus, startsInHours = 72) {
  const start = new Date(app.clock.now().getTime() + startsInHours * 3600e3);
  const end = new Date(start.getTime() + 3600e3);
  const plan = {
    modality: Modality.VIRTUAL, startsAt: start, endsAt: end, onlineLink: 'https://meet.example.org/x',
    agenda: [{ startsAt: start.toISOString(), endsAt: end.toISOString(), topic: 'Opening', presenter: 'JPC' }],
    delegates: [{ name: 'A', title: 'B', organizationId: npId, qualification: 'NPO_OFFICIAL' as never }],
  };
  const { pairing } = await buildPairing(app, { status, plan });
  if (status === PairingStatus.FOLLOW_UP) await buildCompletionReport(app, pairing); // completing needs an accepted report (issue 19)
  if (status !== PairingStatus.HOST_INVITED && status !== PairingStatus.HOST_DECLINED) {
    const t = (await must(`mutation { createThread(pairingId:${q(pairing.id)}, title:"Dates") { id } }`, 'jpAdmin')).createThread.id;
    await must(`mutation { postMessage(threadId:${q(t)}, body:"Hello @np-member@npo.demo") { id } }`, 'jpAdmin');
    await must(`mutation { postMessage(threadId:${q(t)}, body:"Hi @jp@npo.demo") { id } }`, 'npMember');
  }
  return { id: pairing.id };
}
/** A pairing whose meeting was marked held through the API, so that its meeting record is open. */
async function heldPairingId() {
  const p = await pairingIn(PairingStatus.MEETING_SCHEDULED, -1);
  await must(`mutation { markMeetingHeld(pairingId:${q(p.id)}, version:1) { id } }`, 'jpAdmin');
  return p.id;
}
async function threadIn() {
  const p = await pairingIn(PairingStatus.PLANNING);
  return (await must(`mutation { createThread(pairingId:${q(p.id)}, title:"T") { id } }`, 'npMember')).createThread.id as string;
}
async function messageBy(who: Actor) {
  return (await must(`mutation { postMessage(threadId:${q(await threadIn())}, body:"hi") { id } }`, who)).postMessage.id as string;
}
async function draftBy(who: Actor) {
  const i = `{ notificationId:${q(callId)}, topic:"Lean", modality: VIRTUAL, objectives:"O", expectedOutcome:"E", plannedParticipants:[{ name:"N", qualification: NPO_OFFICIAL }]${who === 'sec' ? `, sendingOrganizationId:${q(npId)}` : ''} }`;
  return (await must(`mutation { createProposal(input:${i}) { id version } }`, who)).createProposal as { id: string; version: number };
}
/** An upload of a small PDF by `who`, ready to attach. */
async function uploadAs(who: Actor): Promise<string> {
  const bytes = pdfBytes();
  const up = (await must(`mutation { createUpload(input:{ filename:"a.pdf", contentType:"application/pdf", size:${bytes.length} }) { uploadId url } }`, who)).createUpload;
  expect((await putBytes(up.url, bytes)).ok).toBe(true);
  return up.uploadId;
}

async function proposalIn(stage: 'draft' | 'submitted' | 'review') {
  let p = await draftBy('npAdmin');
  if (stage === 'draft') return p;
  p = (await must(`mutation { submitProposal(id:${q(p.id)}, version:${p.version}) { id version } }`, 'npAdmin')).submitProposal;
  if (stage === 'submitted') return p;
  return (await must(`mutation { startProposalReview(id:${q(p.id)}, version:${p.version}) { id version } }`, 'sec')).startProposalReview as { id: string; version: number };
}
async function notificationIn(step?: 'publish' | 'close') {
  const code = nextProjectCode();
  let n = (await must(`mutation { createProjectNotification(input:{ projectCode:${q(code)}, title:"T", roundClosingDates:["2099-01-31"] }) { id version } }`, 'sec')).createProjectNotification;
  for (const s of step === 'close' ? ['publish', 'close'] : step ? [step] : []) {
    n = (await must(`mutation { ${s}ProjectNotification(id:${q(n.id)}, version:${n.version}) { id version } }`, 'sec'))[`${s}ProjectNotification`];
  }
  return n as { id: string; version: number };
}
const step = (m: string, status: PairingStatus, allowed: Actor[] = ['npAdmin', 'jpAdmin', 'sec'], hours?: number): Case => ({
  allowed,
  args: async () => `pairingId:${q((await pairingIn(status, hours)).id)}, version:1`,
  name: m,
});

/** A held pairing whose completion report is in `status` (issue 19). */
async function reportIn(status: CompletionReportStatus): Promise<string> {
  const p = await pairingIn(PairingStatus.MEETING_HELD, -1);
  await buildCompletionReport(app, p, { status });
  return p.id;
}

type Case = { name: string; allowed: Actor[]; args: (who: Actor) => Promise<string> };
// A documentation address (TEST-NET-3): public by the address rules, never a real endpoint.
const WEBHOOK_URL = 'https://203.0.113.10/hook';
const webhookOf = async (who: Actor) =>
  (await must(`mutation { createWebhook(input:{ url:${q(WEBHOOK_URL)}, eventTypes:["PASSWORD_CHANGED"] }) { webhook { id } } }`, who)).createWebhook.webhook.id as string;
/** A test ping that has been attempted (it fails: nothing answers there), so that it may be redelivered. */
async function settledDeliveryOf(who: Actor): Promise<string> {
  const id = (await must(`mutation { testWebhook(id:${q(await webhookOf(who))}) { id } }`, who)).testWebhook.id as string;
  const conn = app.db.orm.em.fork().getConnection();
  await until(async () => (await conn.execute(`select status from webhook_delivery where id = ?`, [id]))[0].status !== 'PENDING', 20_000, () => 'ping never attempted');
  return id;
}

const CASES: Case[] = [
  { name: 'createPairing', allowed: ['sec'], args: async () => `proposalId:${q((await buildProposal(app, { status: ProposalStatus.APPROVED, hosts: ['JP'] })).id)}, hostOrganizationId:${q(jpId)}` },
  { name: 'respondToHostInvitation', allowed: ['jpAdmin'], args: async () => `pairingId:${q((await pairingIn(PairingStatus.HOST_INVITED)).id)}, version:1, accept:true` },
  { name: 'updateMeetingPlan', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `pairingId:${q((await pairingIn(PairingStatus.PLANNING)).id)}, version:1, input:{ venue:"Tokyo" }` },
  { name: 'updateShowcaseSummary', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `pairingId:${q((await pairingIn(PairingStatus.COMPLETED)).id)}, version:null, input:{ whatWorked:"W", whatToTry:"T", contactName:"C", contactEmail:"c@example.org" }` },
  { name: 'setShowcaseConsent', allowed: ['npAdmin', 'jpAdmin'], args: async () => {
    const p = await pairingIn(PairingStatus.COMPLETED);
    await must(`mutation { updateShowcaseSummary(pairingId:${q(p.id)}, version:null, input:{ whatWorked:"W", whatToTry:"T", contactName:"C", contactEmail:"c@example.org" }) { id } }`, 'npMember');
    return `pairingId:${q(p.id)}, version:1, consent: PUBLIC`;
  } },
  step('scheduleMeeting', PairingStatus.PLANNING),
  { name: 'rescheduleMeeting', allowed: ['npAdmin', 'jpAdmin', 'sec'], args: async () => `input:{ pairingId:${q((await pairingIn(PairingStatus.MEETING_SCHEDULED)).id)}, version:1, reason:"Visas" }` },
  step('markMeetingHeld', PairingStatus.MEETING_SCHEDULED, undefined, -1),
  step('startFollowUp', PairingStatus.MEETING_HELD, ['npMember', 'jpAdmin', 'sec'], -1),
  step('completePairing', PairingStatus.FOLLOW_UP, undefined, -1),
  { name: 'updateMeetingRecord', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `pairingId:${q(await heldPairingId())}, version:1, input:{ keyLearnings:"Kaizen" }` },
  { name: 'confirmMeetingRecord', allowed: ['npAdmin', 'jpAdmin'], args: async () => `pairingId:${q(await heldPairingId())}, version:1` },
  { name: 'submitCompletionReport', allowed: ['npMember'], args: async () => `pairingId:${q(await reportIn('DUE'))}, version:1, input:{ outcomes:"O", application:"A", followUpPlan:"F" }` },
  { name: 'acceptCompletionReport', allowed: ['sec'], args: async () => `pairingId:${q(await reportIn('SUBMITTED'))}, version:1` },
  { name: 'requestCompletionReportChanges', allowed: ['sec'], args: async () => `pairingId:${q(await reportIn('SUBMITTED'))}, version:1, reason:"Name the SMEs"` },
  { name: 'waiveCompletionReport', allowed: ['sec'], args: async () => `pairingId:${q(await reportIn('DUE'))}, version:1, reason:"Reported elsewhere"` },
  { name: 'cancelPairing', allowed: ['npAdmin', 'jpAdmin', 'sec'], args: async () => `pairingId:${q((await pairingIn(PairingStatus.PLANNING)).id)}, version:1, reason:"No budget"` },
  { name: 'createThread', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `pairingId:${q((await pairingIn(PairingStatus.PLANNING)).id)}, title:"Agenda"` },
  { name: 'postMessage', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `threadId:${q(await threadIn())}, body:"Hello @secretariat@apo.demo and @jp@npo.demo"` },
  { name: 'editMessage', allowed: ['npMember', 'jpAdmin', 'sec'], args: async (who) => `id:${q(await messageBy(who))}, version:1, body:"Edited @np@npo.demo"` },
  { name: 'deleteMessage', allowed: ['npMember', 'jpAdmin', 'sec'], args: async (who) => `id:${q(await messageBy(who))}, version:1` },
  { name: 'addReaction', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `messageId:${q(await messageBy('jpAdmin'))}, emoji:"👍"` },
  { name: 'removeReaction', allowed: ['npMember', 'jpAdmin', 'sec'], args: async (who) => {
    const id = await messageBy('jpAdmin');
    await must(`mutation { addReaction(messageId:${q(id)}, emoji:"👍") { id } }`, who);
    return `messageId:${q(id)}, emoji:"👍"`;
  } },
  { name: 'markThreadRead', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `threadId:${q(await threadIn())}` },
  { name: 'createFollowUpActivity', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `pairingId:${q((await pairingIn(PairingStatus.FOLLOW_UP, -1)).id)}, input:{ kind: OTHER, title:"F", ownerOrganizationId:${q(jpId)} }` },
  { name: 'updateFollowUpActivity', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => {
    const p = await pairingIn(PairingStatus.FOLLOW_UP, -1);
    const f = (await must(`mutation { createFollowUpActivity(pairingId:${q(p.id)}, input:{ kind: OTHER, title:"F", ownerOrganizationId:${q(npId)} }) { id } }`, 'jpAdmin')).createFollowUpActivity;
    return `id:${q(f.id)}, version:1, input:{ status: AGREED }`;
  } },
  { name: 'createProposal', allowed: ['npMember', 'npAdmin', 'sec'], args: async (who) => `input:{ notificationId:${q(callId)}, topic:"Lean", modality: VIRTUAL${who === 'sec' ? `, sendingOrganizationId:${q(npId)}` : ''} }` },
  { name: 'updateProposal', allowed: ['npMember', 'npAdmin'], args: async () => {
    const p = await proposalIn('draft');
    return `id:${q(p.id)}, version:${p.version}, input:{ topic:"Lean 2", preferredHostIds:[${q(jpId)}] }`;
  } },
  { name: 'submitProposal', allowed: ['npMember', 'npAdmin'], args: async () => { const p = await proposalIn('draft'); return `id:${q(p.id)}, version:${p.version}`; } },
  { name: 'withdrawProposal', allowed: ['npMember', 'npAdmin'], args: async () => { const p = await proposalIn('submitted'); return `id:${q(p.id)}, version:${p.version}, reason:"Changed plans"`; } },
  { name: 'startProposalReview', allowed: ['sec'], args: async () => { const p = await proposalIn('submitted'); return `id:${q(p.id)}, version:${p.version}`; } },
  { name: 'requestProposalChanges', allowed: ['sec'], args: async () => { const p = await proposalIn('review'); return `id:${q(p.id)}, version:${p.version}, comment:"More detail"`; } },
  { name: 'approveProposal', allowed: ['sec'], args: async () => { const p = await proposalIn('review'); return `id:${q(p.id)}, version:${p.version}`; } },
  { name: 'rejectProposal', allowed: ['sec'], args: async () => { const p = await proposalIn('review'); return `id:${q(p.id)}, version:${p.version}, reason:"Out of scope"`; } },
  { name: 'createProjectNotification', allowed: ['sec'], args: async () => `input:{ projectCode:${q(nextProjectCode())}, title:"T" }` },
  { name: 'updateProjectNotification', allowed: ['sec'], args: async () => { const n = await notificationIn(); return `id:${q(n.id)}, version:${n.version}, input:{ title:"T2" }`; } },
  { name: 'publishProjectNotification', allowed: ['sec'], args: async () => { const n = await notificationIn(); return `id:${q(n.id)}, version:${n.version}`; } },
  { name: 'closeProjectNotification', allowed: ['sec'], args: async () => { const n = await notificationIn('publish'); return `id:${q(n.id)}, version:${n.version}`; } },
  { name: 'archiveProjectNotification', allowed: ['sec'], args: async () => { const n = await notificationIn('close'); return `id:${q(n.id)}, version:${n.version}`; } },
  { name: 'importProjectNotification', allowed: ['sec'], args: async () => `text:${q(fs.readFileSync('test/fixtures/apo-notification-25-SN-03-GE-BCN-C.txt', 'utf8').replaceAll('25-SN-03-GE-BCN-C', '28-SN-07-GE-BCN-C'))}` },
  { name: 'markInboxRead', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `ids:[]` },
  { name: 'createApiToken', allowed: ['npAdmin', 'sec'], args: async () => `input:{ name:"Tool" }` },
  { name: 'revokeApiToken', allowed: ['npAdmin', 'sec'], args: async (who) => `id:${q((await must(`mutation { createApiToken(input:{ name:"Tool" }) { apiToken { id } } }`, who)).createApiToken.apiToken.id)}` },
  { name: 'createCalendarFeed', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `input:{ description:"Outlook" }` },
  { name: 'revokeCalendarFeed', allowed: ['npMember', 'jpAdmin', 'sec'], args: async (who) => `id:${q((await must(`mutation { createCalendarFeed(input:{}) { calendarFeed { id } } }`, who)).createCalendarFeed.calendarFeed.id)}` },
  { name: 'createUpload', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `input:{ filename:"a.pdf", contentType:"application/pdf", size:10 }` },
  { name: 'attachFile', allowed: ['npMember', 'jpAdmin', 'sec'], args: async (who) => {
    const p = await pairingIn(PairingStatus.PLANNING);
    const up = await uploadAs(who);
    return `uploadId:${q(up)}, target:{ pairingId:${q(p.id)} }`;
  } },
  { name: 'createWebhook', allowed: ['npAdmin', 'sec'], args: async () => `input:{ url:${q(WEBHOOK_URL)}, eventTypes:["PASSWORD_CHANGED"], description:"d" }` },
  { name: 'updateWebhook', allowed: ['npAdmin', 'sec'], args: async (who) => `input:{ id:${q(await webhookOf(who))}, version:1, description:"e", active:false }` },
  { name: 'deleteWebhook', allowed: ['npAdmin', 'sec'], args: async (who) => `id:${q(await webhookOf(who))}` },
  { name: 'rotateWebhookSecret', allowed: ['npAdmin', 'sec'], args: async (who) => `id:${q(await webhookOf(who))}` },
  { name: 'testWebhook', allowed: ['npAdmin', 'sec'], args: async (who) => `id:${q(await webhookOf(who))}` },
  { name: 'redeliverWebhookDelivery', allowed: ['npAdmin', 'sec'], args: async (who) => `id:${q(await settledDeliveryOf(who))}` },
  { name: 'updateNotificationPreferences', allowed: ['npMember', 'jpAdmin', 'sec'], args: async () => `input:[{ kind: MENTION, delivery: DAILY_DIGEST }]` },
  { name: 'createUser', allowed: ['npAdmin', 'sec'], args: async () => `input:{ email:${q(`u${Date.now()}${Math.random()}@npedc.example`)}, name:"U", role: NPO_MEMBER, password:"a-long-password-1", organizationId:${q(npId)} }` },
  { name: 'inviteUser', allowed: ['npAdmin', 'sec'], args: async () => `input:{ email:${q(`i${Date.now()}${Math.random()}@npedc.example`)}, name:"I", role: NPO_MEMBER, organizationId:${q(npId)} }` },
  { name: 'requestPasswordReset', allowed: ['npMember', 'sec'], args: async () => `email:"np-member@npo.demo"` },
  { name: 'deactivateUser', allowed: ['npAdmin', 'sec'], args: async () => {
    const u = (await must(`mutation { createUser(input:{ email:${q(`d${Date.now()}${Math.random()}@npedc.example`)}, name:"D", role: NPO_MEMBER, password:"a-long-password-1", organizationId:${q(npId)} }) { id } }`, 'sec')).createUser;
    return `id:${q(u.id)}`;
  } },
];
// Sessions: signing in, out and changing a password are covered by the auth suites; they return no entity graph.
// Joining and resetting a password answer as login does, and need a mailed link: account-mail.test.ts.
const ELSEWHERE = new Set(['login', 'logout', 'changePassword', 'acceptInvitation', 'resetPassword']);

describe('every mutation with every field two levels deep', () => {
  it('covers every mutation of the schema', () => {
    const names = Object.keys(schema.getMutationType()!.getFields()).filter((n) => !ELSEWHERE.has(n));
    expect(CASES.map((c) => c.name).sort()).toEqual(names.sort());
  });

  for (const c of CASES) {
    it(`${c.name}: answers every field without an error, as ${c.allowed.join(', ')}`, async () => {
      for (const who of c.allowed) {
        const r = await run(documentFor(c.name, await c.args(who)), who);
        expect(r.errors?.map((e) => `${e.extensions?.code}: ${e.message}`), `${c.name} as ${who}`).toBeUndefined();
        expect(r.data?.[c.name], `${c.name} as ${who}`).toBeTruthy();
      }
    });
  }
});
