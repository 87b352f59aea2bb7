import { InputError } from '../errors.js';
import { OCR_DPI } from '../ocr/limits.js';
import { ocrSwitchedOff, readPagesByOcr } from './ocr-pages.js';
import type { IngestOptions, PageOcr } from './types.js';

/** Fewer visible characters than this on every page means there is no text layer to read. */
const MIN_CHARS_PER_PAGE = 20;

/**
 * Text of each page; pages without a text layer (scans) are rendered at 300 dpi and read by OCR
 * (`--ocr always`: every page), so a mixed PDF keeps its text pages as they are.
 */
export async function readPdf(bytes: Uint8Array, options: IngestOptions, maxPages: number): Promise<{ pages: string[]; warnings: string[]; ocr?: (PageOcr | undefined)[] }> {
  const password = options.password;
  // pdf-parse (pdf.js) costs ~250 ms to import: load it only when a PDF arrives.
  const { PDFParse, PasswordException, InvalidPDFException } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(bytes), password, verbosity: 0 });
  try {
    // getText reads at most maxPages pages and tells the total; getInfo first (outline, metadata,
    // page labels) cost as much again on small files
    const result = await parser.getText({ pageJoiner: '', first: maxPages });
    if (result.total > maxPages) throw new InputError('TOO_MANY_PAGES', `PDF has ${result.total} pages, over the limit of ${maxPages}: raise --max-pages or split it`);
    const pages = result.pages.map((p) => p.text);
    const visible = pages.map((p) => p.replace(/\s+/g, '').length);
    if (pages.length === 0) throw new InputError('NO_TEXT_LAYER', 'PDF without pages: re-export or re-download it');
    const blank = visible.flatMap((n, i) => (n < MIN_CHARS_PER_PAGE || options.ocr === 'always' ? [i + 1] : []));
    if (blank.length === 0) return { pages, warnings: [] };
    if (options.ocr === 'never') {
      if (blank.length === pages.length) throw ocrSwitchedOff('scanned PDF');
      return { pages, warnings: [`page(s) ${blank.join(', ')} have no text layer (scanned?) and were not analysed (--ocr never)`] };
    }
    const read = await readPagesByOcr(blank, pages.length, (i) => renderPage(parser, blank[i]), options);
    const ocr: (PageOcr | undefined)[] = pages.map(() => undefined);
    blank.forEach((number, i) => {
      pages[number - 1] = read.texts[i];
      ocr[number - 1] = read.ocr[i];
    });
    return { pages, warnings: [], ocr };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof PasswordException) {
      if (password === undefined) throw new InputError('ENCRYPTED_PDF', 'encrypted PDF: pass --password');
      throw new InputError('WRONG_PASSWORD', 'encrypted PDF and the password given is wrong: check --password');
    }
    if (error instanceof InvalidPDFException) {
      throw new InputError('CORRUPT_PDF', `damaged PDF (${firstLine(error)}): re-export or re-download it`);
    }
    throw new InputError('CORRUPT_PDF', `unreadable PDF (${firstLine(error)}): re-export or re-download it`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** One page drawn at 300 dpi by pdf.js on @napi-rs/canvas (both come with pdf-parse), as grayscale. */
async function renderPage(parser: import('pdf-parse').PDFParse, page: number) {
  const [{ loadImage, createCanvas }, { fromRgba }] = await Promise.all([import('@napi-rs/canvas'), import('../ocr/gray.js')]);
  const shot = await parser.getScreenshot({ partial: [page], scale: OCR_DPI / 72, imageBuffer: true, imageDataUrl: false });
  const png = shot.pages[0]?.data;
  if (!png) throw new InputError('CORRUPT_PDF', `page ${page} could not be drawn for OCR: re-export or re-download it`);
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return fromRgba(context.getImageData(0, 0, image.width, image.height).data, image.width, image.height);
}

function firstLine(error: unknown): string {
  const details = (error as { details?: unknown }).details;
  const message = typeof details === 'string' && details ? details : error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].replace(/\.$/, '');
}
