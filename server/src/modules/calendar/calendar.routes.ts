// GET /calendar/pairings/<id>.ics: one pairing's meeting, for those who may see the pairing
// (the credential as for the GraphQL endpoint: `readerOf`; NOT_FOUND for anyone else).
// GET /calendar/feeds/<secret>.ics: every scheduled meeting of the feed's organization (all for
// the Secretariat); the secret is the credential, a revoked or unknown one is NOT_FOUND.
import { Router, type Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../errors.js';
import { streamPages } from '../../shared/page-stream.js';
import { paginate } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { MeetingPlan } from '../pairing/meeting-plan.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { pairingsWhere } from '../pairing/pairing.service.js';
import type { ReaderOf } from '../export/export.types.js';
import { findLiveFeed } from './calendar-feed.service.js';
import { meetingIcs, pairingMeeting } from './calendar.service.js';
import { feedViewer } from './calendar-feed.policy.js';
import { addMeeting, newCalendar, type Meeting } from './meeting-calendar.js';
import type { Clock } from '../../clock.js';

const ICS = /^(.+)\.ics$/;

/** A feed lists meetings that were scheduled: confirmed, held, followed up, and cancelled ones (so that calendars drop them). */
const FEED_STATUSES = [PairingStatus.MEETING_SCHEDULED, PairingStatus.MEETING_HELD, PairingStatus.FOLLOW_UP, PairingStatus.COMPLETED, PairingStatus.CANCELLED];

export const feedUrl = (origin: string, secret: string): string => `${origin}/calendar/feeds/${secret}.ics`;

function sendIcs(res: Response, body: string, download: string | null): void {
  res.status(200).set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-store' });
  if (download) res.set('Content-Disposition', `attachment; filename="${download}"`);
  res.send(body);
}

/** Every meeting the feed's viewer may see in FEED_STATUSES, a page at a time. */
function feedMeetings(em: EntityManager, viewer: Viewer): AsyncIterable<Meeting> {
  const where = { startsAt: { $ne: null }, pairing: { $and: [pairingsWhere(viewer, {}), { status: { $in: FEED_STATUSES } }] } };
  const populate = ['pairing', 'pairing.proposal', 'pairing.sendingOrganization', 'pairing.hostOrganization'];
  return streamPages(
    (page) => paginate(em, MeetingPlan, where as never, page, [], { populate: populate as never, count: false }),
    (plans) => plans.map((plan) => ({ pairing: plan.pairing, plan })),
  );
}

export function calendarRoutes(readerOf: ReaderOf, deps: { em: () => EntityManager; clock: Clock }): Router {
  const router = Router();
  router.get('/calendar/pairings/:file', async (req, res, next) => {
    try {
      const id = ICS.exec(req.params.file)?.[1];
      if (!id) throw notFound('Calendar');
      const ctx = await readerOf(req, res);
      const meeting = await pairingMeeting(ctx.em, ctx.viewer, id);
      sendIcs(res, meetingIcs(meeting, ctx.clock.now()), `bcn-meeting-${id}.ics`);
    } catch (e) {
      next(e);
    }
  });
  router.get('/calendar/feeds/:file', async (req, res, next) => {
    try {
      const secret = ICS.exec(req.params.file)?.[1];
      const em = deps.em();
      const feed = secret ? await findLiveFeed(em, secret) : null;
      if (!feed) throw notFound('Calendar feed');
      const org = feed.organization.getEntity();
      const cal = newCalendar(`BCN Hub: ${org.acronym} meetings`);
      for await (const meeting of feedMeetings(em, feedViewer(org))) addMeeting(cal, meeting, deps.clock.now());
      sendIcs(res, cal.toString(), null);
    } catch (e) {
      next(e);
    }
  });
  return router;
}
