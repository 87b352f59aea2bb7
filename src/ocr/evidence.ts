import type { IngestedDocument } from '../ingest/types.js';
import type { NormalizedText } from '../text/normalize.js';

/** `pages[n].ocr` of the report: the pages OCR read, with engine and mean confidence. */
export function ocrPagesOf(ingested: IngestedDocument): { ocr: { pages: { page: number; engine: string; confidence: number }[] } } | undefined {
  const pages = (ingested.ocr ?? []).flatMap((o, i) => (o ? [{ page: i + 1, engine: o.engine, confidence: o.confidence }] : []));
  return pages.length ? { ocr: { pages } } : undefined;
}

/**
 * The lowest confidence of the uncertain OCR words a quote holds, or undefined when it holds none
 * (or the text was not read by OCR). Quote offsets are traced back to the page text OCR produced.
 */
export function quoteConfidence(ingested: IngestedDocument, normalized: NormalizedText, start: number, end: number): number | undefined {
  if (!ingested.ocr?.some(Boolean) || end <= start) return undefined;
  const from = normalized.rawPosition(start);
  const to = normalized.rawPosition(end - 1);
  let lowest: number | undefined;
  ingested.ocr.forEach((page, i) => {
    if (!page || i < from.page || i > to.page) return;
    const first = i === from.page ? from.offset : 0;
    const last = i === to.page ? to.offset : Number.POSITIVE_INFINITY;
    for (const word of page.uncertain) {
      if (word.end > first && word.start <= last) lowest = Math.min(lowest ?? 100, word.confidence);
    }
  });
  return lowest;
}
