import { secondOpinion, withModelHits } from './classifier/index.js';
import { detectContext } from './context/index.js';
import { NOT_A_CONTRACT_REASON, textReadsLikeContract } from './facts/contract-gate.js';
import { extractFacts, type ExtractedFacts } from './facts/extract.js';
import { extractTerms } from './facts/terms.js';
import { InputError } from './errors.js';
import type { Locale } from './i18n/messages.js';
import { ingest, type IngestedDocument, type IngestOptions } from './ingest/index.js';
import { readDocumentBytes } from './ingest/read.js';
import { LANGUAGE_PACKS } from './lang/index.js';
import { DEFAULT_MAX_BYTES } from './model/limits.js';
import type { OcrOptions } from './ocr/limits.js';
import { forgetScans } from './prefilter/scan.js';
import { TextScans } from './prefilter/scans.js';
import { buildReport, failedDocument } from './report/build.js';
import { assembleDocument, factValues } from './report/document.js';
import type { DocumentReport, OkDocument, Report } from './report/schema.js';
import { evaluateRules, type RuleHit } from './rules/evaluate.js';
import { loadRules, type Rule } from './rules/load.js';
import type { ContractType } from './model/vocabulary.js';
import { score } from './score/index.js';
import { normalize, type NormalizedText } from './text/normalize.js';
import { checkTextLength, readableLanguage } from './text/quality.js';
import { segment, type Clause } from './text/segment.js';

export { buildReport, failedDocument, readDocumentBytes };

export interface AnalyzeOptions extends OcrOptions {
  /** Language of messages; default: the contract's language. */
  locale?: Locale;
  /** Skip language detection. */
  language?: 'de' | 'en';
  jurisdiction?: string;
  contractDate?: string;
  contractType?: ContractType;
  password?: string;
  maxBytes?: number;
  maxPages?: number;
  maxUnzippedBytes?: number;
  /** Most characters of text analysed. */
  maxChars?: number;
  /** Extra rule pack folders (--rules), loaded by the library entry points when `rules` is not given. */
  ruleDirs?: string[];
  /** Pre-loaded rules (overrides ruleDirs). */
  rules?: readonly Rule[];
  /** Put the document's clauses into the report (for the HTML report and `knebel diff`). */
  includeClauses?: boolean;
  /** Analyse a text even when it does not read like a contract (--force-contract). */
  forceContract?: boolean;
  /** The statistical second opinion after the rules (--no-model sets false); default on. */
  model?: boolean;
}

/** Milliseconds spent in each stage of the pipeline (for `npm run bench`; never in the report). */
export interface StageTimings {
  ingest: number;
  normalize: number;
  segment: number;
  extract: number;
  rules: number;
  score: number;
  report: number;
}

/** Everything the pipeline computed for one document, for callers that need more than the report. */
export interface Analysis {
  report: OkDocument;
  normalized: NormalizedText;
  clauses: Clause[];
  facts: ExtractedFacts;
  timings: StageTimings;
}

/**
 * The conveyor: page texts from ingestion → normalize → quality gate → segment → contract gate →
 * extract facts and context → evaluate the rules and the statistical model → score → assemble the
 * report. Each stage hands its typed result to the next; the rules come in, nothing is loaded here.
 */
export function analyzePages(ingested: IngestedDocument, source: string, rules: readonly Rule[], options: AnalyzeOptions = {}): Analysis {
  checkTextLength(ingested.pages, options.maxChars);
  const clock = stopwatch();
  let normalized = normalize(ingested.pages);
  const normalizeMs = clock();
  const language = readableLanguage(normalized.text, options.language);
  const pack = LANGUAGE_PACKS[language];
  // pages read by OCR get the language's repairs of typical misreadings, now that the language is known
  if (ingested.ocr?.some(Boolean)) normalized = normalize(ingested.pages, { ocrPages: ingested.ocr.map(Boolean), repairs: pack.ocrRepairs, units: pack.units });
  const text = normalized.text;
  clock();
  const clauses = segment(normalized);
  // one literal scan per sentence serves every guarded expression of the contract gate, facts and
  // rules (sentences are slices of the text: one pass scans the text and every sentence)
  const scans = TextScans.ofSpans(text, clauses.flatMap((clause) => clause.sentences), true);
  let facts: ExtractedFacts;
  let terms: ReturnType<typeof extractTerms>;
  let context: ReturnType<typeof detectContext>;
  let hits: RuleHit[];
  let segmentMs: number;
  let extractMs: number;
  try {
    if (!options.forceContract && !textReadsLikeContract(text, clauses.reduce((n, c) => n + c.sentences.length, 0), pack)) {
      throw new InputError('NOT_A_CONTRACT', NOT_A_CONTRACT_REASON);
    }
    segmentMs = clock();
    facts = extractFacts(clauses, pack);
    terms = extractTerms(clauses, pack);
    context = detectContext(text, language, { jurisdiction: options.jurisdiction, contractDate: options.contractDate, contractType: options.contractType });
    extractMs = clock();
    hits = evaluateRules(rules, { language, context, clauses, text, facts, factValues: factValues(facts), sentenceScans: scans.parts, documentScan: scans.whole });
  } finally {
    forgetScans();
  }
  // the statistical second opinion: sentences with a category's cue that no rule flagged (src/classifier)
  const model = options.model === false ? [] : secondOpinion({ language, clauses, ruleHits: hits, rules, jurisdiction: context.jurisdiction, contractType: context.contractType });
  const findingHits = model.length ? withModelHits(hits, model) : hits;
  const rulesMs = clock();

  const scored = score(findingHits.map((h) => ({ category: h.rule.category, severity: h.severity })));
  const scoreMs = clock();

  const locale = options.locale ?? language;
  const values = factValues(facts);
  const report = assembleDocument({ source, ingested, normalized, language, locale, clauses, facts, values, terms, context, hits: findingHits, scored, includeClauses: options.includeClauses });
  const timings: StageTimings = { ingest: 0, normalize: normalizeMs, segment: segmentMs, extract: extractMs, rules: rulesMs, score: scoreMs, report: clock() };
  return { report, normalized, clauses, facts, timings };
}

/** Returns a function that yields the milliseconds since it was last called. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
}

// ---------------------------------------------------------------------------------------------
// library entry points: where rules not given are loaded, once per call

const rulesOf = (options: AnalyzeOptions): readonly Rule[] => options.rules ?? loadRules(options.ruleDirs);

function ingestOptions(options: AnalyzeOptions): IngestOptions {
  const { password, maxBytes, maxPages, maxUnzippedBytes, ocr, ocrLang, ocrEngine, maxPixels, onOcrPage } = options;
  return { password, maxBytes, maxPages, maxUnzippedBytes, ocr, ocrLang, ocrEngine, maxPixels, onOcrPage };
}

/** Analyse raw bytes (any supported format). */
export async function analyzeBytes(bytes: Uint8Array, source: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const started = performance.now();
  const ingested = await ingest(bytes, ingestOptions(options));
  const ingestMs = performance.now() - started;
  const analysis = analyzePages(ingested, source, rulesOf(options), options);
  analysis.timings.ingest = ingestMs;
  return analysis;
}

/** Analyse contract text given as a string (treated as plain text, Markdown or HTML by content). */
export async function analyzeText(text: string, options: AnalyzeOptions = {}, source = '<text>'): Promise<Analysis> {
  return analyzeBytes(new TextEncoder().encode(text), source, options);
}

export type AnalyzeInput =
  | string
  | Uint8Array
  | { text: string; source?: string }
  | { bytes: Uint8Array; source?: string }
  /** Files that are the pages of one document (--join), in this order. */
  | { join: string[]; source?: string };

/** Analyse one document from a path, bytes or text; failures become a failed document, never an exception. */
export async function analyzeDocument(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<DocumentReport> {
  const source = typeof input === 'string' ? input : input instanceof Uint8Array ? '<buffer>' : (input.source ?? '<text>');
  const read = (path: string) => readDocumentBytes(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  try {
    if (typeof input === 'string') return (await analyzeBytes(await read(input), source, options)).report;
    if (input instanceof Uint8Array) return (await analyzeBytes(input, source, options)).report;
    if ('text' in input) return (await analyzeText(input.text, options, source)).report;
    if ('join' in input) {
      const { ingestJoined } = await import('./ingest/join.js');
      const ingested = await ingestJoined(input.join, read, ingestOptions(options));
      return analyzePages(ingested, source, rulesOf(options), options).report;
    }
    return (await analyzeBytes(input.bytes, source, options)).report;
  } catch (error) {
    return failedDocument(source, error);
  }
}

/** Library entry point: analyse paths, buffers or texts and return the report model. */
export async function analyze(inputs: AnalyzeInput | AnalyzeInput[], options: AnalyzeOptions = {}): Promise<Report> {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  const rules = rulesOf(options);
  const documents: DocumentReport[] = [];
  for (const input of list) documents.push(await analyzeDocument(input, { ...options, rules }));
  return buildReport(documents);
}
