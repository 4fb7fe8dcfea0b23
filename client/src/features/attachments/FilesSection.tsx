// A card of files hanging off one target (a proposal's concept notes, a meeting plan's agendas
// and presentations, a meeting record's documents): listed for all who see the target; those
// who may attach add files by button or drag-and-drop, each attached as soon as its upload is
// done. The caller owns the list (from its own query or live cache) and is told when files were
// attached.
import type { ReactNode } from 'react';
import type { AttachmentFieldsFragment, AttachmentTargetInput } from '../../gql/graphql';
import { AttachmentList } from './AttachmentList';
import { FileDrop } from './FileDrop';
import { useUploads } from './use-uploads';

type Props = {
  target: AttachmentTargetInput;
  /** The card's heading; "Files" unless told (the meeting record's are its "Documents"). */
  title?: string;
  files: AttachmentFieldsFragment[];
  canAttach: boolean;
  /** What an empty list says to someone who may attach. */
  empty: string;
  onAttached?: () => unknown;
  /** The picker's button and label, and the drop area's test id, where another drop shares the page. */
  picker?: { label: string; testId: string };
  children?: ReactNode;
};

export function FilesSection({ target, title = 'Files', files, canAttach, empty, onAttached, picker, children }: Props) {
  const uploads = useUploads();
  const add = async (chosen: File[]) => {
    const ids = await uploads.add(chosen);
    if ((await uploads.attachTo(target, ids)).length) await onAttached?.();
  };
  if (!canAttach && files.length === 0) return null;
  const titleId = `files-${Object.values(target)[0]}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
      {files.length === 0 ? <p className="muted small">{empty}</p> : null}
      <AttachmentList files={files} />
      {canAttach ? <FileDrop onFiles={(f) => void add(f)} pending={uploads.pending} onRemove={uploads.remove} {...picker} /> : null}
    </section>
  );
}
