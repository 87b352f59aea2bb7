import { InputError } from '../errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from '../model/limits.js';
import { stripControls } from '../sanitize.js';
import { decodeText } from './decode.js';
import { checkSize } from './read.js';
import { detectKind, looksLikeHtml, looksLikeMarkdown } from './detect.js';
import { markdownToTracked } from './markdown.js';
import type { ImageFormat } from '../ocr/header.js';
import type { IngestedDocument, IngestOptions } from './types.js';

export type { IngestedDocument, IngestOptions } from './types.js';


/**
 * Turn the bytes of a contract into page texts, choosing the reader by content. Control
 * characters (ESC and the like, raw or as HTML `&#27;`) never get past this point.
 */
export async function ingest(bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestedDocument> {
  const document = await readPages(bytes, options);
  // one space for one control character: offsets into the pages and the source stay valid
  const source = document.source && { ...document.source, text: stripControls(document.source.text) };
  return { ...document, pages: document.pages.map(stripControls), ...(source ? { source } : {}) };
}

async function readPages(bytes: Uint8Array, options: IngestOptions): Promise<IngestedDocument> {
  if (bytes.length === 0) throw new InputError('EMPTY_FILE', 'empty file: nothing to analyse');
  checkSize(bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const kind = detectKind(bytes);
  if (kind === 'pdf') {
    const { readPdf } = await import('./pdf.js');
    return { format: 'pdf', ...(await readPdf(bytes, options, options.maxPages ?? DEFAULT_MAX_PAGES)) };
  }
  if (kind === 'image') {
    const [{ readImage }, { sniffImage }] = await Promise.all([import('./image.js'), import('../ocr/header.js')]);
    return { format: 'image', ...(await readImage(bytes, sniffImage(bytes) as ImageFormat, options, options.maxPages ?? DEFAULT_MAX_PAGES)) };
  }
  if (kind === 'docx') {
    const { inspectZip } = await import('./zip.js');
    await inspectZip(bytes, { maxUncompressedBytes: options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES, maxEntries: MAX_ZIP_ENTRIES });
    const { readDocx } = await import('./docx.js');
    return { format: 'docx', ...(await readDocx(bytes)) };
  }
  const { text, encoding } = decodeText(bytes);
  if (looksLikeHtml(text)) {
    // the HTML parser (~60 ms to import) loads only for HTML
    const { htmlToTracked } = await import('./html.js');
    const page = htmlToTracked(text);
    return { format: 'html', pages: [page.text], encoding, warnings: [], source: { text, origins: [page.origin] } };
  }
  // a form feed separates pages in text exports (pdftotext, printers)
  const pages = text.split('\f');
  const starts = pageStarts(pages);
  if (looksLikeMarkdown(text)) {
    const tracked = pages.map(markdownToTracked);
    return { format: 'md', pages: tracked.map((p) => p.text), encoding, warnings: [], source: { text, origins: tracked.map((p, i) => p.origin.map((o) => o + starts[i])) } };
  }
  return { format: 'txt', pages, encoding, warnings: [], source: { text, origins: starts } };
}

/** Offset of each page in the text its pages were split from (one form feed between pages). */
function pageStarts(pages: readonly string[]): number[] {
  let at = 0;
  return pages.map((page) => {
    const start = at;
    at += page.length + 1;
    return start;
  });
}

