import type { IncomingMessage } from 'node:http';

/**
 * An upload as the page sends it: the files' bytes one after another in the body, their names
 * and sizes in one header. No multipart parser needed, and the body is never written to disk.
 */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** The header that lists the files of an upload: URI-encoded JSON [{name, size}, …]. */
export const FILES_HEADER = 'x-knebel-files';
/** More files than this are not the photos of one contract. */
const MAX_FILES = 100;
const MAX_NAME = 200;

export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The whole body, refused (413) as soon as it passes `limit` bytes: a large upload is never held. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new UploadError(413, `the upload is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new UploadError(413, `the upload is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** Cut the body into its files; names are made distinct ("a.jpg", "a.jpg (2)") since they label pages. */
export function splitUpload(header: string | string[] | undefined, body: Buffer): UploadedFile[] {
  let listed: unknown;
  try {
    listed = JSON.parse(decodeURIComponent(String(header ?? '')));
  } catch {
    throw new UploadError(400, `the ${FILES_HEADER} header is not a JSON list of files`);
  }
  if (!Array.isArray(listed) || listed.length === 0 || listed.length > MAX_FILES) throw new UploadError(400, `an upload holds 1 to ${MAX_FILES} files`);
  const files: UploadedFile[] = [];
  const seen = new Map<string, number>();
  let at = 0;
  for (const entry of listed as { name?: unknown; size?: unknown }[]) {
    const size = entry?.size;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || at + size > body.length) throw new UploadError(400, 'the file sizes do not match the upload');
    const raw = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim().slice(0, MAX_NAME) : 'contract';
    // only the base name: a browser sends no folders, and a name must not look like a path
    const base = raw.split(/[\\/]/).pop() || 'contract';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    files.push({ name: count === 1 ? base : `${base} (${count})`, bytes: body.subarray(at, at + size) });
    at += size;
  }
  if (at !== body.length) throw new UploadError(400, 'the file sizes do not match the upload');
  return files;
}
