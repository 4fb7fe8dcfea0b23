// A signed-in session: the bearer token is random and only its SHA-256 is stored.
import { Entity, Property, type Ref } from '@mikro-orm/core';
import { CreatedEntity, IndexedRef } from '../base.entity.js';
import { User } from '../user/user.entity.js';

@Entity()
export class Session extends CreatedEntity {
  @IndexedRef(() => User)
  user!: Ref<User>;

  @Property({ type: 'string', unique: true })
  tokenHash!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
