// Demo pairings (DESIGN.md, last section): for the APPROVED demo proposals, pairings in
// different states (follow-up under way, planning after a decline and a re-invitation, a
// fresh invitation, completed with its outcomes: demo-outcomes.ts), with a meeting plan, a
// planning thread with messages from both sides and a follow-up activity. Built through the
// same commands as the API, so every step records its event. Idempotent: a proposal that
// already has a pairing is left alone.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { Modality } from '../../modules/notification/notification.enums.js';
import { FollowUpKind } from '../../modules/pairing/follow-up.entity.js';
import { createFollowUp } from '../../modules/pairing/follow-up.service.js';
import { MeetingPlan } from '../../modules/pairing/meeting-plan.entity.js';
import { updateMeetingPlan } from '../../modules/pairing/meeting-plan.service.js';
import { createPairing, movePairing, respondToHostInvitation } from '../../modules/pairing/pairing.commands.js';
import { PairingAction } from '../../modules/pairing/pairing.enums.js';
import { Pairing } from '../../modules/pairing/pairing.entity.js';
import { pairingSuggestions } from '../../modules/pairing/suggestions.js';
import { Proposal } from '../../modules/proposal/proposal.entity.js';
import { ProposalStatus, Qualification } from '../../modules/proposal/proposal.enums.js';
import { Thread } from '../../modules/workspace/thread.entity.js';
import { createThread } from '../../modules/workspace/thread.service.js';
import { postMessage } from '../../modules/workspace/message.service.js';
import { castFor, type Cast } from './demo-actors.js';
import { recordOutcomes } from './demo-outcomes.js';

const DAY = 86_400_000;

export async function seedDemoPairings(em: EntityManager, clock: Clock): Promise<void> {
  const approved = await em.find(Proposal, { status: ProposalStatus.APPROVED }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  // The n-th approved proposal gets the n-th story, also when a failed seed is run again.
  const stories = [followUpStory, planningStory, invitationStory, completedStory];
  for (const [i, proposal] of approved.entries()) {
    if ((await em.count(Pairing, { proposal: proposal.id })) > 0) continue;
    const hosts = await hostsFor(em, proposal);
    if (hosts.length === 0) continue;
    await (stories[i] ?? invitationStory)(em.fork(), clock, proposal, hosts);
  }
}

/** The preferred hosts first, then the best suggestions. */
async function hostsFor(em: EntityManager, proposal: Proposal): Promise<string[]> {
  return (await pairingSuggestions(em, proposal.id)).map((s) => s.organization.id);
}

async function invitationStory(em: EntityManager, clock: Clock, proposal: Proposal, hosts: string[]): Promise<void> {
  const cast = await castFor(em, clock, proposal, hosts[0]);
  if (cast) await createPairing(cast.sec, proposal.id, hosts[0]);
}

/** The first host declines, the second accepts; the pair is planning. */
async function planningStory(em: EntityManager, clock: Clock, proposal: Proposal, hosts: string[]): Promise<void> {
  const first = await castFor(em, clock, proposal, hosts[0]);
  if (!first) return;
  let hostId = hosts[0];
  if (hosts.length > 1) {
    const declined = await createPairing(first.sec, proposal.id, hosts[0]);
    await respondToHostInvitation(first.host, declined.id, declined.version, false, 'Our experts are fully booked until next year, sorry.');
    hostId = hosts[1];
  }
  const cast = (await castFor(em, clock, proposal, hostId))!;
  const p = await accepted(cast, proposal.id, hostId);
  await plan(cast, p, { startsInDays: 45, modality: proposal.modality });
  await planningThread(cast, p);
}

/** Met a month ago; now agreeing follow-ups. Runs on a clock set back so the meeting was in the future when scheduled. */
async function followUpStory(em: EntityManager, clock: Clock, proposal: Proposal, hosts: string[]): Promise<void> {
  const past: Clock = { now: () => new Date(clock.now().getTime() - 60 * DAY) };
  const cast = await castFor(em, past, proposal, hosts[0]);
  if (!cast) return;
  const p = await accepted(cast, proposal.id, hosts[0]);
  await plan(cast, p, { startsInDays: 30, modality: proposal.modality });
  await planningThread(cast, p);
  let v = (await movePairing(cast.sending, p.id, p.version, PairingAction.SCHEDULE)).version;
  // Held and followed up today, on the real clock: the meeting started a month ago.
  const today = (await castFor(em, clock, proposal, hosts[0]))!;
  v = (await movePairing(today.host, p.id, v, PairingAction.MARK_HELD)).version;
  await movePairing(today.sending, p.id, v, PairingAction.START_FOLLOW_UP);
  const f = await createFollowUp(today.host, p.id, {
    kind: FollowUpKind.JOINT_PROGRAM,
    title: 'Joint productivity training for SME managers',
    ownerOrganizationId: p.hostOrganization.id,
    dueDate: new Date(clock.now().getTime() + 120 * DAY).toISOString().slice(0, 10),
  });
  const thread = await cast.sending.em.findOneOrFail(Thread, { followUp: f.id });
  await postMessage(today.sending, thread.id, 'We can host the first session online; could you share the **training outline**?', null);
}

/** Met two months ago, recorded, reported, completed and on the showcase (demo-outcomes.ts). */
async function completedStory(em: EntityManager, clock: Clock, proposal: Proposal, hosts: string[]): Promise<void> {
  // Each step acts `days` ago, so the meeting was in the future when scheduled and past when held.
  const castAt = async (days: number) => (await castFor(em, { now: () => new Date(clock.now().getTime() - days * DAY) }, proposal, hosts[0]))!;
  if (!(await castFor(em, clock, proposal, hosts[0]))) return;
  const cast = await castAt(90);
  const p = await accepted(cast, proposal.id, hosts[0]);
  await plan(cast, p, { startsInDays: 30, modality: proposal.modality });
  await planningThread(cast, p);
  await movePairing(cast.sending, p.id, p.version, PairingAction.SCHEDULE);
  await recordOutcomes(castAt, p.id);
}

async function accepted(cast: Cast, proposalId: string, hostId: string): Promise<Pairing> {
  const invited = await createPairing(cast.sec, proposalId, hostId);
  return respondToHostInvitation(cast.host, invited.id, invited.version, true, null);
}

async function plan(cast: Cast, p: Pairing, o: { startsInDays: number; modality: Modality }): Promise<void> {
  const start = new Date(Math.ceil((cast.sec.clock.now().getTime() + o.startsInDays * DAY) / DAY) * DAY + 3 * 3_600_000);
  const at = (h: number) => new Date(start.getTime() + h * 3_600_000);
  const current = await cast.sending.em.findOneOrFail(MeetingPlan, { pairing: p.id });
  await updateMeetingPlan(cast.sending, p.id, current.version, {
    modality: o.modality,
    startsAt: start,
    endsAt: at(4),
    venue: o.modality === Modality.VIRTUAL ? null : 'Host NPO headquarters',
    onlineLink: o.modality === Modality.FACE_TO_FACE ? null : 'https://meet.example.org/bcn-demo',
    agenda: [
      { startsAt: start, endsAt: at(1), topic: 'Opening and introductions', presenter: 'Both NPOs' },
      { startsAt: at(1), endsAt: at(3), topic: 'Case studies from the host', presenter: 'Host NPO experts' },
      { startsAt: at(3), endsAt: at(4), topic: 'Next steps and follow-up ideas', presenter: 'Sending NPO' },
    ],
    delegates: [
      { name: 'Deputy Director General', title: 'Deputy Director General', organizationId: p.sendingOrganization.id, qualification: Qualification.HIGH_LEVEL_OFFICIAL },
      { name: 'Program Officer', title: 'Senior Program Officer', organizationId: p.sendingOrganization.id, qualification: Qualification.NPO_OFFICIAL },
      { name: 'Lead Consultant', title: 'Lead Consultant', organizationId: p.hostOrganization.id, qualification: Qualification.NPO_OFFICIAL },
    ],
  });
}

async function planningThread(cast: Cast, p: Pairing): Promise<void> {
  const t = await createThread(cast.sending, p.id, 'Agenda and delegates');
  const first = await postMessage(cast.sending, t.id, 'Thank you for hosting! We drafted a three-part agenda in the meeting plan. Does it suit you?', null);
  await postMessage(cast.host, t.id, `Looks good. We would like to add a site visit if the format allows. @${cast.sendingEmail}, can you confirm the delegates?`, first.id);
  await postMessage(cast.sending, t.id, `Confirmed: two delegates from our side. See you then, @${cast.hostEmail}.`, null);
}
