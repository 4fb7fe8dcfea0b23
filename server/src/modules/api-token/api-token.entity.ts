// A credential for an external tool: acts for its organization, narrowed by its scopes.
import { Entity, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { CreatedEntity, OptionalTimestamp, ShortText, IndexedRef } from '../base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const ApiScope = defineEnum('ApiScope', ['READ', 'WRITE']);
export type ApiScope = EnumValue<typeof ApiScope>;

@ObjectType()
@Entity()
export class ApiToken extends CreatedEntity {
  @ShortText() name!: string;

  @Field(() => [ApiScope])
  @Property({ type: 'text[]' })
  scopes: Opt<ApiScope[]> = [ApiScope.READ];

  @IndexedRef(() => Organization)
  organization!: Ref<Organization>;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Property({ type: 'string', unique: true, hidden: true })
  tokenHash!: string;

  @OptionalTimestamp() lastUsedAt?: Date;
  @OptionalTimestamp() expiresAt?: Date;
  @OptionalTimestamp() revokedAt?: Date;
}
