// GraphQL documents of attachments: the file as lists show it, and the two steps of adding one.
import { graphql } from '../../gql';

export const AttachmentFieldsFragment = graphql(`
  fragment AttachmentFields on Attachment {
    id filename size contentType url createdAt
  }
`);

export const CreateUploadMutation = graphql(`
  mutation CreateUpload($input: CreateUploadInput!) {
    createUpload(input: $input) { uploadId url expiresAt headers { name value } }
  }
`);

export const AttachFileMutation = graphql(`
  mutation AttachFile($uploadId: ID!, $target: AttachmentTargetInput!) {
    attachFile(uploadId: $uploadId, target: $target) { ...AttachmentFields }
  }
`);

export const ProposalAttachmentsQuery = graphql(`
  query ProposalAttachments($id: ID!) {
    proposal(id: $id) { id attachments { ...AttachmentFields } }
  }
`);
