import { InputError } from '../errors.js';

/** Fewer visible characters than this on every page means there is no text layer to read. */
const MIN_CHARS_PER_PAGE = 20;

export async function readPdf(bytes: Uint8Array, password: string | undefined, maxPages: number): Promise<{ pages: string[]; warnings: string[] }> {
  // pdf-parse (pdf.js) costs ~250 ms to import: load it only when a PDF arrives.
  const { PDFParse, PasswordException, InvalidPDFException } = await import('pdf-parse');
  // isEvalSupported: false: pdf.js never compiles a PDF's functions to JavaScript
  const parser = new PDFParse({ data: new Uint8Array(bytes), password, verbosity: 0, isEvalSupported: false });
  try {
    // getText reads at most maxPages pages and tells the total; getInfo first (outline, metadata,
    // page labels) cost as much again on small files
    const result = await parser.getText({ pageJoiner: '', first: maxPages });
    if (result.total > maxPages) throw new InputError('TOO_MANY_PAGES', `PDF has ${result.total} pages, over the limit of ${maxPages}: raise --max-pages or split it`);
    const pages = result.pages.map((p) => p.text);
    const visible = pages.map((p) => p.replace(/\s+/g, '').length);
    if (pages.length === 0 || visible.every((n) => n < MIN_CHARS_PER_PAGE)) {
      throw new InputError('NO_TEXT_LAYER', 'scanned PDF without a text layer: run OCR first (e.g. ocrmypdf) or pass the text');
    }
    const blank = visible.flatMap((n, i) => (n < MIN_CHARS_PER_PAGE ? [i + 1] : []));
    const warnings = blank.length ? [`page(s) ${blank.join(', ')} have no text layer (scanned?) and were not analysed`] : [];
    return { pages, warnings };
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

function firstLine(error: unknown): string {
  const details = (error as { details?: unknown }).details;
  const message = typeof details === 'string' && details ? details : error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].replace(/\.$/, '');
}
