// Full-text search across the program (issue 18): checks the text, runs the statement of
// search.sql.ts (visibility inside it), and turns ts_headline's output into snippet parts.
// Pages are by offset in the ranked list: a rank has no stable key to resume from, and a search
// is read a page or two deep, not walked through.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../errors.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import { pageSize } from '../../shared/pagination.js';
import { rawSql } from '../../db/raw-sql.js';
import type { Viewer } from '../auth/viewer.js';
import { viewerParams } from './search.policy.js';
import { COUNT_SQL, PAGE_SQL, hitsCte } from './search.sql.js';
import { SearchType, type SearchConnection, type SearchHit, type SnippetPart } from './search.types.js';

export const MAX_QUERY_LENGTH = 200;
/** Deeper than anyone reads a result list; keeps OFFSET cheap. */
const MAX_OFFSET = 1_000;

/** ts_headline's highlight markers: private-use characters, removed from the text beforehand, so they cannot be forged. */
const START = '\uE000';
const STOP = '\uE001';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

export type SearchRequest = { query: string; types?: SearchType[] | null; first?: number | null; after?: string | null };

/** The text to search for, or BAD_USER_INPUT: empty, blank or longer than MAX_QUERY_LENGTH. */
export function searchText(query: string): string {
  // Control characters (NUL among them, which PostgreSQL text cannot hold) and the markers count as spaces.
  const text = query.replace(/[\p{Cc}\uE000\uE001]/gu, ' ').trim();
  if (!text) throw badInput('query', 'Type a word, a "phrase" or a code to search for.');
  if (text.length > MAX_QUERY_LENGTH) {
    throw badInput('query', `A search is at most ${MAX_QUERY_LENGTH} characters; this one has ${text.length}.`, { limit: MAX_QUERY_LENGTH, length: text.length });
  }
  return text;
}

function searchedTypes(types: SearchType[] | null | undefined): SearchType[] {
  if (!types) return Object.values(SearchType);
  if (types.length === 0) throw badInput('types', 'Name at least one type to search, or leave types out to search them all.');
  return Object.values(SearchType).filter((t) => types.includes(t));
}

function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const [offset] = decodeCursor(after, ['int']) as [number];
  if (offset < 1 || offset > MAX_OFFSET) throw badInput('after', 'after is not a cursor returned by this list.');
  return offset;
}

type HitRow = { type: SearchType; id: string; title: string; pairing_id: string | null; thread_id: string | null; rank: number; snippet: string };

export async function search(em: EntityManager, viewer: Viewer | null, req: SearchRequest): Promise<SearchConnection> {
  const text = searchText(req.query);
  const types = searchedTypes(req.types);
  const limit = pageSize(req.first);
  const offset = offsetOf(req.after);
  const cte = hitsCte(types);
  const params = [...viewerParams(viewer), text, text];
  const [counted, rows] = await Promise.all([
    rawSql<Array<{ type: SearchType; count: number }>>(em, `${cte}\n${COUNT_SQL}`, params),
    rawSql<HitRow[]>(em, `${cte}\n${PAGE_SQL}`, [...params, START + STOP, HEADLINE, START + STOP, HEADLINE, limit, offset]),
  ]);
  const counts = types.map((type) => ({ type, count: counted.find((c) => c.type === type)?.count ?? 0 }));
  const totalCount = counts.reduce((sum, c) => sum + c.count, 0);
  const edges = rows.map((row, i) => ({ cursor: encodeCursor([offset + i + 1]), node: toHit(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: offset + rows.length < Math.min(totalCount, MAX_OFFSET), endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
    counts,
  };
}

function toHit(row: HitRow): SearchHit {
  return { type: row.type, id: row.id, title: row.title, rank: Number(row.rank), pairingId: row.pairing_id, threadId: row.thread_id, snippet: snippetParts(row.snippet) };
}

/** "a \uE000lean\uE001 plan" → [a ][lean, highlighted][ plan]. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of headline.split(START).entries()) {
    const [marked, rest] = i === 0 ? [null, piece] : splitOnce(piece, STOP);
    if (marked) parts.push({ text: marked, highlighted: true });
    if (rest) parts.push({ text: rest, highlighted: false });
  }
  return parts;
}

function splitOnce(piece: string, marker: string): [string, string] {
  const at = piece.indexOf(marker);
  return at < 0 ? [piece, ''] : [piece.slice(0, at), piece.slice(at + marker.length)];
}
