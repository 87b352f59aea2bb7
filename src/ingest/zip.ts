import { InputError } from '../errors.js';

export interface ZipLimits {
  /** Largest total uncompressed size accepted (zip bombs declare huge sizes). */
  maxUncompressedBytes: number;
  /** Most entries accepted. */
  maxEntries: number;
}

/**
 * Read the central directory of a zip archive (without inflating anything) and refuse archives
 * that would decompress beyond the limits. Declared sizes are what an inflater would trust, so a
 * bomb that lies about them is still bounded by mammoth's own checks and the time budget.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits): { entries: number; uncompressedBytes: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new InputError('CORRUPT_DOCX', 'damaged Word document (no zip directory): re-save it as DOCX or PDF');
  const declaredEntries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (declaredEntries > limits.maxEntries) {
    throw new InputError('ZIP_BOMB', `Word document with ${declaredEntries} parts, over the limit of ${limits.maxEntries}: not a normal document`);
  }
  let entries = 0;
  let uncompressedBytes = 0;
  let at = directoryOffset;
  const end = Math.min(bytes.length, directoryOffset + directorySize);
  while (at + 46 <= end && view.getUint32(at, true) === 0x02014b50) {
    entries++;
    uncompressedBytes += view.getUint32(at + 24, true);
    if (entries > limits.maxEntries) {
      throw new InputError('ZIP_BOMB', `Word document with more than ${limits.maxEntries} parts: not a normal document`);
    }
    if (uncompressedBytes > limits.maxUncompressedBytes) {
      throw new InputError('ZIP_BOMB', `Word document would decompress to over ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB (zip bomb?): raise --max-unzipped-bytes if it is genuine`);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, uncompressedBytes };
}
