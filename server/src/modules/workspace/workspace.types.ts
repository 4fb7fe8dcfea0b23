// GraphQL shapes of threads and messages that are not entities of their own.
import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/connection.type.js';
import { Message } from './message.entity.js';
import { Thread } from './thread.entity.js';

export const ThreadConnection = ConnectionType(Thread, 'Thread');
export const MessageConnection = ConnectionType(Message, 'Message');

@ObjectType({ description: 'How many people reacted to a message with one emoji.' })
export class ReactionSummary {
  @Field(() => String) emoji!: string;
  @Field(() => Int) count!: number;
  @Field(() => Boolean, { description: 'Whether you are one of them.' }) reactedByMe!: boolean;
}
