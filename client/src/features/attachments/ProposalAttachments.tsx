// A proposal's files (concept notes): listed for all who see the proposal; its proposer's side
// adds files by button or drag-and-drop, each attached as soon as its upload is done.
import { useQuery } from '@apollo/client/react';
import { ErrorMessage } from '../../ui/State';
import { AttachmentList } from './AttachmentList';
import { ProposalAttachmentsQuery } from './attachments.documents';
import { FileDrop } from './FileDrop';
import { useUploads } from './use-uploads';

export function ProposalAttachments({ proposalId, canAttach }: { proposalId: string; canAttach: boolean }) {
  const { data, error, refetch } = useQuery(ProposalAttachmentsQuery, { variables: { id: proposalId } });
  const uploads = useUploads();
  const files = data?.proposal.attachments ?? [];
  const add = async (chosen: File[]) => {
    const ids = await uploads.add(chosen);
    if ((await uploads.attachTo({ proposalId }, ids)).length) await refetch();
  };
  if (!canAttach && files.length === 0) return null;
  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">Files</h2>
      <ErrorMessage error={error} />
      {files.length === 0 ? <p className="muted small">No file yet. Attach the concept note here.</p> : null}
      <AttachmentList files={files} />
      {canAttach ? <FileDrop onFiles={(f) => void add(f)} pending={uploads.pending} onRemove={uploads.remove} /> : null}
    </section>
  );
}
