// GraphQL shapes of a pairing workspace that are not entities of their own.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/connection.type.js';
import { Organization } from '../organization/organization.entity.js';
import { Qualification } from '../proposal/proposal.enums.js';
import { Pairing } from './pairing.entity.js';

export const PairingConnection = ConnectionType(Pairing, 'Pairing');

@ObjectType('AgendaItem', { description: 'One slot of the agenda, in meeting order.' })
export class AgendaItemType {
  @Field(() => Date, { description: 'UTC.' }) startsAt!: Date;
  @Field(() => Date, { description: 'UTC.' }) endsAt!: Date;
  @Field(() => String) topic!: string;
  @Field(() => String) presenter!: string;
}

@ObjectType('Delegate', { description: 'A person taking part in the meeting for one of the two NPOs.' })
export class DelegateType {
  @Field(() => String) name!: string;
  @Field(() => String) title!: string;
  organizationId!: string;
  @Field(() => Qualification) qualification!: Qualification;
}

@ObjectType({ description: "The meeting's start and end in one party's own time zone." })
export class MeetingLocalTimes {
  @Field(() => Organization) organization!: Organization;
  @Field(() => String, { description: 'IANA zone, e.g. Asia/Kathmandu.' }) timeZone!: string;
  @Field(() => String, { nullable: true, description: 'Local ISO time with offset, e.g. 2026-03-02T14:45:00+05:45.' }) startsAt!: string | null;
  @Field(() => String, { nullable: true }) endsAt!: string | null;
  @Field(() => String, { description: 'e.g. +05:45 (at the start, or now when no start is set).' }) utcOffset!: string;
}

@ObjectType({ description: 'A candidate host NPO for a proposal, best first.' })
export class PairingSuggestion {
  @Field(() => Organization) organization!: Organization;
  @Field(() => Int, { nullable: true, description: "Rank among the proposal's preferred hosts; null when not preferred." }) preferredRank!: number | null;
  @Field(() => [String], { description: "The NPO's expertise topics that the proposal's topic touches." }) matchingTopics!: string[];
  @Field(() => Float) score!: number;
}
