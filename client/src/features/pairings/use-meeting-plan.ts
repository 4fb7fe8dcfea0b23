// Editing the meeting plan: the editor's state, and saves that merge field by field with what the
// other side saved meanwhile (use-merging-save).
import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { MeetingPlanFieldsFragment, PairingFieldsFragment } from '../../gql/graphql';
import { useMergingSave } from '../../ui/use-merging-save';
import { PairingQuery, UpdatePlanMutation } from './pairings.documents';
import type { PlanValues } from './components/plan-values';

export function planValues(plan: MeetingPlanFieldsFragment, fallbackModality: string): PlanValues {
  return {
    modality: plan.modality ?? fallbackModality,
    startsAt: plan.startsAt ?? null,
    endsAt: plan.endsAt ?? null,
    venue: plan.venue ?? '',
    onlineLink: plan.onlineLink ?? '',
    agenda: plan.agenda.map((a) => ({ startsAt: a.startsAt, endsAt: a.endsAt, topic: a.topic, presenter: a.presenter })),
    delegates: plan.delegates.map((d) => ({ name: d.name, title: d.title, organizationId: d.organization.id, qualification: d.qualification })),
  };
}

const toInput = (v: PlanValues) => ({
  modality: v.modality as never,
  startsAt: v.startsAt, endsAt: v.endsAt,
  venue: v.venue || null, onlineLink: v.onlineLink || null,
  agenda: v.agenda, delegates: v.delegates.map((d) => ({ ...d, qualification: d.qualification as never })),
});

export function useMeetingPlanEditor(p: PairingFieldsFragment) {
  const client = useApolloClient();
  const [editing, setEditing] = useState<{ start: PlanValues; key: number } | null>(null);
  const [update, { loading, error, reset }] = useMutation(UpdatePlanMutation);
  const plan = p.meetingPlan;
  const modality = plan?.modality ?? p.proposal.modality;
  const merging = useMergingSave<PlanValues>({
    save: (v, version) => update({ variables: { pairingId: p.id, version, input: toInput(v) } }),
    loadSaved: async () => {
      const fresh = await client.query({ query: PairingQuery, variables: { id: p.id }, fetchPolicy: 'network-only' }).catch(() => null);
      const saved = fresh?.data?.pairing.meetingPlan;
      return saved ? { values: planValues(saved, modality), version: saved.version } : null;
    },
  });
  const closeWhenSaved = (saved: boolean) => { if (saved) setEditing(null); };
  const begin = () => {
    if (!plan) return;
    const start = planValues(plan, modality);
    merging.begin({ values: start, version: plan.version });
    reset();
    setEditing({ start, key: Date.now() });
  };
  const submit = (v: PlanValues) => void merging.submit(v).then(closeWhenSaved, () => {});
  const resolve = (v: PlanValues) => {
    setEditing({ start: v, key: Date.now() }); // the form shows the merge if the save is refused
    void merging.resolve(v).then(closeWhenSaved, () => {});
  };
  return { modality, editing, merging, loading, error, begin, submit, resolve, close: () => setEditing(null) };
}
