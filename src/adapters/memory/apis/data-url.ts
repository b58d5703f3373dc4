/**
 * Blobs do not survive JSON persistence or structured copies into storage, so uploaded photos
 * are kept as `data:` URLs: a reload of a persisted demo still shows them.
 */
export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunked: spreading a multi-megabyte array into one call overflows the argument limit.
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return `data:${blob.type || 'application/octet-stream'};base64,${btoa(binary)}`;
}

/** What identifies a blob in an idempotency fingerprint: the bytes are not compared. */
export function blobMeta(blob: Blob): { name: string; type: string; size: number } {
  return { name: (blob as Partial<File>).name ?? '', type: blob.type, size: blob.size };
}

/** Photos as a case stores them: each blob's `data:` URL and file name, in order. */
export async function storedPhotos(blobs: readonly Blob[]): Promise<Array<{ url: string; name: string }>> {
  return Promise.all(blobs.map(async (blob) => ({ url: await blobToDataUrl(blob), name: blobMeta(blob).name })));
}
