// A person at one organization. Email is unique case-insensitively (stored lower-cased).
import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CreatedEntity, Flag, ShortText } from '../base.entity.js';
import { Organization } from '../organization/organization.entity.js';

export enum Role {
  SECRETARIAT = 'SECRETARIAT',
  NPO_ADMIN = 'NPO_ADMIN',
  NPO_MEMBER = 'NPO_MEMBER',
}
registerEnumType(Role, { name: 'Role' });

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

  @Index()
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  @Flag(true) active: Opt<boolean> = true;
}
