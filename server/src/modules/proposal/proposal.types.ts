// GraphQL shapes of the proposal feature that are not entities of their own.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/connection.type.js';
import { Proposal } from './proposal.entity.js';
import { Qualification } from './proposal.enums.js';

@ObjectType('PlannedParticipant', { description: 'Someone the sending NPO plans to send.' })
export class PlannedParticipantType {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Qualification)
  qualification!: Qualification;
}

@ObjectType('ProposalFieldChange', {
  description:
    'One field that differs between two revisions. `before` and `after` are the values as the revisions store them ' +
    '(JSON: strings, null, arrays such as plannedParticipants or preferredHostIds); null when the revision lacks the field.',
})
export class ProposalFieldChange {
  @Field(() => String, { description: 'topic, objectives, expectedOutcome, modality, periodStart, periodEnd, plannedParticipants or preferredHostIds.' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;
}

export const ProposalConnection = ConnectionType(Proposal, 'Proposal');
