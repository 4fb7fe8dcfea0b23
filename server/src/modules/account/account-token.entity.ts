// A single-use link mailed for an account: an invitation to set a first password, or a password
// reset. Only the SHA-256 of the link's token is kept, written by the job that mints the token
// and sends the mail (account-token.ts says why). `usedAt` is set when the link is
// used, and also when a newer link of the same purpose replaces it.
import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { UuidEntity } from '../base.entity.js';
import { User } from '../user/user.entity.js';

export const AccountTokenPurpose = { INVITATION: 'INVITATION', PASSWORD_RESET: 'PASSWORD_RESET' } as const;
export type AccountTokenPurpose = (typeof AccountTokenPurpose)[keyof typeof AccountTokenPurpose];

@Entity()
@Index({ properties: ['user', 'purpose'] })
export class AccountToken extends UuidEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => Object.values(AccountTokenPurpose) })
  purpose!: AccountTokenPurpose;

  /** SHA-256 (hex) of the token in the mailed link; null until the mail is sent. */
  @Property({ type: 'string', unique: true, nullable: true })
  tokenHash?: string | null;

  /** When it was asked for (the injected clock): the reset throttle counts from here. */
  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  /** When its mail went out; until then each attempt of the job mints a new token. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null;
}
