import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** The one size check (--max-bytes): of a file before it is read, of bytes before they are parsed. */
export function checkSize(size: number, maxBytes: number): void {
  if (size > maxBytes) throw new InputError('TOO_LARGE', `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit: raise --max-bytes or split it`);
}

/**
 * Read a contract file, turning file-system problems into one-line input errors.
 * A module of its own: the CLI's parent process reads files without loading the pipeline.
 */
export async function readDocumentBytes(path: string | Buffer, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('NOT_FOUND', 'no such file (or a broken link): check the path');
    throw new InputError('READ_ERROR', `cannot read the file (${code ?? (error as Error).message})`);
  }
  if (info.isDirectory()) throw new InputError('IS_DIRECTORY', 'is a directory: pass the contract files inside it');
  if (!info.isFile()) throw new InputError('READ_ERROR', 'not a regular file (device, socket or pipe): save the contract to a file first');
  checkSize(info.size, maxBytes);
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError('READ_ERROR', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

