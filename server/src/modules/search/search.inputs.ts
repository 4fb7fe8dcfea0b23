import { ArgsType, Field } from 'type-graphql';
import { PageArgsType } from '../../shared/page.args.js';
import { SearchType } from './search.types.js';

@ArgsType()
export class SearchArgs extends PageArgsType {
  @Field(() => String, {
    description: 'Words as in a web search engine: "a phrase" in quotes, -word to exclude, or between alternatives; names and codes such as 25-SN-03-GE-BCN-C match as typed. 1 to 200 characters.',
  })
  query!: string;

  @Field(() => [SearchType], { nullable: true, description: 'Only these types; all when omitted.' })
  types?: SearchType[] | null;
}
