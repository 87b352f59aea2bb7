import { InputError } from '../errors.js';
import { DEFAULT_MAX_PIXELS } from '../model/limits.js';
import { readImageHeader, type ImageFormat } from '../ocr/header.js';
import { ocrSwitchedOff, readPagesByOcr } from './ocr-pages.js';
import type { IngestOptions, PageOcr } from './types.js';

/** A photo or scan (JPEG, PNG, WebP, multi-page TIFF): every page is read by OCR. */
export async function readImage(bytes: Uint8Array, format: ImageFormat, options: IngestOptions, maxPages: number): Promise<{ pages: string[]; ocr: (PageOcr | undefined)[]; warnings: string[] }> {
  if (options.ocr === 'never') throw ocrSwitchedOff(`${format.toUpperCase()} image`);
  const header = readImageHeader(bytes, format, maxPages);
  const { decodeImage } = await import('../ocr/decode.js');
  const decoded = decodeImage(bytes, header, options.maxPixels ?? DEFAULT_MAX_PIXELS);
  const numbers = Array.from({ length: decoded.count }, (_, i) => i + 1);
  const { texts, ocr } = await readPagesByOcr(numbers, decoded.count, (i) => decoded.page(i), options);
  if (texts.every((t) => t.replace(/\s+/g, '').length < 20)) {
    throw new InputError('NO_TEXT', 'no text found in the image: photograph the contract page itself, flat and well lit');
  }
  return { pages: texts, ocr, warnings: [] };
}
