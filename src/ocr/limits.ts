/**
 * OCR settings and their documented defaults (README "Limits", docs/ocr.md). Light on purpose:
 * the CLI reads these without loading any OCR code.
 */
export type OcrMode = 'auto' | 'always' | 'never';
export type OcrEngineChoice = 'wasm' | 'system';
export const OCR_MODES: readonly OcrMode[] = ['auto', 'always', 'never'];
export const OCR_ENGINES: readonly OcrEngineChoice[] = ['wasm', 'system'];

export interface OcrOptions {
  /** auto: pages without a text layer; always: every page; never: refuse to OCR. */
  ocr?: OcrMode;
  /** Tesseract languages joined by "+" (deu, eng), default "deu" (see DEFAULT_OCR_LANG). */
  ocrLang?: string;
  ocrEngine?: OcrEngineChoice;
  /** Largest image accepted, in pixels (as declared in its header). */
  maxPixels?: number;
  /** Called before each page is read by OCR (the runner extends the time budget, the CLI shows progress). */
  onOcrPage?: (page: number, pages: number) => void;
}

/**
 * German alone, also for English contracts: tesseract's German model reads English text as well
 * as the English one (measured on the English scan twin), while the combined "deu+eng" model in
 * tesseract.js drops umlauts ("fällig" read as "fallig"), which German rule words need.
 */
export const DEFAULT_OCR_LANG = 'deu';
/** Pages rendered from a PDF for OCR: 300 dpi, what tesseract is trained for. */
export const OCR_DPI = 300;
