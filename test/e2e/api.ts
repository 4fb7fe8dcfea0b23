// Setting the stage for a browser test through the public API (as an API client would), so each
// test drives in the browser only what it is about: a fresh approved proposal paired and
// accepted, a thread with messages.
import { httpClient, type HttpClient } from '../helpers/http-client.js';

export type Stage = { api: HttpClient; token(email: string): Promise<string>; call<T = any>(email: string, query: string, variables?: Record<string, unknown>): Promise<T> };

export function stage(baseUrl: string): Stage {
  const api = httpClient(baseUrl);
  const tokens = new Map<string, string>();
  const token = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, await api.login(email));
    return tokens.get(email)!;
  };
  const call = async <T,>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const r = await api.gql<T>(query, variables, await token(email));
    if (r.errors?.length || !r.data) throw new Error(`${email}: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
  return { api, token, call };
}

/** An approved proposal of `sender`'s NPO in the open demo call; returns its id. */
export async function approvedProposal(s: Stage, sender: string, topic: string): Promise<string> {
  const calls = await s.call(sender, `{ projectNotifications(first: 50) { edges { node { id currentRound { id } } } } }`);
  const open = calls.projectNotifications.edges.find((e: any) => e.node.currentRound)!.node.id;
  const created = await s.call(sender, `mutation($i: CreateProposalInput!) { createProposal(input: $i) { id version } }`, {
    i: { notificationId: open, topic, objectives: 'Learn from each other.', expectedOutcome: 'A joint program.', modality: 'VIRTUAL', plannedParticipants: [{ name: 'Delegate One', qualification: 'NPO_OFFICIAL' }] },
  });
  let p = created.createProposal;
  p = (await s.call(sender, `mutation($id: ID!, $v: Int!) { submitProposal(id: $id, version: $v) { id version } }`, { id: p.id, v: p.version })).submitProposal;
  p = (await s.call('secretariat@apo.demo', `mutation($id: ID!, $v: Int!) { startProposalReview(id: $id, version: $v) { id version } }`, { id: p.id, v: p.version })).startProposalReview;
  await s.call('secretariat@apo.demo', `mutation($id: ID!, $v: Int!) { approveProposal(id: $id, version: $v) { id version } }`, { id: p.id, v: p.version });
  return p.id;
}

/** The organization of a demo user. */
export async function orgOf(s: Stage, email: string): Promise<{ id: string; acronym: string; timeZone: string }> {
  return (await s.call(email, `{ viewer { organization { id acronym timeZone } } }`)).viewer.organization;
}

/** `sender`'s new approved proposal paired with `host`'s NPO, accepted: a workspace in PLANNING. Returns the pairing id. */
export async function planningPairing(s: Stage, sender: string, host: string, topic: string): Promise<string> {
  const proposalId = await approvedProposal(s, sender, topic);
  const hostOrg = await orgOf(s, host);
  const pairing = (await s.call('secretariat@apo.demo', `mutation($p: ID!, $h: ID!) { createPairing(proposalId: $p, hostOrganizationId: $h) { id version } }`, { p: proposalId, h: hostOrg.id })).createPairing;
  await s.call(host, `mutation($id: ID!, $v: Int!) { respondToHostInvitation(pairingId: $id, version: $v, accept: true) { id } }`, { id: pairing.id, v: pairing.version });
  return pairing.id;
}

export async function createThread(s: Stage, email: string, pairingId: string, title: string): Promise<string> {
  return (await s.call(email, `mutation($p: ID!, $t: String!) { createThread(pairingId: $p, title: $t) { id } }`, { p: pairingId, t: title })).createThread.id;
}

export async function post(s: Stage, email: string, threadId: string, body: string): Promise<string> {
  return (await s.call(email, `mutation($t: ID!, $b: String!) { postMessage(threadId: $t, body: $b) { id } }`, { t: threadId, b: body })).postMessage.id;
}

/** A pairing of `sender`'s and `host`'s NPOs with a complete plan, scheduled (MEETING_SCHEDULED) a month ahead. Returns its id. */
export async function scheduledPairing(s: Stage, sender: string, host: string, topic: string): Promise<string> {
  const pairingId = await planningPairing(s, sender, host, topic);
  const [sending, hosting] = await Promise.all([orgOf(s, sender), orgOf(s, host)]);
  const start = new Date(Date.now() + 30 * 86_400_000);
  start.setUTCHours(3, 0, 0, 0);
  const at = (h: number) => new Date(start.getTime() + h * 3_600_000).toISOString();
  const { pairing } = await s.call(sender, `query($id: ID!) { pairing(id: $id) { meetingPlan { version } } }`, { id: pairingId });
  await s.call(sender, `mutation($id: ID!, $v: Int!, $i: MeetingPlanInput!) { updateMeetingPlan(pairingId: $id, version: $v, input: $i) { id } }`, {
    id: pairingId,
    v: pairing.meetingPlan.version,
    i: {
      modality: 'VIRTUAL', startsAt: at(0), endsAt: at(2), onlineLink: 'https://meet.example.org/e2e',
      agenda: [{ startsAt: at(0), endsAt: at(2), topic: 'Case studies', presenter: 'Host experts' }],
      delegates: [
        { name: 'Delegate One', title: 'Director', organizationId: sending.id, qualification: 'HIGH_LEVEL_OFFICIAL' },
        { name: 'Delegate Two', title: 'Consultant', organizationId: hosting.id, qualification: 'NPO_OFFICIAL' },
      ],
    },
  });
  const { pairing: current } = await s.call(sender, `query($id: ID!) { pairing(id: $id) { version } }`, { id: pairingId });
  await s.call(sender, `mutation($id: ID!, $v: Int!) { scheduleMeeting(pairingId: $id, version: $v) { id } }`, { id: pairingId, v: current.version });
  return pairingId;
}
