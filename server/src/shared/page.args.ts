import { ArgsType, Field, Int } from 'type-graphql';
import { ListOrder } from './list-order.js';

@ArgsType()
export class PageArgsType {
  @Field(() => Int, { nullable: true, description: 'At most 100; 20 when omitted.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

/** A page of a list that clients may sort (see list-order.ts; omitted: the list's own order). */
@ArgsType()
export class OrderedPageArgsType extends PageArgsType {
  @Field(() => ListOrder, { nullable: true, description: 'Omitted: the order the list describes.' })
  orderBy?: ListOrder | null;
}
