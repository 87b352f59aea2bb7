import { createInflateRaw } from 'node:zlib';
import { InputError } from '../errors.js';
import { MAX_XML_DEPTH, XmlDepthGauge } from './xml-depth.js';

export interface ZipLimits {
  /** Largest total size the parts may inflate to, counted while inflating (zip bombs). */
  maxUncompressedBytes: number;
  /** Most entries accepted. */
  maxEntries: number;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  /** Where its compressed data starts. */
  dataStart: number;
}

const corrupt = (why: string) => new InputError('CORRUPT_DOCX', `damaged Word document (${why}): re-save it as DOCX or PDF`);
const ZIP64 = 0xffffffff;

/**
 * The entries of the central directory, found the way JSZip (mammoth's reader) finds them: the
 * end record is searched from the end, and bytes in front of the archive (a prefixed file) shift
 * every offset by the difference between where the directory is and where it says it is.
 */
function readDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no zip directory');
  const declaredEntries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (declaredEntries === 0xffff || directorySize === ZIP64 || directoryOffset === ZIP64) throw corrupt('ZIP64 archive, which Word never writes');
  if (declaredEntries > limits.maxEntries) {
    throw new InputError('ZIP_BOMB', `Word document with ${declaredEntries} parts, over the limit of ${limits.maxEntries}: not a normal document`);
  }
  const signatureAt = (at: number, signature: number) => at >= 0 && at + 4 <= bytes.length && view.getUint32(at, true) === signature;
  // JSZip: "extra bytes" in front of the archive when the directory is not where it is said to be
  const shift = signatureAt(directoryOffset, 0x02014b50) || declaredEntries === 0 ? 0 : eocd - (directoryOffset + directorySize);
  const entries: Entry[] = [];
  let at = directoryOffset + shift;
  while (entries.length < declaredEntries) {
    if (at + 46 > bytes.length || !signatureAt(at, 0x02014b50)) throw corrupt('zip directory cut short');
    const nameLength = view.getUint16(at + 28, true);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, Math.max(0, bytes.length - at - 46))).toString('latin1');
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const local = view.getUint32(at + 42, true) + shift;
    if (compressedSize === ZIP64 || declaredSize === ZIP64 || local - shift === ZIP64) throw corrupt('ZIP64 archive, which Word never writes');
    if (!signatureAt(local, 0x04034b50) || local + 30 > bytes.length) throw corrupt(`part ${name} is missing`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) throw corrupt(`part ${name} is cut short`);
    entries.push({ name, method: view.getUint16(at + 10, true), compressedSize, declaredSize, dataStart });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * Inflate one part without keeping it, counting the bytes that actually come out; stops as soon
 * as they pass `limit`. XML parts also have their element depth measured on the way.
 */
function inflateCounting(data: Uint8Array, limit: number, gauge?: XmlDepthGauge): Promise<{ size: number; over: boolean; tooDeep: boolean }> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let size = 0;
    let settled = false;
    const settle = (over: boolean, tooDeep = false) => {
      if (settled) return;
      settled = true;
      if (over || tooDeep) inflater.destroy();
      resolve({ size, over, tooDeep });
    };
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle(true);
      else if (gauge && !gauge.feed(chunk)) settle(false, true);
    });
    inflater.on('end', () => settle(false));
    // damaged data is mammoth's to report (CORRUPT_DOCX)
    inflater.on('error', () => settle(false));
    inflater.end(data);
  });
}

/**
 * Refuse archives that would decompress beyond the limits, before mammoth (JSZip) sees them.
 * The count is of bytes actually inflated, so neither bytes in front of the archive nor a
 * directory that understates sizes can dodge it; a part that inflates past its declared size
 * is a lie and refused at once, after at most that many bytes.
 */
export async function inspectZip(bytes: Uint8Array, limits: ZipLimits): Promise<{ entries: number; uncompressedBytes: number }> {
  const entries = readDirectory(bytes, limits);
  const bomb = () =>
    new InputError('ZIP_BOMB', `Word document would decompress to over ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB (zip bomb?): raise --max-unzipped-bytes if it is genuine`);
  let total = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) {
      const remaining = limits.maxUncompressedBytes - total;
      const limit = Math.min(entry.declaredSize, remaining);
      const gauge = entry.name.endsWith('.xml') || entry.name.endsWith('.rels') ? new XmlDepthGauge() : undefined;
      const result = await inflateCounting(data, limit, gauge);
      if (result.tooDeep) throw corrupt(`part ${entry.name} nests elements deeper than ${MAX_XML_DEPTH} levels`);
      if (result.over && limit === remaining) throw bomb();
      if (result.over) throw new InputError('ZIP_BOMB', `Word document part ${entry.name} inflates past the size its zip directory declares (${entry.declaredSize} bytes): a zip bomb or a damaged file`);
      total += result.size;
    }
    if (total > limits.maxUncompressedBytes) throw bomb();
  }
  return { entries: entries.length, uncompressedBytes: total };
}
