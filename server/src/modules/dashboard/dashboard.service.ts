// Counts for the Secretariat's dashboard, each one grouped query, read in one snapshot
// (REPEATABLE READ) so that the counts and the cursor agree with each other.
import type { EntityManager } from '@mikro-orm/postgresql';
import { IsolationLevel } from '@mikro-orm/core';
import type { Clock } from '../../clock.js';
import { latestEventId } from '../../events/index.js';
import { Economy } from '../economy/economy.entity.js';
import { ApplicationRound } from '../notification/round.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { ProposalStatus } from '../proposal/proposal.enums.js';
import type { Dashboard, EconomyActivity, RoundClosingSoon } from './dashboard.types.js';

/** Six weeks: a demo call seeded today has its first round closing just past 30 days. */
export const CLOSING_SOON_DAYS = 42;

type Count = { key: string; n: number };

export async function buildDashboard(em: EntityManager, clock: Clock): Promise<Dashboard> {
  return em.transactional(
    async (tx) => {
      const sql = (q: string, params: unknown[] = []) => tx.getConnection().execute<Array<Record<string, unknown>>>(q, params, 'all', tx.getTransactionContext());
      const [proposals, pairings, economies, rounds, cursor] = await Promise.all([
        sql(`select status as key, count(*)::int as n from proposal group by status`),
        sql(`select status as key, count(*)::int as n from pairing group by status`),
        economyActivity(tx, sql),
        roundsClosingSoon(tx, sql, clock),
        latestEventId(tx),
      ]);
      return {
        proposalsByStatus: allOf(Object.values(ProposalStatus), proposals as Count[]).map(([status, count]) => ({ status, count })),
        pairingsByStatus: allOf(Object.values(PairingStatus), pairings as Count[]).map(([status, count]) => ({ status, count })),
        economies,
        roundsClosingSoon: rounds,
        cursor,
        generatedAt: clock.now(),
      };
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}

function allOf<K extends string>(keys: K[], counts: Count[]): Array<[K, number]> {
  const byKey = new Map(counts.map((c) => [c.key, Number(c.n)]));
  return keys.map((k) => [k, byKey.get(k) ?? 0]);
}

type Sql = (q: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;

async function economyActivity(em: EntityManager, sql: Sql): Promise<EconomyActivity[]> {
  const [economies, rows] = await Promise.all([
    em.find(Economy, { active: true }, { orderBy: { name: 'asc' } }),
    sql(
      `select o.economy_id as economy_id,
         (select count(*) from proposal p where p.sending_organization_id = o.id and p.status <> 'DRAFT')::int as proposals,
         (select count(*) from pairing g where g.sending_organization_id = o.id)::int as sending,
         (select count(*) from pairing g where g.host_organization_id = o.id)::int as hosting
       from organization o where o.economy_id is not null`,
    ),
  ]);
  const totals = new Map<string, { proposals: number; sending: number; hosting: number }>();
  for (const r of rows) {
    const t = totals.get(r.economy_id as string) ?? { proposals: 0, sending: 0, hosting: 0 };
    t.proposals += Number(r.proposals);
    t.sending += Number(r.sending);
    t.hosting += Number(r.hosting);
    totals.set(r.economy_id as string, t);
  }
  return economies.map((economy) => {
    const t = totals.get(economy.id);
    return { economy, proposals: t?.proposals ?? 0, pairingsSending: t?.sending ?? 0, pairingsHosting: t?.hosting ?? 0 };
  });
}

async function roundsClosingSoon(em: EntityManager, sql: Sql, clock: Clock): Promise<RoundClosingSoon[]> {
  const now = clock.now();
  const until = new Date(now.getTime() + CLOSING_SOON_DAYS * 86_400_000);
  const rounds = await em.find(ApplicationRound, { closesAt: { $gte: now, $lte: until } }, { orderBy: { closesAt: 'asc' }, populate: ['notification'] });
  if (rounds.length === 0) return [];
  const counts = await sql(
    `select round_id as key, count(*)::int as n from proposal where round_id = any(?::uuid[]) and status <> 'DRAFT' group by round_id`,
    [`{${rounds.map((r) => r.id).join(',')}}`],
  );
  const byRound = new Map(counts.map((c) => [c.key as string, Number(c.n)]));
  return rounds.map((round) => ({
    round,
    notificationId: round.notification.id,
    notificationTitle: round.notification.getEntity().title,
    submittedProposals: byRound.get(round.id) ?? 0,
  }));
}
