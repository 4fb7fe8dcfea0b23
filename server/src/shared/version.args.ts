// The arguments of a change to one versioned object: its id and the version the client read
// (versions start at 1; a stale one is a CONFLICT).
import { Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class VersionedIdArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  @Min(1)
  version!: number;
}
