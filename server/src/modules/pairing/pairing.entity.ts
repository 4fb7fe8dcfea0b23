// A sending NPO paired with a hosting NPO for an approved proposal: the private workspace.
import { Entity, Enum, Index, ManyToOne, OneToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organization/organization.entity.js';
import { Proposal } from '../proposal/proposal.entity.js';
import { PairingStatus } from './pairing.enums.js';
import type { MeetingPlan } from './meeting-plan.entity.js';

@Entity()
export class Pairing {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Proposal, { ref: true })
  proposal!: Ref<Proposal>;

  @Index()
  @ManyToOne(() => Organization, { ref: true })
  sendingOrganization!: Ref<Organization>;

  @Index()
  @ManyToOne(() => Organization, { ref: true })
  hostOrganization!: Ref<Organization>;

  @Index()
  @Enum({ items: () => PairingStatus, default: PairingStatus.HOST_INVITED })
  status: Opt<PairingStatus> = PairingStatus.HOST_INVITED;

  /** The host's reason for declining, or the reason for cancelling. */
  @Property({ type: 'text', nullable: true })
  statusReason?: string;

  @OneToOne('MeetingPlan', (p: MeetingPlan) => p.pairing, { nullable: true })
  meetingPlan?: MeetingPlan;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
