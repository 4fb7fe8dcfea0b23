// What a revision stores and how two revisions are compared. A revision's `fields` hold the
// proposal's submitted content under stable names (the same the client labels); the diff
// lists the fields whose values differ, in that order, with the stored JSON values.
import type { Proposal } from './proposal.entity.js';
import type { ProposalFieldChange } from './proposal.types.js';

export const REVISION_FIELDS = [
  'topic',
  'objectives',
  'expectedOutcome',
  'modality',
  'periodStart',
  'periodEnd',
  'plannedParticipants',
  'preferredHostIds',
] as const;

/** The proposal's content now; preferred hosts must be loaded (ids in rank order). */
export function snapshotOf(p: Proposal): Record<string, unknown> {
  const hosts = [...p.preferredHosts.getItems()].sort((a, b) => a.rank - b.rank);
  return {
    topic: p.topic,
    objectives: p.objectives,
    expectedOutcome: p.expectedOutcome,
    modality: p.modality,
    periodStart: p.periodStart ?? null,
    periodEnd: p.periodEnd ?? null,
    plannedParticipants: p.plannedParticipants.map((x) => ({ name: x.name, title: x.title ?? null, qualification: x.qualification })),
    preferredHostIds: hosts.map((h) => h.organization.id),
  };
}

/** Field by field; a field missing from a revision counts as null. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): ProposalFieldChange[] {
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !(REVISION_FIELDS as readonly string[]).includes(k));
  const changes: ProposalFieldChange[] = [];
  for (const field of [...REVISION_FIELDS, ...extra.sort()]) {
    const a = before[field] ?? null;
    const b = after[field] ?? null;
    if (canonical(a) !== canonical(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the key order it was given. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
