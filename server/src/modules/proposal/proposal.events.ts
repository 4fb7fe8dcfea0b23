// The ActivityEvent of every proposal change: audience = the sending NPO + the host of each
// pairing of the proposal (the Secretariat sees all events anyway); decisions by the
// Secretariat also land in the sending NPO's users' inboxes, and (re)submissions in the
// Secretariat's, who must review them.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RecordEvent } from '../../events/event-log.js';
import { recipientsIn } from '../inbox/inbox.service.js';
import { secretariatOrgIds } from '../organization/organization.service.js';
import type { Proposal } from './proposal.entity.js';
import { proposalAudience } from './proposal.service.js';

export type ProposalEventType =
  | 'PROPOSAL_CREATED'
  | 'PROPOSAL_UPDATED'
  | 'PROPOSAL_SUBMITTED'
  | 'PROPOSAL_WITHDRAWN'
  | 'PROPOSAL_REVIEW_STARTED'
  | 'PROPOSAL_CHANGES_REQUESTED'
  | 'PROPOSAL_APPROVED'
  | 'PROPOSAL_REJECTED';

/** Flushes first, so that the payload carries the version after the change. */
export async function recordProposalEvent(
  tx: EntityManager,
  record: RecordEvent,
  actorId: string | null,
  p: Proposal,
  type: ProposalEventType,
  opts: { alert?: string; secretariatAlert?: string; extra?: Record<string, unknown> } = {},
): Promise<void> {
  await tx.flush();
  const inbox = [
    ...(opts.alert ? await alertsTo(tx, [p.sendingOrganization.id], actorId, opts.alert) : []),
    ...(opts.secretariatAlert ? await alertsTo(tx, await secretariatOrgIds(tx), actorId, opts.secretariatAlert) : []),
  ];
  record({
    type,
    subjectType: 'Proposal',
    subjectId: p.id,
    actorId,
    audienceOrgIds: await proposalAudience(tx, p),
    payload: {
      proposalId: p.id,
      notificationId: p.notification.id,
      sendingOrganizationId: p.sendingOrganization.id,
      status: p.status,
      version: p.version,
      ...opts.extra,
    },
    inbox: inbox.length ? inbox : undefined,
  });
}

async function alertsTo(tx: EntityManager, orgIds: string[], actorId: string | null, summary: string) {
  return (await recipientsIn(tx, orgIds, actorId)).map((userId) => ({ userId, kind: 'PROPOSAL_CHANGED', summary }));
}
