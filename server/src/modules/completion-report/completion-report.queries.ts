// Reading completion reports: one pairing's (as its viewer may see it), several pairings' at once
// for lists, and a report's revisions with their fields.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import { getPairing } from '../pairing/pairing.service.js';
import { CompletionReport, CompletionReportRevision } from './completion-report.entity.js';

/** The report of a pairing the viewer may see (else NOT_FOUND); null before the meeting is held. */
export async function completionReportOf(em: EntityManager, viewer: Viewer | null, pairingId: string): Promise<CompletionReport | null> {
  const p = await getPairing(em, viewer, pairingId);
  return em.findOne(CompletionReport, { pairing: p.id });
}

/** Reports by pairing id, for pairings already shown to the viewer. */
export async function reportsOfPairings(em: EntityManager, pairingIds: string[]): Promise<Map<string, CompletionReport>> {
  const rows = await em.find(CompletionReport, { pairing: { $in: pairingIds } });
  return new Map(rows.map((r) => [r.pairing.id, r]));
}

export function revisionsOf(em: EntityManager, reportId: string): Promise<CompletionReportRevision[]> {
  return em.find(CompletionReportRevision, { report: reportId }, { orderBy: { number: 'asc' } });
}
