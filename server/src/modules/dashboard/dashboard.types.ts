// The Secretariat's dashboard: counts across the whole program, and what `dashboardChanged` pushes.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Economy } from '../economy/economy.entity.js';
import { ApplicationRound } from '../notification/round.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { ProposalStatus } from '../proposal/proposal.enums.js';

/** `{ status, count }` for one workflow's status enum: one object type per workflow, same shape. */
function StatusCount<S extends string>(Status: Record<string, S>, name: string) {
  @ObjectType(name)
  class Count {
    @Field(() => Status) status!: S;
    @Field(() => Int) count!: number;
  }
  return Count;
}

export const ProposalStatusCount = StatusCount(ProposalStatus, 'ProposalStatusCount');
export type ProposalStatusCount = InstanceType<typeof ProposalStatusCount>;
export const PairingStatusCount = StatusCount(PairingStatus, 'PairingStatusCount');
export type PairingStatusCount = InstanceType<typeof PairingStatusCount>;

@ObjectType({ description: 'What the NPO of one economy is doing in the program.' })
export class EconomyActivity {
  @Field(() => Economy) economy!: Economy;
  @Field(() => Int, { description: 'Proposals its NPO sends (any status but DRAFT).' }) proposals!: number;
  @Field(() => Int, { description: 'Pairings in which its NPO is the sending side.' }) pairingsSending!: number;
  @Field(() => Int, { description: 'Pairings in which its NPO is the host.' }) pairingsHosting!: number;
}

@ObjectType({ description: 'An application round that closes within the next six weeks.' })
export class RoundClosingSoon {
  @Field(() => ApplicationRound) round!: ApplicationRound;
  @Field(() => ID) notificationId!: string;
  @Field(() => String) notificationTitle!: string;
  @Field(() => Int, { description: 'Proposals submitted in this round so far.' }) submittedProposals!: number;
}

@ObjectType()
export class Dashboard {
  @Field(() => [ProposalStatusCount], { description: 'Every status, zeros included.' }) proposalsByStatus!: ProposalStatusCount[];
  @Field(() => [PairingStatusCount], { description: 'Every status, zeros included.' }) pairingsByStatus!: PairingStatusCount[];
  @Field(() => [EconomyActivity], { description: 'Every active economy, by name.' }) economies!: EconomyActivity[];
  @Field(() => [RoundClosingSoon], { description: 'Soonest first.' }) roundsClosingSoon!: RoundClosingSoon[];
  @Field(() => String, { nullable: true, description: 'The last event these counts include: subscribe to dashboardChanged with it as `after`.' }) cursor!: string | null;
  @Field(() => Date) generatedAt!: Date;
}
