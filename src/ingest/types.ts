import type { OcrOptions } from '../ocr/limits.js';

export type DocumentFormat = 'pdf' | 'docx' | 'txt' | 'md' | 'html' | 'image';

/** How a page read by OCR was read: the engine, its mean confidence and the words it was unsure of. */
export interface PageOcr {
  engine: string;
  confidence: number;
  uncertain: { start: number; end: number; confidence: number }[];
}

/** What ingestion hands to the text pipeline: the raw text of each page. */
export interface IngestedDocument {
  format: DocumentFormat;
  pages: string[];
  /** Text encoding detected for text-like formats. */
  encoding?: string;
  warnings: string[];
  /** Per page (same index as `pages`): how OCR read it; absent for pages with a text layer. */
  ocr?: (PageOcr | undefined)[];
  /** Text formats: the way from page text back to the file's own lines (SARIF regions, annotations). */
  source?: SourceText;
}

/** The decoded file and, for each page, where its characters stand in it. */
export interface SourceText {
  text: string;
  /** Per page: the offset in `text` of each character, or of the first when the page is an unchanged slice. */
  origins: (number | Int32Array)[];
}

export interface IngestOptions extends OcrOptions {
  password?: string;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Most PDF pages read. */
  maxPages?: number;
  /** Largest total size a DOCX may decompress to. */
  maxUnzippedBytes?: number;
}
