// @ mentions in the composer: which word is being typed as a mention, and who matches it.

/** Mentions are written `@email`: the server resolves them to the people of the workspace. */
export type Person = { id: string; name: string; email: string; org?: string };

/** The `@…` word ending at the caret, if any (an @ at the start or after a space). */
export function activeMention(body: string, caret: number): { start: number; text: string } | null {
  const m = /(^|\s)@([^\s@]*)$/.exec(body.slice(0, caret));
  if (!m) return null;
  return { start: caret - m[2]!.length - 1, text: m[2]! };
}

/** People whose name, email or organization contains every typed word; at most eight. */
export function matchPeople(people: Person[], text: string): Person[] {
  const q = text.toLowerCase();
  return people.filter((p) => `${p.name} ${p.email} ${p.org ?? ''}`.toLowerCase().includes(q)).slice(0, 8);
}
