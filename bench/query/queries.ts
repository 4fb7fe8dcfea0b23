// The benchmark's read queries, once in BCN Hub's schema and once in PostGraphile's generated
// schema. PostGraphile's documents use aliases so that both answers have the same shape; the
// order is the same (newest proposals first, pairings/threads/messages oldest first, ties by id).
export type QueryName = 'Q1' | 'Q2' | 'Q3';
export type Doc = { query: string; variables: Record<string, unknown> };

const ORG = '{ id name acronym }';

export function bcnQuery(q: QueryName, vars: { first: number; pairingId?: string }): Doc {
  switch (q) {
    case 'Q1':
      return {
        query: `query Q1($first: Int!) { proposals(first: $first) { pageInfo { hasNextPage } edges { node {
          id topic status createdAt sendingOrganization ${ORG} economy { id code name }
          notification { id projectCode title } round { id ordinal closesOn }
          pairings { id status createdAt hostOrganization ${ORG} } } } } }`,
        variables: { first: vars.first },
      };
    case 'Q2':
      return {
        query: `query Q2($id: ID!, $first: Int!) { pairing(id: $id) { id status hostOrganization ${ORG}
          threads(first: 5) { edges { node { id title createdAt
            messages(first: $first) { pageInfo { hasNextPage } edges { node { id body createdAt author { id name email } } } } } } } } }`,
        variables: { id: vars.pairingId, first: vars.first },
      };
    case 'Q3':
      return { query: '{ economies { id code name joinedYear active } }', variables: {} };
  }
}

export function postgraphileQuery(q: QueryName, vars: { first: number; pairingId?: string }): Doc {
  switch (q) {
    case 'Q1':
      return {
        query: `query Q1($first: Int!) { proposals: allProposals(first: $first, orderBy: [CREATED_AT_DESC, ID_ASC]) { pageInfo { hasNextPage } edges { node {
          id topic status createdAt sendingOrganization: organizationBySendingOrganizationId ${ORG} economy { id code name }
          notification: projectNotificationByNotificationId { id projectCode title } round: applicationRoundByRoundId { id ordinal closesOn }
          pairings: pairingsByProposalIdList(orderBy: [CREATED_AT_ASC, ID_ASC]) { id status createdAt hostOrganization: organizationByHostOrganizationId ${ORG} } } } } }`,
        variables: { first: vars.first },
      };
    case 'Q2':
      return {
        query: `query Q2($id: UUID!, $first: Int!) { pairing: pairingById(id: $id) { id status hostOrganization: organizationByHostOrganizationId ${ORG}
          threads: threadsByPairingId(first: 5, condition: { followUpId: null }, orderBy: [CREATED_AT_ASC, ID_ASC]) { edges { node { id title createdAt
            messages: messagesByThreadId(first: $first, orderBy: [CREATED_AT_ASC, ID_ASC]) { pageInfo { hasNextPage } edges { node {
              id body createdAt author: appUserByAuthorId { id name email } } } } } } } } }`,
        variables: { id: vars.pairingId, first: vars.first },
      };
    case 'Q3':
      return { query: '{ economies: allEconomiesList(orderBy: [NAME_ASC, ID_ASC]) { id code name joinedYear active } }', variables: {} };
  }
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Same data, same shape: timestamps compared as instants (PostgreSQL gives microseconds and an offset). */
export function normalize(value: unknown): unknown {
  if (typeof value === 'string' && TIMESTAMP.test(value)) return new Date(value).toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

/** The path of the first difference, or null when equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (Object.is(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
