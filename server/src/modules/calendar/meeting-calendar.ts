// A pairing's meeting as an iCalendar event (RFC 5545), with ical-generator. The meeting is
// stored in UTC; the event is written in the host's zone (DTSTART;TZID=<host zone>, given to
// ical-generator as a zoned luxon DateTime) with that zone's VTIMEZONE from
// timezones-ical-library, which calendars convert for every reader; the description gives it in
// both parties' zones. UID is stable per pairing; SEQUENCE is the plan's calendarSequence
// (raised when the time changes and on scheduling, rescheduling and cancelling), so that a
// calendar replaces the copy it holds. Delegates are the attendees; they have no e-mail address
// in BCN Hub, so each gets a reserved `.invalid` address (RFC 2606) that no calendar can invite.
import ical, { ICalAttendeeRole, ICalCalendar, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Organization } from '../organization/organization.entity.js';
import type { MeetingPlan } from '../pairing/meeting-plan.entity.js';
import { localTimesOf } from '../pairing/meeting-plan.service.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';

/** The VTIMEZONE block of an IANA zone; null (no block) for a zone the library does not know. */
export function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && typeof block[0] === 'string' && block[0].startsWith('BEGIN:VTIMEZONE') ? block[0] : null;
}

/**
 * The calendar names no zone of its own (an empty name): ical-generator then writes DTSTAMP and
 * LAST-MODIFIED in UTC with Z as RFC 5545 requires (with a calendar zone it writes them as local
 * times), while the generator still adds a VTIMEZONE for every zone an event uses.
 */
export function newCalendar(name: string): ICalCalendar {
  return ical({ name, prodId: { company: 'APO', product: 'BCN Hub' }, timezone: { name: '', generator: vtimezone } });
}

/** What an event needs: the pairing with its proposal and both organizations loaded, and its plan. */
export type Meeting = { pairing: Pairing; plan: MeetingPlan };

export const meetingUid = (pairingId: string): string => `bcn-pairing-${pairingId}@bcn-hub`;

function statusOf(p: Pairing): ICalEventStatus {
  if (p.status === PairingStatus.CANCELLED) return ICalEventStatus.CANCELLED;
  // Back to planning after a reschedule (or not yet scheduled): the time may still move.
  if (p.status === PairingStatus.PLANNING || p.status === PairingStatus.HOST_INVITED) return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

function descriptionOf({ pairing: p, plan }: Meeting, sending: Organization, host: Organization): string {
  const times = localTimesOf(plan, [sending, host]).map((t) => `${t.organization.acronym} (${t.timeZone}): ${t.startsAt} – ${t.endsAt}`);
  const agenda = plan.agenda.map((a) => `• ${a.startsAt.slice(11, 16)} UTC ${a.topic} (${a.presenter})`);
  const reason = p.statusReason ? [`${p.status}: ${p.statusReason}`] : [];
  return [`BCN pairing ${sending.acronym} → ${host.acronym}`, ...reason, '', ...times, ...(plan.onlineLink ? ['', `Online: ${plan.onlineLink}`] : []), ...(agenda.length ? ['', 'Agenda:', ...agenda] : [])].join('\n');
}

const inZone = (at: Date, zone: string): DateTime => DateTime.fromJSDate(at, { zone });

export function addMeeting(cal: ICalCalendar, meeting: Meeting, now: Date): void {
  const { pairing: p, plan } = meeting;
  const [sending, host] = [p.sendingOrganization.getEntity(), p.hostOrganization.getEntity()];
  cal.createEvent({
    id: meetingUid(p.id),
    sequence: plan.calendarSequence,
    // ical-generator writes a native Date in the server's own zone; a zoned luxon DateTime is written in its zone.
    start: inZone(plan.startsAt!, host.timeZone),
    end: inZone(plan.endsAt ?? plan.startsAt!, host.timeZone),
    timezone: host.timeZone,
    stamp: now,
    lastModified: plan.updatedAt > p.updatedAt ? plan.updatedAt : p.updatedAt,
    summary: `BCN: ${p.proposal.getEntity().topic} (${sending.acronym} → ${host.acronym})`,
    description: descriptionOf(meeting, sending, host),
    location: plan.venue ?? plan.onlineLink ?? null,
    url: plan.onlineLink ?? null,
    status: statusOf(p),
    attendees: plan.delegates.map((d, i) => ({
      name: `${d.name} (${d.organizationId === host.id ? host.acronym : sending.acronym})`,
      email: `delegate-${i + 1}.${p.id}@delegates.invalid`,
      role: ICalAttendeeRole.REQ,
      rsvp: false,
    })),
  });
}
