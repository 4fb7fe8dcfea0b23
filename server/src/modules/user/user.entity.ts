// A person at one organization. Email is unique case-insensitively (stored lower-cased).
import { Entity, Enum, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { CreatedEntity, Flag, ShortText, IndexedRef } from '../base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const Role = defineEnum('Role', ['SECRETARIAT', 'NPO_ADMIN', 'NPO_MEMBER']);
export type Role = EnumValue<typeof Role>;

@ObjectType()
@Entity({ tableName: 'app_user' })
export class User extends CreatedEntity {
  @Field(() => String)
  @Property({ type: 'string', unique: true })
  email!: string;

  @ShortText() name!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @IndexedRef(() => Organization)
  organization!: Ref<Organization>;

  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  @Flag(true) active: Opt<boolean> = true;

  /** Invited and not yet joined: no password of their own yet, so they cannot sign in (modules/account). */
  @Property({ type: 'boolean', default: false, hidden: true })
  invitationPending: Opt<boolean> = false;
}
