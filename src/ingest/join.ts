import { InputError } from '../errors.js';
import { DEFAULT_MAX_PAGES } from '../model/limits.js';
import { ingest } from './index.js';
import type { IngestedDocument, IngestOptions, PageOcr } from './types.js';

/**
 * Several files that are the pages of one document (`--join`: photos of each page): each is read
 * on its own and its pages follow the previous file's, so evidence says "page 2" for the second
 * photo. The page limit counts the pages of all files together.
 */
export async function ingestJoined(paths: readonly string[], read: (path: string) => Promise<Uint8Array>, options: IngestOptions): Promise<IngestedDocument> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const pages: string[] = [];
  const ocr: (PageOcr | undefined)[] = [];
  const warnings: string[] = [];
  const formats = new Set<IngestedDocument['format']>();
  for (const path of paths) {
    const offset = pages.length;
    const onOcrPage = options.onOcrPage && ((page: number) => options.onOcrPage?.(offset + page, Math.max(paths.length, offset + page)));
    let part: IngestedDocument;
    try {
      part = await ingest(await read(path), { ...options, onOcrPage, maxPages: maxPages - offset });
    } catch (error) {
      // which of the joined files failed matters more than the failure's own wording
      if (error instanceof InputError) throw new InputError(error.code, `${path}: ${error.message}`);
      throw error;
    }
    formats.add(part.format);
    part.pages.forEach((text, i) => {
      pages.push(text);
      ocr.push(part.ocr?.[i]);
    });
    warnings.push(...part.warnings.map((w) => `${path}: ${w}`));
    if (pages.length > maxPages) throw new InputError('TOO_MANY_PAGES', `the joined files have more than ${maxPages} pages: raise --max-pages or split them`);
  }
  return { format: formats.size === 1 ? [...formats][0] : 'image', pages, warnings, ...(ocr.some(Boolean) ? { ocr } : {}) };
}
