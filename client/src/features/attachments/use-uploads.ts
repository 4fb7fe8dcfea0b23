// Files chosen for upload, each going through createUpload and the PUT with its progress; then
// attached to a target once there is one (a message exists only after it is posted).
import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { AttachmentFieldsFragment as AttachmentData, AttachmentTargetInput } from '../../gql/graphql';
import { AttachFileMutation, CreateUploadMutation } from './attachments.documents';
import { putFile } from './upload';

export type PendingUpload = { key: number; name: string; size: number; progress: number; uploadId?: string; error?: string };

export function useUploads() {
  const [createUpload] = useMutation(CreateUploadMutation);
  const [attachFile] = useMutation(AttachFileMutation);
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const nextKey = useRef(0);
  const update = (key: number, change: Partial<PendingUpload>) => setPending((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const start = async (file: File, key: number) => {
    try {
      const res = await createUpload({ variables: { input: { filename: file.name, contentType: file.type || 'application/octet-stream', size: file.size } } });
      const up = res.data!.createUpload;
      await putFile(file, up, (progress) => update(key, { progress }));
      update(key, { progress: 1, uploadId: up.uploadId });
      return up.uploadId;
    } catch (e) {
      update(key, { error: e instanceof Error ? e.message : String(e) });
      return null;
    }
  };

  /** Starts uploading these files; resolves with the upload ids that made it. */
  const add = useCallback((files: File[]) => {
    const started = files.map((file) => ({ file, key: nextKey.current++ }));
    setPending((all) => [...all, ...started.map(({ file, key }) => ({ key, name: file.name, size: file.size, progress: 0 }))]);
    return Promise.all(started.map(({ file, key }) => start(file, key)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- start only uses stable setters and mutations
  }, []);

  /** Attaches every finished upload (or the given ones) to the target; the refused stay listed with their reason. */
  const attachTo = async (target: AttachmentTargetInput, ids?: Array<string | null>): Promise<AttachmentData[]> => {
    const ready = pending.filter((u) => u.uploadId && !u.error).map((u) => u.uploadId!);
    const attached: AttachmentData[] = [];
    for (const uploadId of (ids ?? ready).filter((id): id is string => !!id)) {
      try {
        const res = await attachFile({ variables: { uploadId, target } });
        if (res.data) attached.push(res.data.attachFile);
        setPending((all) => all.filter((u) => u.uploadId !== uploadId));
      } catch (e) {
        setPending((all) => all.map((u) => (u.uploadId === uploadId ? { ...u, error: e instanceof Error ? e.message : String(e) } : u)));
      }
    }
    return attached;
  };

  const busy = pending.some((u) => !u.uploadId && !u.error);
  const remove = (key: number) => setPending((all) => all.filter((u) => u.key !== key));
  return { pending, add, attachTo, busy, remove, hasReady: pending.some((u) => u.uploadId && !u.error) };
}
