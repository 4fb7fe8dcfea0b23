// Creating and editing proposal drafts. Each write runs in one transaction with its
// ActivityEvent and takes the version the client read (stale = CONFLICT).
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, forbidden, notFound, unauthenticated } from '../../errors.js';
import { runInTransaction } from '../../events/event-log.js';
import { isSecretariat, type Viewer } from '../auth/viewer.js';
import type { ProjectNotification } from '../notification/notification.entity.js';
import { NotificationStatus } from '../notification/notification.enums.js';
import { findNotificationForViewer } from '../notification/notification.service.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { Proposal } from './proposal.entity.js';
import { recordProposalEvent } from './proposal.events.js';
import type { CreateProposalInput, UpdateProposalInput } from './proposal.inputs.js';
import { canProposeFor } from './proposal.policy.js';
import { applyFields, loadForStep, setPreferredHosts, touch, withConflictVersion, type WriteCtx } from './proposal.write.js';

/** Proposals and revisions name a person as author, so an API token cannot make them. */
export function personOf(viewer: Viewer | null): string {
  if (!viewer) throw unauthenticated();
  if (!viewer.userId) throw forbidden('Only a signed-in person can do this; an API token cannot.');
  return viewer.userId;
}

export async function createProposal(ctx: WriteCtx, input: CreateProposalInput): Promise<Proposal> {
  const viewer = ctx.viewer!;
  const userId = personOf(viewer);
  return runInTransaction(ctx.em, async (tx, record) => {
    const notification = await openNotification(tx, viewer, input.notificationId);
    const sending = await sendingOrganizationFor(tx, viewer, input.sendingOrganizationId ?? null);
    await assertParticipating(tx, notification, sending);
    const p = tx.create(Proposal, {
      notification,
      sendingOrganization: sending,
      proposedBy: userId,
      proposedBySecretariat: isSecretariat(viewer),
      topic: input.topic,
      modality: input.modality,
    });
    applyFields(p, input);
    await setPreferredHosts(tx, p, input.preferredHostIds ?? []);
    const alert = isSecretariat(viewer) ? `The APO Secretariat drafted the proposal "${p.topic}" on your behalf.` : undefined;
    await recordProposalEvent(tx, record, viewer.userId, p, 'PROPOSAL_CREATED', { alert });
    return p;
  });
}

export async function updateProposal(ctx: WriteCtx, id: string, version: number, input: UpdateProposalInput): Promise<Proposal> {
  const viewer = ctx.viewer!;
  return withConflictVersion(ctx, id, () =>
    runInTransaction(ctx.em, async (tx, record) => {
      const p = await loadForStep(tx, viewer, id, version, 'proposer', 'edit');
      applyFields(p, input);
      if (input.preferredHostIds != null) await setPreferredHosts(tx, p, input.preferredHostIds);
      touch(p, ctx.clock.now());
      await recordProposalEvent(tx, record, viewer.userId, p, 'PROPOSAL_UPDATED');
      return p;
    }),
  );
}

async function openNotification(tx: EntityManager, viewer: Viewer, id: string): Promise<ProjectNotification> {
  const n = await findNotificationForViewer(tx, viewer, id);
  if (!n) throw notFound('Project notification');
  if (n.status !== NotificationStatus.PUBLISHED) {
    throw badInput('notificationId', `Proposals can only be made under a PUBLISHED notification; ${n.projectCode} is ${n.status}.`);
  }
  return n;
}

async function sendingOrganizationFor(tx: EntityManager, viewer: Viewer, requested: string | null): Promise<Organization> {
  if (!isSecretariat(viewer)) {
    if (requested && requested !== viewer.organizationId) throw forbidden('You may only propose for your own organization.');
    return tx.findOneOrFail(Organization, { id: viewer.organizationId });
  }
  if (!requested) throw badInput('sendingOrganizationId', 'Name the sending NPO you propose for.');
  const org = isUuid(requested) && canProposeFor(viewer, requested) ? await tx.findOne(Organization, { id: requested }) : null;
  if (!org) throw badInput('sendingOrganizationId', 'No organization has this id.');
  if (org.kind !== OrganizationKind.NPO) throw badInput('sendingOrganizationId', 'Only an NPO can be the sending organization.');
  return org;
}

/** A call open to some economies only takes proposals from their NPOs. */
async function assertParticipating(tx: EntityManager, n: ProjectNotification, sending: Organization): Promise<void> {
  if (n.participatingAllMembers || n.participatingEconomies.length === 0) return;
  const economy = sending.economy ? await sending.economy.load() : null;
  if (!economy || !n.participatingEconomies.includes(economy.code)) {
    throw badInput('sendingOrganizationId', `${sending.acronym}'s economy does not take part in ${n.projectCode}.`);
  }
}
