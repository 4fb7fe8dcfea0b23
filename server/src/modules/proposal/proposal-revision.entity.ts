// A snapshot of a proposal's fields at each submission; two revisions can be diffed.
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../user/user.entity.js';
import type { Proposal } from './proposal.entity.js';

@Entity()
@Unique({ properties: ['proposal', 'number'] })
export class ProposalRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Proposal', { ref: true, deleteRule: 'cascade' })
  proposal!: Ref<Proposal>;

  @Property({ type: 'integer' })
  number!: number;

  /** The submitted fields, by name (topic, objectives, modality, preferredHostIds …). */
  @Property({ type: 'jsonb' })
  fields!: Record<string, unknown>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
