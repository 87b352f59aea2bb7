/**
 * The documented limits and defaults of a run (README "Limits and hostile input"), each raised or
 * changed per run by the option named beside it. They live below every stage so that the stage
 * that enforces a limit, the option that shows its default and the settings that fill it in read
 * one value; and they load nothing, because option definitions must not load a stage (`--help`
 * loads no parser).
 */

/** Largest input file accepted, in bytes (`--max-bytes`, TOO_LARGE): far above any real contract, below what exhausts memory. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
/** Most PDF or TIFF pages read (`--max-pages`, TOO_MANY_PAGES): the longest real terms run to a few hundred. */
export const DEFAULT_MAX_PAGES = 1000;
/** Most characters of text analysed per document (`--max-chars`, TOO_LONG): about 1,500 dense pages. */
export const DEFAULT_MAX_CHARS = 5_000_000;
/** Largest size a DOCX may decompress to, against zip bombs (`--max-unzipped-bytes`, ZIP_BOMB). */
export const DEFAULT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Most parts in a DOCX archive (ZIP_BOMB): a real document has a few dozen. */
export const MAX_ZIP_ENTRIES = 5000;

/** Wall-clock seconds per document, worker start-up excluded (`--time-budget`, TIME_LIMIT): a 100-page PDF takes about 2 s. */
export const DEFAULT_TIME_BUDGET_SECONDS = 60;
/** Longest --time-budget: a Node timer holds at most 2^31-1 ms; a longer budget used to fail every document at once. */
export const MAX_TIME_BUDGET_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/**
 * Default cap on an analysis process's resident memory (`--max-memory`, TOO_LARGE): a worker's JS
 * heap, pdf.js's inflated streams and zip buffers all count. 1.5 GB leaves room for two workers and
 * the main process on a 4 GB machine.
 */
export const DEFAULT_MAX_MEMORY_MB = 1536;

/** 100 megapixels (`--max-pixels`): several times a phone photo of a page; larger declared sizes are refused before decoding. */
export const DEFAULT_MAX_PIXELS = 100_000_000;

/** Periods listed by `knebel deadline` (`--periods`): the current one and the next three cover a year of monthly terms. */
export const DEFAULT_PERIODS = 4;
/** Days before the deadline for the calendar reminder (`--remind-days`, the HTML report's reminder): two weeks to send a letter. */
export const DEFAULT_REMIND_DAYS = 14;
