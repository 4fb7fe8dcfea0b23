// Issue 12.5: every date-only input (YYYY-MM-DD) is checked as a real calendar day; "2027-02-30"
// is BAD_USER_INPUT naming the field, never an INTERNAL_SERVER_ERROR showing SQL, and nothing
// is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { buildNotification, roundsAhead } from '../helpers/factories/notifications.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { buildPairing, pairingEvents } from '../helpers/factories/pairings.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';

let app: TestApp;
let np: string, sec: string;
beforeAll(async () => {
  app = await startTestApp();
  [np, sec] = [await app.login('np@npo.demo'), await app.login('secretariat@apo.demo')];
});
afterAll(() => app.stop());

const refusal = (r: { errors?: Array<{ extensions?: Record<string, unknown>; message: string }> }) => ({
  code: r.errors?.[0].extensions?.code,
  field: r.errors?.[0].extensions?.field,
});

describe('date-only inputs', () => {
  it('createFollowUpActivity and updateFollowUpActivity refuse dueDate 2027-02-30 naming the field', async () => {
    const { pairing } = await buildPairing(app, { status: PairingStatus.FOLLOW_UP });
    const npId = (await orgOf(app, 'NP')).id;
    const CREATE = `mutation($p:ID!,$o:ID!,$d:String){ createFollowUpActivity(pairingId:$p, input:{ kind: OTHER, title: "T", ownerOrganizationId:$o, dueDate:$d }){ id version dueDate } }`;
    const bad = await app.gql(CREATE, { p: pairing.id, o: npId, d: '2027-02-30' }, np);
    expect(refusal(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    expect(bad.errors?.[0].message).toBe('dueDate must be a real date YYYY-MM-DD, not "2027-02-30"');
    expect(await pairingEvents(app, pairing.id)).toEqual([]);

    const ok = (await app.gql(CREATE, { p: pairing.id, o: npId, d: '2028-02-29' }, np)).data.createFollowUpActivity;
    expect(ok.dueDate).toBe('2028-02-29');
    const UPDATE = `mutation($id:ID!,$d:String){ updateFollowUpActivity(id:$id, version:1, input:{ dueDate:$d }){ dueDate } }`;
    expect(refusal(await app.gql(UPDATE, { id: ok.id, d: '2027-13-01' }, np))).toEqual({ code: 'BAD_USER_INPUT', field: 'dueDate' });
  });

  it('proposals refuse an unreal periodStart or periodEnd', async () => {
    const call = await buildNotification(app, { rounds: roundsAhead(app.clock, 30, 120) });
    const CREATE = `mutation($i:CreateProposalInput!){ createProposal(input:$i){ id } }`;
    for (const field of ['periodStart', 'periodEnd']) {
      const r = await app.gql(CREATE, { i: { notificationId: call.id, topic: 'T', modality: 'VIRTUAL', [field]: '2026-04-31' } }, np);
      expect(refusal(r), field).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('notifications refuse an unreal issueDate and round closing day', async () => {
    const CREATE = `mutation($i:CreateProjectNotificationInput!){ createProjectNotification(input:$i){ id } }`;
    const base = { projectCode: '27-SN-03-GE-BCN-C', title: 'Bilateral Cooperation between NPOs' };
    expect(refusal(await app.gql(CREATE, { i: { ...base, issueDate: '2027-02-29' } }, sec))).toEqual({ code: 'BAD_USER_INPUT', field: 'issueDate' });
    expect(refusal(await app.gql(CREATE, { i: { ...base, roundClosingDates: ['2027-06-31'] } }, sec))).toEqual({ code: 'BAD_USER_INPUT', field: 'roundClosingDates' });
  });
});
