// The search statement. One part per searched type, each selecting the rows the viewer may
// open (search.policy.ts) whose English or simple vector matches, with a title, the text to cut
// the snippet from and the rank; the parts are joined with UNION ALL into `hits`, which is then
// either counted per type or ranked and paged (the snippet is cut only for the page's rows).
// Parameters are bound, never spliced in: the viewer row, then the two tsqueries of `q`.
import { VIEWER_ROW, callVisible, pairingVisible, proposalVisible } from './search.policy.js';
import type { SearchType } from './search.types.js';

type Part = {
  /** Tables after `from q, v`. */
  from: string;
  where: string;
  id: string;
  title: string;
  /** The text the snippet is cut from; it starts with the title so that a title match shows highlighted. */
  body: string;
  en: string;
  simple: string;
  pairingId?: string;
  threadId?: string;
};

/** A pairing is found by its proposal's title and its organizations' names, acronyms and economy codes (the A-weighted lexemes). */
const pairingVector = (column: string) =>
  `ts_filter(pr.${column}, '{a}') || ts_filter(so.${column}, '{a}') || ts_filter(ho.${column}, '{a}')`;

const PARTS: Record<SearchType, Part> = {
  PROJECT_NOTIFICATION: {
    from: 'project_notification n',
    where: callVisible('n'),
    id: 'n.id',
    title: 'n.title',
    body: `concat_ws(' · ', n.title, n.project_code, n.objectives, n.rationale, n.topics, n.outcome, search_join(n.background))`,
    en: 'n.search_en',
    simple: 'n.search_simple',
  },
  PROPOSAL: {
    from: 'proposal p',
    where: proposalVisible('p'),
    id: 'p.id',
    title: 'p.topic',
    body: `concat_ws(' · ', p.topic, p.objectives, p.expected_outcome)`,
    en: 'p.search_en',
    simple: 'p.search_simple',
  },
  PAIRING: {
    from: `pairing pa join proposal pr on pr.id = pa.proposal_id
      join organization so on so.id = pa.sending_organization_id left join economy se on se.id = so.economy_id
      join organization ho on ho.id = pa.host_organization_id left join economy he on he.id = ho.economy_id`,
    where: pairingVisible('pa'),
    id: 'pa.id',
    title: 'pr.topic',
    body: `concat_ws(' · ', pr.topic, so.name || ' (' || so.acronym || ', ' || se.code || ')', ho.name || ' (' || ho.acronym || ', ' || he.code || ')')`,
    en: `(${pairingVector('search_en')})`,
    simple: `(${pairingVector('search_simple')} || to_tsvector('simple', concat_ws(' ', se.code, he.code)))`,
  },
  MESSAGE: {
    from: 'message m join thread t on t.id = m.thread_id join pairing pa on pa.id = t.pairing_id',
    where: `m.deleted_at is null and ${pairingVisible('pa')}`,
    id: 'm.id',
    title: 't.title',
    body: 'm.body',
    en: 'm.search_en',
    simple: 'm.search_simple',
    pairingId: 'pa.id',
    threadId: 't.id',
  },
  FOLLOW_UP_ACTIVITY: {
    from: 'follow_up_activity f join pairing pa on pa.id = f.pairing_id',
    where: pairingVisible('pa'),
    id: 'f.id',
    title: 'f.title',
    body: 'f.title',
    en: 'f.search_en',
    simple: 'f.search_simple',
    pairingId: 'pa.id',
  },
  ORGANIZATION: {
    // Everyone, anonymous visitors too, may read organizations (DESIGN.md); found by economy too.
    from: 'organization o left join economy e on e.id = o.economy_id',
    where: 'true',
    id: 'o.id',
    title: 'o.name',
    body: `concat_ws(' · ', o.name, o.acronym, e.name, e.code, search_join(o.expertise_topics))`,
    en: `(o.search_en || to_tsvector('english', coalesce(e.name, '')))`,
    simple: `(o.search_simple || to_tsvector('simple', concat_ws(' ', e.code, e.name)))`,
  },
};

function partSql(type: SearchType): string {
  const p = PARTS[type];
  return `select '${type}'::text as type, ${p.id} as id, ${p.title}::text as title, ${p.body} as body,
      ${p.pairingId ?? 'null::uuid'} as pairing_id, ${p.threadId ?? 'null::uuid'} as thread_id,
      greatest(ts_rank(${p.en}, q.en), ts_rank(${p.simple}, q.simple)) as rank, ${p.en} @@ q.en as by_en
    from q, v, ${p.from}
    where (${p.en} @@ q.en or ${p.simple} @@ q.simple) and ${p.where}`;
}

/**
 * `v` (the viewer), `q` (the English and simple queries; no row when the text has no word to
 * look for, e.g. only stop words, operators or exclusions) and `hits`. Parameters: the three of
 * the viewer row, then the query text twice.
 */
export function hitsCte(types: readonly SearchType[]): string {
  return `with v as (${VIEWER_ROW}),
  q as (
    select en, simple from (select websearch_to_tsquery('english', ?) as en, websearch_to_tsquery('simple', ?) as simple) x
    where querytree(en) not in ('', 'T')
  ),
  hits as (${types.map(partSql).join('\n  union all\n  ')})`;
}

export const COUNT_SQL = 'select type, count(*)::int as count from hits group by type';

/** Parameters after the CTE's: the snippet options, the markers to strip from the text, limit, offset. */
export const PAGE_SQL = `select h.type, h.id, h.title, h.pairing_id, h.thread_id, h.rank,
    case when h.by_en then ts_headline('english', translate(h.body, ?, ''), q.en, ?)
         else ts_headline('simple', translate(h.body, ?, ''), q.simple, ?) end as snippet
  from (select * from hits order by rank desc, type, id limit ? offset ?) h, q
  order by h.rank desc, h.type, h.id`;
