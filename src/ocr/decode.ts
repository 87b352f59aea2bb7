import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { fromRgba, type GrayImage } from './gray.js';
import type { ImageHeader } from './header.js';

/** Pages are decoded at most this long on their longer side: more is slower, not better read (about 300 dpi on A4). */
const MAX_SIDE = 3600;

/** The pages of an image file, decoded one at a time (a multi-page TIFF is never all in memory). */
export interface ImagePages {
  count: number;
  page(index: number): Promise<GrayImage>;
}

const require = createRequire(import.meta.url);

export function tooManyPixels(what: string, pixels: number, maxPixels: number): InputError {
  const mp = (n: number) => `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} megapixels`;
  return new InputError('IMAGE_TOO_LARGE', `${what} declares ${mp(pixels)}, over the limit of ${mp(maxPixels)} (decompression bomb?): raise --max-pixels if it is genuine`);
}

export function decodeImage(bytes: Uint8Array, header: ImageHeader, maxPixels: number): ImagePages {
  if (header.width * header.height > maxPixels) throw tooManyPixels(`the ${header.format.toUpperCase()} image`, header.width * header.height, maxPixels);
  if (header.format === 'jpeg' && !endsLikeJpeg(bytes)) {
    throw new InputError('CORRUPT_IMAGE', 'the JPEG file is cut off (incomplete download or copy): copy the photo again');
  }
  if (header.format === 'tiff') return tiffPages(bytes, header, maxPixels);
  return { count: 1, page: () => canvasDecode(bytes, header) };
}

/** A complete JPEG ends with its end-of-image marker (some cameras append a few bytes after it). */
function endsLikeJpeg(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 4096); i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  return false;
}

async function canvasDecode(bytes: Uint8Array, header: ImageHeader): Promise<GrayImage> {
  // @napi-rs/canvas comes with pdf-parse (Skia decoders for PNG, JPEG and WebP); only bytes are
  // passed, never a path or URL. Skia turns a JPEG upright by its EXIF orientation while decoding
  // (the phone-photo fixture is stored on its side with orientation 6).
  const { loadImage, createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  let image;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new InputError('CORRUPT_IMAGE', `damaged ${header.format.toUpperCase()} image (${(error as Error).message.split('\n')[0]}): take the photo or scan again`);
  }
  if (!image.width || !image.height) throw new InputError('CORRUPT_IMAGE', `damaged ${header.format.toUpperCase()} image (no pixels decoded): take the photo or scan again`);
  const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return fromRgba(context.getImageData(0, 0, width, height).data, width, height);
}

function tiffPages(bytes: Uint8Array, header: ImageHeader, maxPixels: number): ImagePages {
  const UTIF = require('utif2') as typeof import('utif2');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let ifds: ReturnType<typeof UTIF.decode>;
  try {
    ifds = UTIF.decode(buffer).filter((ifd) => ifd.t256 !== undefined);
  } catch (error) {
    throw new InputError('CORRUPT_IMAGE', `damaged TIFF image (${(error as Error).message}): scan it again`);
  }
  return {
    count: Math.min(ifds.length, header.pages),
    async page(index) {
      const ifd = ifds[index];
      const tag = (t: unknown) => Number((t as number[] | undefined)?.[0] ?? 0);
      const declared = tag(ifd.t256) * tag(ifd.t257);
      if (declared > maxPixels) throw tooManyPixels(`page ${index + 1} of the TIFF`, declared, maxPixels);
      try {
        UTIF.decodeImage(buffer, ifd);
        const { width, height } = ifd as unknown as { width: number; height: number };
        const gray = fromRgba(UTIF.toRGBA8(ifd), width, height);
        (ifd as { data?: unknown }).data = undefined; // the decoded pixels of a page are let go once read
        return gray;
      } catch (error) {
        throw new InputError('CORRUPT_IMAGE', `damaged TIFF image, page ${index + 1} (${(error as Error).message}): scan it again`);
      }
    },
  };
}
