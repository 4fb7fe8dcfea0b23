// One small helper for every workflow's state machine (notification, proposal, pairing,
// follow-up): a table of actions, each with the states it may start from and the state it
// leads to. Commands ask it for the next state (a wrong state is BAD_USER_INPUT naming the
// states the action is allowed from); queries ask it which actions are open now.
import { badInput } from './errors.js';

export type Transition<S extends string> = { readonly from: readonly S[]; readonly to: S };

export type StateMachine<S extends string, A extends string> = {
  readonly transitions: Readonly<Record<A, Transition<S>>>;
  /** True when `action` may start from `from`. */
  can(from: S, action: A): boolean;
  /** The state after `action`, or BAD_USER_INPUT (field `status`). */
  next(from: S, action: A): S;
  /** The actions open from `from`, in the table's order. */
  actionsFrom(from: S): A[];
};

/**
 * `what` names the thing in messages ("pairing"); `verb` words an action for them, e.g.
 * "be approved"; by default "become <target state>".
 */
export function stateMachine<S extends string, A extends string>(
  what: string,
  transitions: Record<A, Transition<S>>,
  verb: (action: A, to: S) => string = (_a, to) => `become ${to}`,
): StateMachine<S, A> {
  const actions = Object.keys(transitions) as A[];
  const can = (from: S, action: A) => transitions[action].from.includes(from);
  return {
    transitions,
    can,
    next(from, action) {
      const t = transitions[action];
      if (can(from, action)) return t.to;
      throw badInput('status', `A ${from} ${what} cannot ${verb(action, t.to)}; only a ${t.from.join(' or ')} one can.`, { status: from });
    },
    actionsFrom: (from) => actions.filter((a) => can(from, a)),
  };
}
