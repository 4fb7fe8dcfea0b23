// The outcomes of the completed demo pairing (PH→SG, demo-pairings.ts's completedStory): the
// meeting marked held, its record filled in and confirmed by both NPOs, a follow-up agreed, the
// completion report sent back once and accepted on resubmission (so its revisions differ), the
// pairing completed, and its showcase summary public with both consents. Each step goes through
// the API's own command, acting the given number of days ago, so the history reads in order.
import type { Cast } from './demo-actors.js';
import { acceptCompletionReport, requestCompletionReportChanges, submitCompletionReport } from '../../modules/completion-report/completion-report.service.js';
import { CompletionReport } from '../../modules/completion-report/completion-report.entity.js';
import type { CompletionReportInput } from '../../modules/completion-report/completion-report.inputs.js';
import { confirmMeetingRecord } from '../../modules/meeting-record/meeting-record.confirm.js';
import { MeetingRecord } from '../../modules/meeting-record/meeting-record.entity.js';
import { updateMeetingRecord } from '../../modules/meeting-record/meeting-record.service.js';
import { FollowUpKind, FollowUpStatus } from '../../modules/pairing/follow-up.entity.js';
import { createFollowUp, updateFollowUp } from '../../modules/pairing/follow-up.service.js';
import { movePairing } from '../../modules/pairing/pairing.commands.js';
import { Pairing } from '../../modules/pairing/pairing.entity.js';
import { PairingAction } from '../../modules/pairing/pairing.enums.js';
import { Qualification } from '../../modules/proposal/proposal.enums.js';
import { setShowcaseConsent, updateShowcaseSummary } from '../../modules/showcase/showcase.service.js';
import { ShowcaseConsent } from '../../modules/showcase/showcase.enums.js';

/** The cast acting `days` ago. */
export type CastAt = (days: number) => Promise<Cast>;

const DAY = 86_400_000;

/** Takes a MEETING_SCHEDULED pairing whose meeting began about 60 days ago to COMPLETED and the showcase. */
export async function recordOutcomes(castAt: CastAt, pairingId: string): Promise<void> {
  const held = await castAt(58);
  await movePairing(held.host, pairingId, await pairingVersion(held, pairingId), PairingAction.MARK_HELD);
  const followUpId = await agreeFollowUp(held, await castAt(57), pairingId);
  await fillRecord(held, pairingId, followUpId);
  await confirmRecord(await castAt(57), pairingId);
  const next = await castAt(57);
  await movePairing(next.sending, pairingId, await pairingVersion(next, pairingId), PairingAction.START_FOLLOW_UP);
  await reportTwice(castAt, pairingId);
  const done = await castAt(30);
  await movePairing(done.host, pairingId, await pairingVersion(done, pairingId), PairingAction.COMPLETE);
  await showcase(await castAt(29), await castAt(28), pairingId);
}

/** Versions are read fresh (outside the story's unit of work), as a client reads them before it writes. */
const pairingVersion = async (c: Cast, id: string) => (await c.sec.em.fork().findOneOrFail(Pairing, id)).version;

async function agreeFollowUp(held: Cast, later: Cast, pairingId: string): Promise<string> {
  const p = await held.sec.em.fork().findOneOrFail(Pairing, pairingId);
  const f = await createFollowUp(held.host, pairingId, {
    kind: FollowUpKind.EXPERT_EXCHANGE,
    title: 'Enterprise Singapore coaches at two pilot hospitals in Manila',
    ownerOrganizationId: p.hostOrganization.id,
    dueDate: new Date(held.sec.clock.now().getTime() + 150 * DAY).toISOString().slice(0, 10),
  });
  await updateFollowUp(later.sending, f.id, f.version, { status: FollowUpStatus.AGREED });
  return f.id;
}

async function fillRecord(held: Cast, pairingId: string, followUpId: string): Promise<void> {
  const p = await held.sec.em.fork().findOneOrFail(Pairing, pairingId);
  const r = await held.sec.em.fork().findOneOrFail(MeetingRecord, { pairing: pairingId });
  const [ph, sg] = [p.sendingOrganization.id, p.hostOrganization.id];
  await updateMeetingRecord(held.sending, pairingId, r.version, {
    participants: [
      { name: 'Carmela Reyes', title: 'Vice President, DAP', organizationId: ph, qualification: Qualification.HIGH_LEVEL_OFFICIAL },
      { name: 'Jose Mendoza', title: 'Undersecretary, Department of Health', organizationId: ph, qualification: Qualification.POLICYMAKER },
      { name: 'Liza Bautista', title: 'Productivity Specialist, DAP', organizationId: ph, qualification: Qualification.NPO_OFFICIAL },
      { name: 'Tan Wei Ling', title: 'Director, Enterprise Singapore', organizationId: sg, qualification: Qualification.NPO_OFFICIAL },
    ],
    sessions: [
      { title: 'Lean in the emergency department', summary: 'Value-stream maps from two public hospitals: triage redesign and visual boards cut the median wait from 3 hours to under 2.' },
      { title: 'Site visit: daily huddles and 5S in the pharmacy', summary: 'Ten-minute huddles at shift change, a problem board per ward, and a 5S layout that halved dispensing errors.' },
    ],
    keyLearnings: 'Start with one ward and one measure (waiting time), not a hospital-wide program.\nFrontline staff run the daily huddle; managers come to listen.\nA coach on site for the first three months makes the habits stick.',
    followUpIds: [followUpId],
  });
}

async function confirmRecord(c: Cast, pairingId: string): Promise<void> {
  const r = await c.sec.em.fork().findOneOrFail(MeetingRecord, { pairing: pairingId });
  const once = await confirmMeetingRecord(c.sending, pairingId, r.version);
  await confirmMeetingRecord(c.host, pairingId, once.version);
}

const FIRST: CompletionReportInput = {
  outcomes: 'The delegation learned how Singapore public hospitals run lean: value-stream mapping, daily huddles and 5S on the wards.',
  application: 'DAP will pilot lean in the emergency departments of two public hospitals in Manila with the Department of Health.',
  followUpPlan: 'Enterprise Singapore coaches visit the pilot hospitals; DAP trains twenty hospital staff as lean facilitators.',
};

/** The second revision answers the Secretariat's request with measurable targets. */
const SECOND: CompletionReportInput = {
  ...FIRST,
  outcomes: `${FIRST.outcomes} Target for the pilots: median emergency waiting time down by 30% within a year.`,
  followUpPlan: `${FIRST.followUpPlan} Progress is measured monthly (waiting time, dispensing errors) and reported to APO after six and twelve months.`,
};

async function reportTwice(castAt: CastAt, pairingId: string): Promise<void> {
  const c = await castAt(50);
  const due = await c.sec.em.fork().findOneOrFail(CompletionReport, { pairing: pairingId });
  const first = await submitCompletionReport(c.sending, pairingId, due.version, FIRST);
  const why = 'Please add measurable targets for the pilot hospitals and say how progress will be measured.';
  const back = await requestCompletionReportChanges((await castAt(47)).sec, pairingId, first.version, why);
  const second = await submitCompletionReport((await castAt(45)).sending, pairingId, back.version, SECOND);
  await acceptCompletionReport((await castAt(44)).sec, pairingId, second.version);
}

async function showcase(written: Cast, later: Cast, pairingId: string): Promise<void> {
  const entry = await updateShowcaseSummary(written.sending, pairingId, null, {
    whatWorked: 'Starting lean in one emergency department with one measure, waiting time, and daily huddles run by the nurses themselves.',
    whatToTry: 'Ask the host for a coach on site during the first months of the pilot; the habits stick when someone checks in every week.',
    contactName: 'Liza Bautista, DAP',
    contactEmail: 'ph@npo.demo',
  });
  const sending = await setShowcaseConsent(written.sending, pairingId, entry.version, ShowcaseConsent.PUBLIC);
  await setShowcaseConsent(later.host, pairingId, sending.version, ShowcaseConsent.PUBLIC);
}
