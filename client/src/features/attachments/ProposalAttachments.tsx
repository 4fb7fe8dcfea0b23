// A proposal's files (concept notes): its proposer's side adds them (FilesSection).
import { useQuery } from '@apollo/client/react';
import { ErrorMessage } from '../../ui/State';
import { ProposalAttachmentsQuery } from './attachments.documents';
import { FilesSection } from './FilesSection';

export function ProposalAttachments({ proposalId, canAttach }: { proposalId: string; canAttach: boolean }) {
  const { data, error, refetch } = useQuery(ProposalAttachmentsQuery, { variables: { id: proposalId } });
  return (
    <FilesSection target={{ proposalId }} files={data?.proposal.attachments ?? []} canAttach={canAttach} empty="No file yet. Attach the concept note here." onAttached={refetch}>
      <ErrorMessage error={error} />
    </FilesSection>
  );
}
