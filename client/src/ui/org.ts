// How an organization is named on screen: two NPOs may share an acronym (Bangladesh's and
// Pakistan's both read "NPO"), so the economy always goes beside it.
type Named = { acronym: string; name?: string; economy?: { name: string } | null };

/** "NPO · Bangladesh"; the Secretariat (no economy) is just its acronym. */
export const orgShort = (o: Named): string => (o.economy ? `${o.acronym} · ${o.economy.name}` : o.acronym);

/** "National Productivity Organisation (NPO, Bangladesh)". */
export const orgLong = (o: Named): string =>
  `${o.name ?? o.acronym} (${o.acronym}${o.economy ? `, ${o.economy.name}` : ''})`;
