// GraphQL shapes of a search: the kinds of object searched, one hit, its highlighted snippet
// and the per-kind counts.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/connection.type.js';
import { defineEnum, type EnumValue } from '../../shared/enum.js';

/** Each value names the object type of its hits (PROJECT_NOTIFICATION → ProjectNotification). */
export const SearchType = defineEnum(
  'SearchType',
  ['PROJECT_NOTIFICATION', 'PROPOSAL', 'PAIRING', 'MESSAGE', 'FOLLOW_UP_ACTIVITY', 'ORGANIZATION'],
  'What a search looks through; each value is the object type of its hits in capitals.',
);
export type SearchType = EnumValue<typeof SearchType>;

@ObjectType({ description: 'A piece of a snippet: plain text, highlighted when it matched the query. Render it as text (e.g. a highlighted piece in <mark>); it is never markup.' })
export class SnippetPart {
  @Field(() => String) text!: string;
  @Field(() => Boolean) highlighted!: boolean;
}

@ObjectType({ description: 'One object that matched, with what a results list shows and what a client needs to link to it.' })
export class SearchHit {
  @Field(() => SearchType) type!: SearchType;
  @Field(() => ID, { description: 'The id of the object of type `type` (a ProjectNotification, Proposal, Pairing, Message, FollowUpActivity or Organization).' })
  id!: string;
  @Field(() => String, { description: "The object's title: the call's or follow-up's title, the proposal's topic (for a pairing too), the thread's title for a message, the organization's name." })
  title!: string;
  @Field(() => [SnippetPart], { description: 'The best-matching passage or two, with the matched words highlighted.' })
  snippet!: SnippetPart[];
  @Field(() => Float, { description: 'Relevance (PostgreSQL ts_rank); hits come best first.' })
  rank!: number;
  @Field(() => ID, { nullable: true, description: 'The pairing whose workspace holds a message or follow-up activity.' })
  pairingId!: string | null;
  @Field(() => ID, { nullable: true, description: "A message's thread." })
  threadId!: string | null;
}

@ObjectType({ description: 'How many hits of one type the viewer may open.' })
export class SearchTypeCount {
  @Field(() => SearchType) type!: SearchType;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class SearchHitEdge {
  @Field(() => String) cursor!: string;
  @Field(() => SearchHit) node!: SearchHit;
}

@ObjectType({ description: 'Hits best first; `totalCount` and `counts` cover every page and only what the viewer may open.' })
export class SearchConnection {
  @Field(() => [SearchHitEdge]) edges!: SearchHitEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => [SearchTypeCount], { description: 'One entry per searched type, in the order of SearchType, zeros included.' })
  counts!: SearchTypeCount[];
}
