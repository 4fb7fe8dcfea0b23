// Converts between a proposal as the server returns it and the form's values / mutation input.
import type { ProposalFieldsFragment } from '../../gql/graphql';
import type { ProposalValues } from './components/ProposalForm';

export function toValues(p: ProposalFieldsFragment): ProposalValues {
  return {
    topic: p.topic,
    objectives: p.objectives,
    expectedOutcome: p.expectedOutcome,
    modality: p.modality,
    periodStart: p.periodStart ?? '',
    periodEnd: p.periodEnd ?? '',
    plannedParticipants: p.plannedParticipants.map((x) => ({ name: x.name, title: x.title ?? '', qualification: x.qualification })),
    preferredHostIds: p.preferredHosts.map((h) => h.organization.id),
  };
}

export function toInput(v: ProposalValues) {
  return {
    topic: v.topic,
    objectives: v.objectives,
    expectedOutcome: v.expectedOutcome,
    modality: v.modality as ProposalFieldsFragment['modality'],
    periodStart: v.periodStart || null,
    periodEnd: v.periodEnd || null,
    plannedParticipants: v.plannedParticipants.map((p) => ({ name: p.name, title: p.title || null, qualification: p.qualification as ProposalFieldsFragment['plannedParticipants'][number]['qualification'] })),
    preferredHostIds: v.preferredHostIds,
  };
}
