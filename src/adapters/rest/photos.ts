/** A photo as it travels in JSON: the bytes base64-encoded (the contract chose JSON over multipart). */
export interface PhotoUpload {
  name: string;
  type: string;
  data: string;
}

export async function toPhotoUpload(blob: Blob): Promise<PhotoUpload> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunked: spreading megabytes into one call overflows the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: (blob as Partial<File>).name ?? '', type: blob.type, data: btoa(binary) };
}

export async function toPhotoUploads(photos: readonly Blob[] | undefined): Promise<PhotoUpload[] | undefined> {
  return photos?.length ? Promise.all(photos.map(toPhotoUpload)) : undefined;
}
