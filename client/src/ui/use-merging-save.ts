// Saving an edit of a versioned record so that concurrent edits merge instead of overwriting:
// save against the version the edit started from; on CONFLICT read the saved version, merge field
// by field against the start (merge.ts), save the merge at once when nothing overlaps, otherwise
// hand the overlapping fields to the user (ConflictMerge) and save their choice.
import { useRef, useState } from 'react';
import { errorCode } from './errors';
import { merge3, type Fields, type MergeResult } from './merge';

export type Saved<T> = { values: T; version: number };

export type PendingConflict<T extends Fields> = { result: MergeResult<T>; mine: T; theirs: T; version: number };

export function useMergingSave<T extends Fields>({ save, loadSaved, start = null }: {
  /** Throws the mutation's error (a CONFLICT when `version` is stale). */
  save: (values: T, version: number) => Promise<unknown>;
  /** The version saved now, as form values. */
  loadSaved: () => Promise<Saved<T> | null>;
  /** Where the edit starts when it starts with the component (otherwise call `begin`). */
  start?: Saved<T> | null;
}) {
  const [conflict, setConflict] = useState<PendingConflict<T> | null>(null);
  /** Fields merged without asking in the last save, by whose change they were. */
  const [kept, setKept] = useState<{ theirs: string[]; mine: string[] } | null>(null);
  const base = useRef<Saved<T> | null>(start);

  /** Starts an edit from these values (what the form showed when editing began). */
  const begin = (start: Saved<T>) => { base.current = start; setConflict(null); setKept(null); };

  /** True when saved (merged or not); false when the user must choose or an error is shown. */
  async function submit(mine: T): Promise<boolean> {
    const from = base.current;
    if (!from) return false;
    try {
      await save(mine, from.version);
      return true;
    } catch (e) {
      if (errorCode(e) !== 'CONFLICT') throw e;
      const saved = await loadSaved();
      if (!saved) throw e;
      const result = merge3(from.values, mine, saved.values);
      base.current = saved;
      if (result.conflicts.length) {
        setConflict({ result, mine, theirs: saved.values, version: saved.version });
        return false;
      }
      setKept({ theirs: result.theirs, mine: result.mine });
      return submit(result.merged);
    }
  }

  /** Saves the user's resolution of a conflict (against the version it was shown with). */
  async function resolve(merged: T): Promise<boolean> {
    setConflict(null);
    return submit(merged);
  }

  return { begin, submit, resolve, conflict, kept, cancelConflict: () => setConflict(null) };
}
