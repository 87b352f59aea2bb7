export type DocumentFormat = 'pdf' | 'docx' | 'txt' | 'md' | 'html';

/** What ingestion hands to the text pipeline: the raw text of each page. */
export interface IngestedDocument {
  format: DocumentFormat;
  pages: string[];
  /** Text encoding detected for text-like formats. */
  encoding?: string;
  warnings: string[];
  /** Text formats: the way from page text back to the file's own lines (SARIF regions, annotations). */
  source?: SourceText;
}

/** The decoded file and, for each page, where its characters stand in it. */
export interface SourceText {
  text: string;
  /** Per page: the offset in `text` of each character, or of the first when the page is an unchanged slice. */
  origins: (number | Int32Array)[];
}

export interface IngestOptions {
  password?: string;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Most PDF pages read. */
  maxPages?: number;
  /** Largest total size a DOCX may decompress to. */
  maxUnzippedBytes?: number;
}
