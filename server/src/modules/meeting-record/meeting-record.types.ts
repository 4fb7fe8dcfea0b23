// GraphQL shapes of a meeting record that are not entities: a participant and a session.
import { Field, ObjectType } from 'type-graphql';
import { Qualification } from '../proposal/proposal.enums.js';

@ObjectType('RecordParticipant', { description: 'A person who actually took part in the meeting, for one of the two NPOs.' })
export class RecordParticipantType {
  @Field(() => String) name!: string;
  @Field(() => String) title!: string;
  /** Resolved to `organization` (RecordParticipantResolver). */
  organizationId!: string;
  @Field(() => Qualification) qualification!: Qualification;
}

@ObjectType('RecordSession', { description: 'A session held at the meeting, in meeting order.' })
export class RecordSessionType {
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
}
