// GraphQL shapes around ApiToken: the one-time result of createApiToken and the connection.
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/connection.type.js';
import { ApiToken } from './api-token.entity.js';

@ObjectType({ description: 'The secret is shown only here, once; the server keeps only its hash.' })
export class CreatedApiToken {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`. Starts with `bct_`.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

export const ApiTokenConnection = ConnectionType(ApiToken, 'ApiToken');
