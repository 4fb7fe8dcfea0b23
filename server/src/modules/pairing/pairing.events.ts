// The ActivityEvent of every change inside a pairing workspace, with its inbox alerts. The
// audience is always the pairing's two NPOs (the Secretariat sees every event anyway); the
// payload always carries `pairingId`, plus `status` and `version` of the subject.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RecordEvent } from '../../events/event-log.js';
import type { Viewer } from '../auth/viewer.js';
import { recipientsIn } from '../inbox/inbox.service.js';
import type { Pairing } from './pairing.entity.js';

/** Whose inboxes get an alert; the acting person never alerts themself. */
export type Alert = {
  kind: 'INVITED_TO_HOST' | 'PAIRING_CHANGED' | 'MENTION';
  /** Every active user of these organizations … */
  orgIds?: string[];
  /** … or exactly these users (e.g. the people mentioned in a message). */
  userIds?: string[];
  summary: string;
  /** False when the summary already says where it happened (mentions name their thread). */
  labelled?: boolean;
};

export type PairingEvent = {
  type: string;
  subjectType?: string;
  subjectId?: string;
  payload?: Record<string, unknown>;
  /** Default: the side that did not act gets a PAIRING_CHANGED alert with `summary`. */
  alerts?: Alert[];
  /** What happened, for the inbox list, e.g. "the host accepted the invitation". */
  summary?: string;
};

export const audienceOf = (p: Pairing): string[] => [p.sendingOrganization.id, p.hostOrganization.id];

/** The organizations on the other side of the actor; both sides when the Secretariat acts. */
export function otherSideOf(p: Pairing, viewer: Viewer | null): string[] {
  if (viewer?.organizationId === p.sendingOrganization.id) return [p.hostOrganization.id];
  if (viewer?.organizationId === p.hostOrganization.id) return [p.sendingOrganization.id];
  return audienceOf(p);
}

export async function recordPairingEvent(tx: EntityManager, record: RecordEvent, viewer: Viewer | null, p: Pairing, e: PairingEvent): Promise<void> {
  await tx.flush();
  const alerts = e.alerts ?? [{ kind: 'PAIRING_CHANGED', orgIds: otherSideOf(p, viewer), summary: e.summary ?? e.type }];
  const label = await labelOf(p);
  const inbox: Array<{ userId: string; kind: string; summary: string }> = [];
  const seen = new Set<string>(viewer?.userId ? [viewer.userId] : []);
  for (const a of alerts) {
    const users = a.userIds ?? (await recipientsIn(tx, a.orgIds ?? []));
    for (const userId of users) {
      if (seen.has(userId)) continue;
      seen.add(userId);
      inbox.push({ userId, kind: a.kind, summary: a.labelled === false ? a.summary : `${label}: ${a.summary}` });
    }
  }
  record({
    type: e.type,
    subjectType: e.subjectType ?? 'Pairing',
    subjectId: e.subjectId ?? p.id,
    actorId: viewer?.userId ?? null,
    audienceOrgIds: audienceOf(p),
    // `status` and `version` are the subject's: the pairing's, unless the caller names another subject's.
    payload: { pairingId: p.id, ...(e.subjectType && e.subjectType !== 'Pairing' ? {} : { status: p.status, version: p.version }), ...e.payload },
    inbox,
  });
}

/** "NPEDC → JPC", for inbox summaries. */
export async function labelOf(p: Pairing): Promise<string> {
  const [s, h] = await Promise.all([p.sendingOrganization.load(), p.hostOrganization.load()]);
  return `${s?.acronym ?? '?'} → ${h?.acronym ?? '?'}`;
}
