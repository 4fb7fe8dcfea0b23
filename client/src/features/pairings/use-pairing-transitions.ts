// The mutations that move a pairing, behind one busy flag and one error.
import { useMutation } from '@apollo/client/react';
import type { PairingFieldsFragment } from '../../gql/graphql';
import { CancelMutation, CompleteMutation, HeldMutation, RescheduleMutation, RespondMutation, ScheduleMutation, StartFollowUpMutation } from './pairings.documents';

/** A step that asks for a reason first. */
export type ReasonStep = 'decline' | 'cancel' | 'reschedule';

export function usePairingTransitions(p: PairingFieldsFragment) {
  const [respond, r] = useMutation(RespondMutation);
  const [schedule, s] = useMutation(ScheduleMutation);
  const [held, h] = useMutation(HeldMutation);
  const [followUp, f] = useMutation(StartFollowUpMutation);
  const [complete, c] = useMutation(CompleteMutation);
  const [cancel, x] = useMutation(CancelMutation);
  const [reschedule, rs] = useMutation(RescheduleMutation);
  const states = [r, s, h, f, c, x, rs];
  const vars = { pairingId: p.id, version: p.version };
  // Errors are shown from the mutation state; the rejected promise has nothing more to say.
  const run = (fn: () => Promise<unknown>) => void fn().catch(() => {});
  return {
    busy: states.some((m) => m.loading),
    error: states.find((m) => m.error)?.error,
    run,
    accept: () => run(() => respond({ variables: { ...vars, accept: true } })),
    schedule: () => run(() => schedule({ variables: vars })),
    held: () => run(() => held({ variables: vars })),
    startFollowUp: () => run(() => followUp({ variables: vars })),
    complete: () => run(() => complete({ variables: vars })),
    /** The steps that need a reason; resolves once saved. */
    withReason: async (step: ReasonStep, reason: string) => {
      if (step === 'decline') await respond({ variables: { ...vars, accept: false, reason } });
      else if (step === 'cancel') await cancel({ variables: { ...vars, reason } });
      else await reschedule({ variables: { input: { ...vars, reason } } });
    },
  };
}
