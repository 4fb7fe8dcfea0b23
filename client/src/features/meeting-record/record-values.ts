// The meeting record as its editor holds it (plain values that merge field by field), and the
// mutation input made from them.
import type { MeetingRecordFieldsFragment, MeetingRecordInput } from '../../gql/graphql';

export type Participant = { name: string; title: string; organizationId: string; qualification: string };
export type Session = { title: string; summary: string };
export type RecordValues = {
  heldFrom: string;
  heldTo: string;
  modality: string;
  participants: Participant[];
  sessions: Session[];
  keyLearnings: string;
  followUpIds: string[];
};
/** One of the two NPOs, for the participant's organization. */
export type Side = { label: string; organizationId: string };

export const RECORD_LABELS: Record<keyof RecordValues, string> = {
  heldFrom: 'First day', heldTo: 'Last day', modality: 'Modality', participants: 'Participants', sessions: 'Sessions', keyLearnings: 'Key learnings', followUpIds: 'Follow-ups agreed',
};

export function recordValues(r: MeetingRecordFieldsFragment): RecordValues {
  return {
    heldFrom: r.heldFrom ?? '',
    heldTo: r.heldTo ?? '',
    modality: r.modality ?? '',
    participants: r.participants.map((p) => ({ name: p.name, title: p.title, organizationId: p.organization.id, qualification: p.qualification })),
    sessions: r.sessions.map((s) => ({ title: s.title, summary: s.summary })),
    keyLearnings: r.keyLearnings ?? '',
    followUpIds: r.followUps.map((f) => f.id),
  };
}

export const toRecordInput = (v: RecordValues): MeetingRecordInput => ({
  heldFrom: v.heldFrom || null,
  heldTo: v.heldTo || null,
  modality: (v.modality || null) as MeetingRecordInput['modality'],
  participants: v.participants.map((p) => ({ ...p, qualification: p.qualification as never })),
  sessions: v.sessions,
  keyLearnings: v.keyLearnings || null,
  followUpIds: v.followUpIds,
});
