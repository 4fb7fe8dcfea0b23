// Sending a file's bytes to the upload URL with XMLHttpRequest, whose upload progress events
// fetch() does not offer. The URL is the permission (our signed route, or a presigned S3 URL),
// so no cookie or token goes with it.
export type UploadTarget = { url: string; headers: Array<{ name: string; value: string }> };

export function putFile(file: Blob, target: UploadTarget, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', target.url);
    for (const h of target.headers) xhr.setRequestHeader(h.name, h.value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      reject(new Error(refusal(xhr.responseText) ?? `The upload failed (HTTP ${xhr.status}).`));
    };
    xhr.onerror = () => reject(new Error('The upload failed: the connection was lost.'));
    xhr.send(file);
  });
}

/** The message of our route's JSON refusal, when it is one. */
function refusal(text: string): string | null {
  try {
    return (JSON.parse(text) as { errors?: Array<{ message?: string }> }).errors?.[0]?.message ?? null;
  } catch {
    return null;
  }
}

/** "1.2 MB", "830 KB", "12 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/webp': 'WebP image',
  'text/plain': 'Text',
  'text/csv': 'CSV',
};

export const typeLabel = (contentType: string): string => LABELS[contentType] ?? contentType;
export const isImage = (contentType: string): boolean => /^image\/(png|jpeg|webp)$/.test(contentType);
