// Host suggestions for a proposal: the proposal's preferred hosts first (in their rank), then
// the other NPOs by how many of their expertise topics the proposal's topic touches. The
// sending NPO, inactive economies and NPOs that already declined this proposal are left out.
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../errors.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { Proposal } from '../proposal/proposal.entity.js';
import { Pairing } from './pairing.entity.js';
import { PairingStatus } from './pairing.enums.js';

export type Suggestion = { organization: Organization; preferredRank: number | null; matchingTopics: string[]; score: number };

const STOP_WORDS = new Set(['and', 'the', 'for', 'of', 'in', 'on', 'with', 'to', 'a', 'an', 'through', 'via', 'its', 'their']);

/** Significant lower-case words, with a crude plural fold (SMEs → sme, systems → system). */
export function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)));
}

/** Expertise topics that share a significant word with the proposal's topic. */
export function matchingTopics(topic: string, expertise: string[]): string[] {
  const words = wordsOf(topic);
  return expertise.filter((t) => [...wordsOf(t)].some((w) => words.has(w)));
}

export async function pairingSuggestions(em: EntityManager, proposalId: string): Promise<Suggestion[]> {
  const proposal = isUuid(proposalId) ? await em.findOne(Proposal, { id: proposalId }, { populate: ['preferredHosts'] }) : null;
  if (!proposal) throw notFound('Proposal');
  const declined = new Set(
    (await em.find(Pairing, { proposal: proposal.id, status: PairingStatus.HOST_DECLINED })).map((p) => p.hostOrganization.id),
  );
  const ranks = new Map(proposal.preferredHosts.getItems().map((h) => [h.organization.id, h.rank]));
  const npos = await em.find(Organization, { kind: OrganizationKind.NPO, economy: { active: true } }, { orderBy: { name: 'asc' } });
  const suggestions = npos
    .filter((o) => o.id !== proposal.sendingOrganization.id && !declined.has(o.id))
    .map((o) => {
      const topics = matchingTopics(proposal.topic, o.expertiseTopics);
      return { organization: o, preferredRank: ranks.get(o.id) ?? null, matchingTopics: topics, score: topics.length };
    });
  return suggestions.sort(
    (a, b) =>
      (a.preferredRank ?? Infinity) - (b.preferredRank ?? Infinity) ||
      b.score - a.score ||
      a.organization.name.localeCompare(b.organization.name),
  );
}
