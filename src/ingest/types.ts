export type DocumentFormat = 'pdf' | 'docx' | 'txt' | 'md' | 'html';

/** What ingestion hands to the text pipeline: the raw text of each page. */
export interface IngestedDocument {
  format: DocumentFormat;
  pages: string[];
  /** Text encoding detected for text-like formats. */
  encoding?: string;
  warnings: string[];
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
