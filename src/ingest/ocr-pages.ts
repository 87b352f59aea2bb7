import { InputError } from '../errors.js';
import type { GrayImage } from '../ocr/gray.js';
import type { IngestOptions, PageOcr } from './types.js';

/**
 * Read page images by OCR one after the other (only one decoded page is held at a time), telling
 * the caller before each page so the runner can extend the time budget and a terminal show progress.
 * `pageNumbers` are the pages' numbers in the whole document, for messages.
 */
export async function readPagesByOcr(
  pageNumbers: readonly number[],
  totalPages: number,
  imageOf: (index: number) => Promise<GrayImage>,
  options: IngestOptions,
): Promise<{ texts: string[]; ocr: (PageOcr | undefined)[] }> {
  // the OCR modules (and tesseract.js) load only when a page needs them
  const { checkReadable, isBlank, recognizePage } = await import('../ocr/index.js');
  const texts: string[] = [];
  const ocr: (PageOcr | undefined)[] = [];
  for (let i = 0; i < pageNumbers.length; i++) {
    options.onOcrPage?.(pageNumbers[i], totalPages);
    const image = await imageOf(i);
    if (isBlank(image)) {
      // an empty page (the back of a sheet): no text, and not a reason to refuse the document
      texts.push('');
      ocr.push(undefined);
      continue;
    }
    checkReadable(image, pageNumbers[i], totalPages);
    const page = await recognizePage(image, options);
    texts.push(page.text);
    ocr.push({ engine: page.engine, confidence: page.confidence, uncertain: page.uncertain });
  }
  return { texts, ocr };
}

/** The refusal when OCR is switched off but the document has only images. */
export function ocrSwitchedOff(what: string): InputError {
  return new InputError('NO_TEXT_LAYER', `${what} without a text layer and OCR is switched off (--ocr never): drop --ocr never or pass the text`);
}
