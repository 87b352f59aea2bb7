import { InputError } from '../errors.js';

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'tiff';

/** What the first bytes of an image declare, read before anything is decoded. */
export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
  /** Pages (TIFF image directories); 1 for the other formats. */
  pages: number;
}

const at = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, offset: number, length: number) => String.fromCharCode(...bytes.subarray(offset, offset + length));

/** The image formats knebel can read by OCR, or undefined when the bytes are something else. */
export function sniffImage(bytes: Uint8Array): ImageFormat | 'heic' | 'gif' | undefined {
  if (at(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (at(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (at(bytes, [0x49, 0x49, 0x2a, 0x00]) || at(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ascii(bytes, 4, 4) === 'ftyp' && /^(?:heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif)$/.test(ascii(bytes, 8, 4))) return 'heic';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  return undefined;
}

const damaged = (format: string, why: string) => new InputError('CORRUPT_IMAGE', `damaged ${format} image (${why}): take the photo or scan again`);

/**
 * Dimensions and page count as the file declares them, so that a decompression bomb (a small
 * file declaring a huge canvas) or a TIFF with thousands of pages is refused before decoding.
 */
export function readImageHeader(bytes: Uint8Array, format: ImageFormat, maxPages: number): ImageHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (n: number) => {
    if (bytes.length < n) throw damaged(format.toUpperCase(), 'file ends inside its header');
  };
  if (format === 'png') {
    need(24);
    if (ascii(bytes, 12, 4) !== 'IHDR') throw damaged('PNG', 'no image header');
    return { format, width: view.getUint32(16), height: view.getUint32(20), pages: 1 };
  }
  if (format === 'jpeg') return { format, ...jpegSize(bytes, view), pages: 1 };
  if (format === 'webp') {
    need(30);
    const chunk = ascii(bytes, 12, 4);
    if (chunk === 'VP8X') return { format, width: 1 + (view.getUint32(24, true) & 0xffffff), height: 1 + (view.getUint32(27, true) & 0xffffff), pages: 1 };
    if (chunk === 'VP8L') {
      const bits = view.getUint32(21, true);
      return { format, width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff), pages: 1 };
    }
    if (chunk === 'VP8 ') return { format, width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff, pages: 1 };
    throw damaged('WebP', 'unknown image chunk');
  }
  return tiffHeader(bytes, view, maxPages);
}

function jpegSize(bytes: Uint8Array, view: DataView): { width: number; height: number } {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) throw damaged('JPEG', 'broken segment structure');
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset++;
      continue;
    }
    // start-of-frame markers (baseline, progressive, lossless...), not DHT/JPG/DAC
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  throw damaged('JPEG', 'file ends before the image size');
}

/** Walk the chain of TIFF image directories, counting pages and reading the first one's size. */
function tiffHeader(bytes: Uint8Array, view: DataView, maxPages: number): ImageHeader {
  if (bytes.length < 8) throw damaged('TIFF', 'file ends inside its header');
  const little = bytes[0] === 0x49;
  const u16 = (o: number) => view.getUint16(o, little);
  const u32 = (o: number) => view.getUint32(o, little);
  let ifd = u32(4);
  let pages = 0;
  let width = 0;
  let height = 0;
  const seen = new Set<number>();
  while (ifd !== 0) {
    if (ifd + 2 > bytes.length || seen.has(ifd)) throw damaged('TIFF', 'broken page directory');
    seen.add(ifd);
    pages++;
    if (pages > maxPages) {
      throw new InputError('TOO_MANY_PAGES', `TIFF has more than ${maxPages} pages, over the limit: raise --max-pages or split it`);
    }
    const count = u16(ifd);
    if (ifd + 2 + count * 12 + 4 > bytes.length) throw damaged('TIFF', 'broken page directory');
    if (pages === 1) {
      for (let i = 0; i < count; i++) {
        const entry = ifd + 2 + i * 12;
        const tag = u16(entry);
        const value = u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8);
        if (tag === 256) width = value;
        if (tag === 257) height = value;
      }
    }
    ifd = u32(ifd + 2 + count * 12);
  }
  return { format: 'tiff', width, height, pages };
}
