// One pairing's meeting as other features use it: read for a viewer (NOT_FOUND for those who may
// not see the pairing, or when it has no time yet), and as an .ics file (the calendar route's
// download, the meeting reminder's attachment), built by meeting-calendar.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../errors.js';
import type { Viewer } from '../auth/viewer.js';
import { MeetingPlan } from '../pairing/meeting-plan.entity.js';
import { findPairingForViewer } from '../pairing/pairing.service.js';
import { addMeeting, newCalendar, type Meeting } from './meeting-calendar.js';

export async function pairingMeeting(em: EntityManager, viewer: Viewer, id: string): Promise<Meeting> {
  const pairing = await findPairingForViewer(em, viewer, id, ['proposal', 'sendingOrganization', 'hostOrganization']);
  if (!pairing) throw notFound('Pairing');
  const plan = await em.findOne(MeetingPlan, { pairing: pairing.id });
  if (!plan?.startsAt) throw notFound('Meeting time of this pairing');
  return { pairing, plan };
}

/** The meeting of one pairing as an iCalendar file. */
export function meetingIcs(meeting: Meeting, now: Date): string {
  const cal = newCalendar('BCN Hub meeting');
  addMeeting(cal, meeting, now);
  return cal.toString();
}
