// The GraphQL face of an ActivityEvent: what the activity query lists and what every
// subscription carries. `cursor` is the event id, the value subscriptions take as `after`.
import { Field, ID, ObjectType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/connection.type.js';

@ObjectType('ActivityEvent', { description: 'One change, from the append-only event log.' })
export class ActivityEventNode {
  @Field(() => String, { description: 'Pass it as `after` to resume from this event.' }) cursor!: string;
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'e.g. PROPOSAL_SUBMITTED, MESSAGE_POSTED.' }) type!: string;
  @Field(() => String, { description: 'Proposal, Pairing, Thread, Message, ProjectNotification, User …' }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => JSONResolver, { description: 'Small, carries ids: status, version, proposalId, pairingId, threadId, messageId …' }) payload!: Record<string, unknown>;
  @Field(() => Date) createdAt!: Date;

  actorId!: string | null;
}

export type EventLike = {
  id: string;
  type: string;
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
};

export function toActivityEventNode(e: EventLike): ActivityEventNode {
  return Object.assign(new ActivityEventNode(), {
    cursor: e.id,
    id: e.id,
    type: e.type,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    payload: e.payload,
    createdAt: e.createdAt,
    actorId: e.actorId,
  });
}

export const ActivityEventConnection = ConnectionType(ActivityEventNode, 'ActivityEvent');
