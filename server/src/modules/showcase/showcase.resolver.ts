// GraphQL for the showcase: the public list, the summary and consent mutations, the entry's
// fields (consents only for the pair and the Secretariat) and `Pairing.showcaseEntry`.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { batchOf } from '../../loaders/batch.js';
import { toConnection } from '../../shared/connection.type.js';
import { Economy } from '../economy/economy.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { maySeePairing } from '../pairing/pairing.policy.js';
import { ShowcaseEntry } from './showcase.entity.js';
import { ShowcaseConsent } from './showcase.enums.js';
import { ShowcaseArgs, ShowcaseConsentArgs, ShowcaseSummaryInput } from './showcase.inputs.js';
import { isPublic, mayReadConsents } from './showcase.policy.js';
import { listShowcase, setShowcaseConsent, updateShowcaseSummary } from './showcase.service.js';
import { ShowcaseConnection } from './showcase.types.js';

const pairingOf = (e: ShowcaseEntry) => e.pairing.loadOrFail();
const orgOf = async (e: ShowcaseEntry, side: 'sendingOrganization' | 'hostOrganization') => (await pairingOf(e))[side].loadOrFail();

@Resolver(() => ShowcaseEntry)
export class ShowcaseResolver {
  @Query(() => ShowcaseConnection, {
    description: 'Completed pairings both NPOs agreed to show, newest completion first: to signed-in users when both consent, to anyone when both chose PUBLIC.',
  })
  async showcase(@Args(() => ShowcaseArgs) args: ShowcaseArgs, @Ctx() ctx: Context) {
    return toConnection(await listShowcase(ctx.em, ctx.viewer, args.filter ?? {}, args));
  }

  @Authorized()
  @Mutation(() => ShowcaseEntry, { description: "Either party, once the pairing is COMPLETED. A changed text clears both sides' consents." })
  updateShowcaseSummary(
    @Arg('pairingId', () => ID) pairingId: string,
    @Arg('version', () => Int, { nullable: true, description: "The entry's version you read; null when the pairing has no summary yet. A stale one is a CONFLICT." }) version: number | null,
    @Arg('input', () => ShowcaseSummaryInput) input: ShowcaseSummaryInput,
    @Ctx() ctx: Context,
  ) {
    return updateShowcaseSummary(ctx, pairingId, version ?? null, input);
  }

  @Authorized()
  @Mutation(() => ShowcaseEntry, { description: "An NPO administrator sets their own side's consent; NONE takes the entry off the showcase at once." })
  setShowcaseConsent(@Args(() => ShowcaseConsentArgs) a: ShowcaseConsentArgs, @Ctx() ctx: Context) {
    return setShowcaseConsent(ctx, a.pairingId, a.version, a.consent);
  }

  @FieldResolver(() => String, { description: "The pairing's topic (its proposal's)." })
  async title(@Root() e: ShowcaseEntry): Promise<string> {
    return (await (await pairingOf(e)).proposal.loadOrFail()).topic;
  }

  @FieldResolver(() => Organization)
  sendingOrganization(@Root() e: ShowcaseEntry): Promise<Organization> {
    return orgOf(e, 'sendingOrganization');
  }

  @FieldResolver(() => Organization)
  hostOrganization(@Root() e: ShowcaseEntry): Promise<Organization> {
    return orgOf(e, 'hostOrganization');
  }

  @FieldResolver(() => Economy)
  async sendingEconomy(@Root() e: ShowcaseEntry): Promise<Economy> {
    return (await orgOf(e, 'sendingOrganization')).economy!.loadOrFail();
  }

  @FieldResolver(() => Economy)
  async hostEconomy(@Root() e: ShowcaseEntry): Promise<Economy> {
    return (await orgOf(e, 'hostOrganization')).economy!.loadOrFail();
  }

  @FieldResolver(() => Boolean, { description: 'Shown to anyone, signed in or not: both NPOs chose PUBLIC.' })
  public(@Root() e: ShowcaseEntry): boolean {
    return isPublic(e);
  }

  @FieldResolver(() => Boolean, { description: 'On the showcase: the pairing is COMPLETED and both NPOs consented.' })
  async listed(@Root() e: ShowcaseEntry): Promise<boolean> {
    const none = e.sendingConsent === ShowcaseConsent.NONE || e.hostConsent === ShowcaseConsent.NONE;
    return !none && (await pairingOf(e)).status === PairingStatus.COMPLETED;
  }

  @FieldResolver(() => ShowcaseConsent, { nullable: true, description: "The sending NPO's consent; null unless you are of the pair or the Secretariat." })
  async sendingConsent(@Root() e: ShowcaseEntry, @Ctx() ctx: Context): Promise<ShowcaseConsent | null> {
    return mayReadConsents(ctx.viewer, await pairingOf(e)) ? e.sendingConsent : null;
  }

  @FieldResolver(() => ShowcaseConsent, { nullable: true, description: "The host NPO's consent; null unless you are of the pair or the Secretariat." })
  async hostConsent(@Root() e: ShowcaseEntry, @Ctx() ctx: Context): Promise<ShowcaseConsent | null> {
    return mayReadConsents(ctx.viewer, await pairingOf(e)) ? e.hostConsent : null;
  }
}

/** `Pairing.showcaseEntry`: the pair's own summary with its consents, listed or not. */
@Resolver(() => Pairing)
export class PairingShowcaseResolver {
  @FieldResolver(() => ShowcaseEntry, { nullable: true, description: 'The showcase summary, once either side wrote one (COMPLETED pairings).' })
  showcaseEntry(@Root() p: Pairing, @Ctx() ctx: Context): Promise<ShowcaseEntry | null> {
    if (!maySeePairing(ctx.viewer, p)) return Promise.resolve(null);
    // One statement for every pairing of a list.
    const batch = batchOf(ctx, 'Pairing.showcaseEntry', async (ids: string[]) => {
      const rows = await ctx.em.find(ShowcaseEntry, { pairing: { $in: ids } });
      return new Map(rows.map((r) => [r.pairing.id, r]));
    }, () => null);
    return batch.get(p.id);
  }
}
