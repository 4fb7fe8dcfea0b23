// Reading attachments as a given viewer. A file is seen by exactly who sees its target (the
// target's own finder, through attachment.policy); lists hang off a target the viewer already
// sees, and are loaded for every target of a page in one statement (loaders/batch.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { batchOf } from '../../loaders/batch.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import { Attachment, AttachmentStatus, targetOf, type TargetKind } from './attachment.entity.js';
import { findTargetForViewer } from './attachment.policy.js';

const COLUMN: Record<TargetKind, `${TargetKind}Id`> = {
  proposal: 'proposalId',
  pairing: 'pairingId',
  message: 'messageId',
  followUp: 'followUpId',
  meetingRecord: 'meetingRecordId',
};

/** The attached file, or null when it does not exist, is not attached yet, or this viewer may not see its target. */
export async function findAttachmentForViewer(em: EntityManager, viewer: Viewer | null, id: string): Promise<Attachment | null> {
  if (!isUuid(id)) return null;
  const a = await em.findOne(Attachment, { id, status: AttachmentStatus.ATTACHED });
  const target = a && targetOf(a);
  return target && (await findTargetForViewer(em, viewer, target)) ? a : null;
}

/** The files of a target the caller has already shown the viewer may see, oldest first; batched per request. */
export function attachmentsOf(scope: object, em: EntityManager, kind: TargetKind, targetId: string): Promise<Attachment[]> {
  const column = COLUMN[kind];
  const batch = batchOf<string, Attachment[]>(
    scope,
    `attachments:${kind}`,
    async (ids) => {
      const rows = await em.find(Attachment, { [column]: { $in: ids }, status: AttachmentStatus.ATTACHED }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      const byTarget = new Map<string, Attachment[]>();
      for (const a of rows) {
        const key = a[column]!;
        byTarget.set(key, [...(byTarget.get(key) ?? []), a]);
      }
      return byTarget;
    },
    () => [],
  );
  return batch.get(targetId);
}

/** Where a file is downloaded: absolute when the request's origin is known. */
export const downloadPath = (a: Pick<Attachment, 'id'>): string => `/files/${a.id}`;
