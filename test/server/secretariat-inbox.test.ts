// Issue 12.9: the Secretariat's inbox hears of what waits for it: submissions, resubmissions
// after a change request, and the host's answer to every invitation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildNotification, roundsAhead } from '../helpers/factories/notifications.js';
import { buildPairing } from '../helpers/factories/pairings.js';

let app: TestApp;
let np: string, jp: string, sec: string;
beforeAll(async () => {
  app = await startTestApp();
  [np, jp, sec] = [await app.login('np@npo.demo'), await app.login('jp@npo.demo'), await app.login('secretariat@apo.demo')];
});
afterAll(() => app.stop());

const INBOX = `{ inbox(first: 50){ edges { node { kind summary subjectId pairingId } } } }`;
type Item = { kind: string; summary: string; subjectId: string; pairingId: string | null };
const inboxOf = async (token: string): Promise<Item[]> => (await app.gql(INBOX, {}, token)).data.inbox.edges.map((e: { node: Item }) => e.node);

async function step(name: string, id: string, version: number, token: string, extra = '') {
  const r = await app.gql(`mutation($id:ID!,$v:Int!){ ${name}(id:$id, version:$v${extra}){ id version status } }`, { id, v: version }, token);
  expect(r.errors, name).toBeUndefined();
  return r.data[name] as { id: string; version: number; status: string };
}

describe("the Secretariat's inbox", () => {
  it('hears of a submission and of a resubmission after a change request', async () => {
    const call = await buildNotification(app, { rounds: roundsAhead(app.clock, 30, 120) });
    const input = { notificationId: call.id, topic: 'Green productivity for SMEs', modality: 'VIRTUAL', objectives: 'O', expectedOutcome: 'E', plannedParticipants: [{ name: 'N', qualification: 'NPO_OFFICIAL' }] };
    let p = (await app.gql(`mutation($i:CreateProposalInput!){ createProposal(input:$i){ id version } }`, { i: input }, np)).data.createProposal;
    p = await step('submitProposal', p.id, p.version, np);
    expect((await inboxOf(sec)).filter((i) => i.subjectId === p.id)).toEqual([
      { kind: 'PROPOSAL_CHANGED', summary: 'NPEDC submitted "Green productivity for SMEs" for review.', subjectId: p.id, pairingId: null },
    ]);
    p = await step('startProposalReview', p.id, p.version, sec);
    p = await step('requestProposalChanges', p.id, p.version, sec, ', comment:"Add a second participant."');
    p = await step('submitProposal', p.id, p.version, np);
    const mine = (await inboxOf(sec)).filter((i) => i.subjectId === p.id).map((i) => i.summary);
    expect(mine).toEqual(['NPEDC resubmitted "Green productivity for SMEs" for review.', 'NPEDC submitted "Green productivity for SMEs" for review.']);
    // The proposer's own inbox is not told of their own submission.
    expect((await inboxOf(np)).filter((i) => i.subjectId === p.id).map((i) => i.summary)).toEqual([
      'The APO Secretariat asks for changes to "Green productivity for SMEs": Add a second participant.',
    ]);
  });

  it("hears of the host's acceptance and decline", async () => {
    const RESPOND = `mutation($id:ID!,$a:Boolean!,$r:String){ respondToHostInvitation(pairingId:$id, version:1, accept:$a, reason:$r){ status } }`;
    const accepted = (await buildPairing(app)).pairing;
    const declined = (await buildPairing(app)).pairing;
    await app.gql(RESPOND, { id: accepted.id, a: true }, jp);
    await app.gql(RESPOND, { id: declined.id, a: false, r: 'No expert free.' }, jp);
    const items = await inboxOf(sec);
    expect(items.filter((i) => i.pairingId === accepted.id).map((i) => i.summary)).toEqual(['NPEDC → JPC: the host accepted the invitation']);
    expect(items.filter((i) => i.pairingId === declined.id).map((i) => i.summary)).toEqual(['NPEDC → JPC: the host declined: No expert free.']);
  });
});
