// A proposal's ranked preferred host NPO (rank 1 = first choice).
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organization/organization.entity.js';
import type { Proposal } from './proposal.entity.js';

@Entity()
@Unique({ properties: ['proposal', 'organization'] })
export class ProposalPreferredHost {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Proposal', { ref: true, deleteRule: 'cascade' })
  proposal!: Ref<Proposal>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'integer' })
  rank!: number;
}
