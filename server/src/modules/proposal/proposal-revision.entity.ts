// A snapshot of a proposal's fields at each submission; two revisions can be diffed.
import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { SubmittedRevision } from '../submitted-revision.entity.js';
import type { Proposal } from './proposal.entity.js';

@ObjectType('ProposalRevision', { description: 'What a proposal said at one submission.' })
@Entity()
@Unique({ properties: ['proposal', 'number'] })
export class ProposalRevision extends SubmittedRevision {
  @ManyToOne('Proposal', { ref: true, deleteRule: 'cascade' })
  proposal!: Ref<Proposal>;

  /** The submitted fields, by name (topic, objectives, modality, preferredHostIds …). */
  @Field(() => GraphQLJSONObject, { description: 'The submitted fields by name: topic, objectives, expectedOutcome, modality, periodStart, periodEnd, plannedParticipants, preferredHostIds.' })
  @Property({ type: 'jsonb' })
  fields!: Record<string, unknown>;
}
