// Three-way merge of two people's edits of the same record, field by field, against the version
// both started from. A field only one side changed takes that side's value without asking; a
// field both changed to different values is a conflict the user settles. Nothing is dropped
// silently: every field either has one changed value, two equal ones, or is shown to the user.

export type Fields = Record<string, unknown>;

export type MergeResult<T extends Fields> = {
  /** Their changes and mine together; conflicting fields hold my value until the user chooses. */
  merged: T;
  /** Fields both changed, to different values. */
  conflicts: Array<keyof T & string>;
  /** Fields only they changed (taken from theirs). */
  theirs: Array<keyof T & string>;
  /** Fields only I changed (kept from mine). */
  mine: Array<keyof T & string>;
};

/** Deep equality of plain form values (strings, numbers, null, arrays and objects of those). */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

// Empty text and a missing value mean the same to a form ("" vs null), and key order is not a change.
function normalize(v: unknown): unknown {
  if (v === '' || v === undefined) return null;
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).filter((k) => k !== '__typename').sort().map((k) => [k, normalize((v as Fields)[k])]));
  }
  return v;
}

export function merge3<T extends Fields>(base: T, mine: T, theirs: T): MergeResult<T> {
  const merged = { ...theirs } as Fields;
  const out: MergeResult<T> = { merged: merged as T, conflicts: [], theirs: [], mine: [] };
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const k of keys as Set<keyof T & string>) {
    const iChanged = !sameValue(base[k], mine[k]);
    const theyChanged = !sameValue(base[k], theirs[k]);
    if (iChanged) merged[k] = mine[k];
    if (iChanged && theyChanged && !sameValue(mine[k], theirs[k])) out.conflicts.push(k);
    else if (iChanged) out.mine.push(k);
    else if (theyChanged) out.theirs.push(k);
  }
  return out;
}

/** Applies the user's choices for the conflicting fields. */
export function resolve<T extends Fields>(result: MergeResult<T>, choices: Partial<T>): T {
  return { ...result.merged, ...choices };
}
