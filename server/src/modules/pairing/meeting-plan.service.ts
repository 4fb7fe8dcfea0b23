// Editing the meeting plan (both parties, while PLANNING; versioned) and showing its times in
// each party's own time zone.
import type { Context } from '../../context.js';
import { assertVersion, badInput, notFound } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import type { Organization } from '../organization/organization.entity.js';
import type { AgendaItem, Delegate } from './meeting-plan.entity.js';
import { MeetingPlan } from './meeting-plan.entity.js';
import { loadForWrite } from './pairing.commands.js';
import { PairingStatus } from './pairing.enums.js';
import { recordPartEvent } from './pairing.service.js';
import type { MeetingPlanInput } from './pairing.inputs.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

export async function updateMeetingPlan(ctx: Ctx, pairingId: string, version: number, input: MeetingPlanInput): Promise<MeetingPlan> {
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await loadForWrite(tx, ctx, pairingId, null);
    if (p.status !== PairingStatus.PLANNING) {
      throw badInput('status', `The meeting plan can only be changed while the pairing is PLANNING; it is ${p.status}.`, { status: p.status });
    }
    const plan = await tx.findOne(MeetingPlan, { pairing: p.id });
    if (!plan) throw notFound('Meeting plan');
    assertVersion('The meeting plan', plan.version, version);
    const sides = [p.sendingOrganization.id, p.hostOrganization.id];
    applyPlan(plan, input, sides);
    return recordPartEvent(tx, record, ctx.viewer, p, 'MeetingPlan', plan, () => ({
      type: 'PAIRING_MEETING_PLAN_UPDATED',
      payload: { meetingPlanId: plan.id, version: plan.version, pairingStatus: p.status, pairingVersion: p.version },
      summary: 'the meeting plan was changed',
    }));
  });
}

function applyPlan(plan: MeetingPlan, input: MeetingPlanInput, sides: string[]): void {
  const timeBefore = `${plan.startsAt?.getTime()}-${plan.endsAt?.getTime()}`;
  if (input.modality !== undefined) plan.modality = input.modality ?? undefined;
  if (input.startsAt !== undefined) plan.startsAt = input.startsAt ?? undefined;
  if (input.endsAt !== undefined) plan.endsAt = input.endsAt ?? undefined;
  if (`${plan.startsAt?.getTime()}-${plan.endsAt?.getTime()}` !== timeBefore) plan.calendarSequence += 1;
  if (plan.startsAt && plan.endsAt && plan.endsAt <= plan.startsAt) throw badInput('endsAt', 'The meeting must end after it starts.');
  if (input.venue !== undefined) plan.venue = input.venue?.trim() || undefined;
  if (input.onlineLink !== undefined) plan.onlineLink = input.onlineLink?.trim() || undefined;
  if (input.agenda !== undefined) plan.agenda = (input.agenda ?? []).map(toAgendaItem);
  if (input.delegates !== undefined) {
    plan.delegates = (input.delegates ?? []).map((d): Delegate => {
      if (!sides.includes(d.organizationId)) throw badInput('delegates', 'A delegate belongs to the sending or the hosting NPO.');
      return { name: d.name.trim(), title: d.title.trim(), organizationId: d.organizationId, qualification: d.qualification };
    });
  }
}

function toAgendaItem(a: { startsAt: Date; endsAt: Date; topic: string; presenter: string }): AgendaItem {
  if (a.endsAt <= a.startsAt) throw badInput('agenda', `The agenda item "${a.topic}" must end after it starts.`);
  return { startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), topic: a.topic.trim(), presenter: a.presenter.trim() };
}

/** A moment written in a zone, e.g. 2026-03-02T14:45:00+05:45, and that zone's offset then. */
export function inZone(at: Date, timeZone: string): { local: string; offset: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  // longOffset is "GMT+05:45", or plain "GMT" at UTC.
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return { local: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`, offset };
}

export type LocalTimes = { organization: Organization; timeZone: string; startsAt: string | null; endsAt: string | null; utcOffset: string };

export function localTimesOf(plan: MeetingPlan, orgs: Organization[]): LocalTimes[] {
  return orgs.map((org) => {
    const start = plan.startsAt ? inZone(plan.startsAt, org.timeZone) : null;
    const end = plan.endsAt ? inZone(plan.endsAt, org.timeZone) : null;
    return {
      organization: org,
      timeZone: org.timeZone,
      startsAt: start?.local ?? null,
      endsAt: end?.local ?? null,
      utcOffset: start?.offset ?? inZone(new Date(), org.timeZone).offset,
    };
  });
}
