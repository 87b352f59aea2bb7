import { createHash } from 'node:crypto';
import { detectContext, type ContextOverrides, type DocumentContext } from './context/index.js';
import { InputError } from './errors.js';
import { toIso } from './facts/duration.js';
import { contractSigns, NOT_A_CONTRACT_REASON, readsLikeContract } from './facts/contract-gate.js';
import { extractFacts, type ExtractedFacts, type FactEvidence } from './facts/extract.js';
import { extractTerms } from './facts/terms.js';
import { formatDuration, interpolate, t, type Locale } from './i18n/messages.js';
import { DEFAULT_MAX_BYTES, ingest, type IngestedDocument, type IngestOptions } from './ingest/index.js';
import { LANGUAGE_PACKS } from './lang/index.js';
import { ocrPagesOf, quoteConfidence } from './ocr/evidence.js';
import type { OcrOptions } from './ocr/limits.js';
import type { DocumentReport, Facts, Finding, OkDocument, Report } from './report/schema.js';
import { forgetScans } from './prefilter/scan.js';
import { TextScans } from './prefilter/scans.js';
import { describeValue, evaluateRules, jurisdictionCovers, type RuleHit } from './rules/evaluate.js';
import { loadRules, type Rule } from './rules/load.js';
import type { ContractType, Localized } from './rules/schema.js';
import { score } from './score/index.js';
import { detectLanguage, isSupported } from './text/language.js';
import { normalize, type NormalizedText } from './text/normalize.js';
import { segment, type Clause } from './text/segment.js';
import { sourceSpans } from './text/source-position.js';
import { buildReport, failedDocument } from './report/build.js';
import { readDocumentBytes } from './ingest/read.js';
import { asModelFinding, secondOpinion, withModelHits, type ModelHit } from './classifier/index.js';

export { buildReport, failedDocument };

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
  /** Extra rule pack folders (--rules). */
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

const pick = (text: Localized, locale: Locale): string => text[locale] ?? text.en ?? text.de ?? '';

function evidenceOf(e: FactEvidence, clauses: readonly Clause[], text: string) {
  const clause = clauses[e.clause];
  return {
    text: text.slice(e.sentence.start, e.sentence.end),
    page: clause.page,
    section: clause.section,
    start: e.sentence.start,
    end: e.sentence.end,
  };
}

function fingerprint(ruleId: string, quote: string): string {
  const normalizedQuote = quote.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(`${ruleId}\n${normalizedQuote}`).digest('hex').slice(0, 16);
}

function toFinding(
  hit: RuleHit,
  points: number,
  locale: Locale,
  context: DocumentContext,
  clauses: readonly Clause[],
  text: string,
  locate: ReturnType<typeof sourceSpans>,
): Finding {
  const { jurisdiction, contractType } = context;
  const { rule, evidence } = hit;
  const valueText =
    hit.value === undefined || typeof hit.value === 'boolean'
      ? ''
      : hit.value === 'indefinite'
        ? t(locale, 'value.indefinite')
        : hit.value === 'same-as-initial'
          ? t(locale, 'value.sameAsInitial')
          : formatDuration(hit.value, locale);
  const params = { value: valueText, match: evidence.match.text };
  const forType = rule.legalBasis.filter((b) => !b.contractType || b.contractType.includes(contractType));
  const applicable = forType.filter((b) => jurisdictionCovers(b.jurisdiction, jurisdiction));
  const basis = applicable.length ? applicable : jurisdiction === 'generic' ? forType : [];
  const quote = evidenceOf(evidence, clauses, text);
  // lines of the source file for text, Markdown and HTML; of the normalized text for PDF and DOCX
  const span = locate(quote.start, quote.end);
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: hit.severity,
    title: pick(rule.title, locale),
    message: interpolate(pick(rule.message, locale), params),
    explanation: interpolate(pick(rule.explanation, locale), params),
    evidence: { ...quote, match: { ...evidence.match }, ...span },
    legalBasis: basis.map((b) => ({ jurisdiction: b.jurisdiction, citation: b.citation, ...(b.note ? { note: pick(b.note, locale) } : {}) })),
    suggestion: pick(rule.suggestion, locale),
    points,
    fingerprint: fingerprint(rule.id, quote.text),
    ...(describeValue(hit.value) ? { value: describeValue(hit.value) } : {}),
  };
}

function factValues(facts: ExtractedFacts): Record<string, string | boolean | null> {
  return {
    minimumTerm: facts.minimumTerm ? toIso(facts.minimumTerm) : null,
    autoRenewal: facts.autoRenewal,
    renewalTerm: facts.renewalTerm === null ? null : typeof facts.renewalTerm === 'string' ? facts.renewalTerm : toIso(facts.renewalTerm),
    noticePeriod: facts.noticePeriod ? toIso(facts.noticePeriod) : null,
    noMinimumTerm: facts.noMinimumTerm,
    noticeAnchor: facts.noticeAnchor,
  };
}

/** Most characters analysed per document (README "Limits"). */
export const DEFAULT_MAX_CHARS = 5_000_000;

const WHITESPACE = /^\s$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** At least `count` characters that are not white space. */
function hasVisibleCharacters(text: string, count: number): boolean {
  let seen = 0;
  for (let i = 0; i < text.length && seen < count; i++) if (!WHITESPACE.test(text[i])) seen++;
  return seen >= count;
}

/** Mostly symbols, private-use glyphs or replacement characters: a PDF font without a usable text mapping. */
function looksGarbled(text: string): boolean {
  // counted in one loop over the first 20,000 characters (regex passes over the sample cost ~1 ms)
  let visible = 0;
  let letters = 0;
  let junk = 0;
  for (let i = 0; i < text.length && i < 20000; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || ((code === 0xa0 || code >= 0x1680) && WHITESPACE.test(text[i]))) continue;
    visible++;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) letters++;
    else if (code < 0x20 || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) junk++;
    else if (code >= 0x80) {
      // a letter outside the BMP is two code units, counted as two like the rest of the sample
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && i + 1 < 20000 ? 2 : 1;
      if (LETTER_OR_DIGIT.test(text.slice(i, i + width))) {
        letters += width;
        visible += width - 1;
        i += width - 1;
      }
    }
  }
  if (visible < 200) return false;
  return letters / visible < 0.5 || junk / visible > 0.1;
}

/** Refuse more text than --max-chars before any stage reads it. */
export function checkTextLength(pages: readonly string[], maxChars = DEFAULT_MAX_CHARS): void {
  const rawLength = pages.reduce((n, p) => n + p.length, 0);
  if (rawLength > maxChars) {
    throw new InputError('TOO_LONG', `${rawLength.toLocaleString('en')} characters of text, over the limit of ${maxChars.toLocaleString('en')}: raise --max-chars or split the document`);
  }
}

/** Run the text pipeline and the rules over page texts that ingestion produced. */
export function analyzePages(ingested: IngestedDocument, source: string, options: AnalyzeOptions = {}): Analysis {
  checkTextLength(ingested.pages, options.maxChars);
  const clock = stopwatch();
  let normalized = normalize(ingested.pages);
  const normalizeMs = clock();
  let text = normalized.text;
  if (!hasVisibleCharacters(text, 20)) throw new InputError('NO_TEXT', 'no readable text in this file: check that it is the contract itself');
  if (looksGarbled(text)) {
    throw new InputError('GARBLED_TEXT', 'the text layer is unreadable (broken font encoding?): run OCR first (e.g. ocrmypdf --force-ocr) or pass the text');
  }
  const guess = options.language ? null : detectLanguage(text);
  const language = options.language ?? guess!.language;
  // real prose in any of the known languages is 20–50 % function words; gibberish is near 0
  if (guess && text.length > 400 && guess.words > 50 && guess.functionWords / guess.words < 0.03) {
    throw new InputError('GARBLED_TEXT', 'the text does not read as any language (broken font encoding?): run OCR first (e.g. ocrmypdf --force-ocr) or pass the text');
  }
  if (!isSupported(language)) {
    throw new InputError('UNSUPPORTED_LANGUAGE', `contract language looks like "${language}": knebel reads German and English contracts only`);
  }
  const pack = LANGUAGE_PACKS[language];
  if (ingested.ocr?.some(Boolean)) {
    // pages read by OCR get the language's repairs of typical misreadings, now that the language is known
    normalized = normalize(ingested.pages, { ocrPages: ingested.ocr.map(Boolean), repairs: pack.ocrRepairs, units: pack.units });
    text = normalized.text;
  }
  clock();
  const clauses = segment(normalized);
  if (!options.forceContract && !readsLikeContract(contractSigns(text, clauses.reduce((n, c) => n + c.sentences.length, 0), pack))) {
    throw new InputError('NOT_A_CONTRACT', NOT_A_CONTRACT_REASON);
  }
  const segmentMs = clock();
  const rules = options.rules ?? loadRules(options.ruleDirs);
  // one literal scan per sentence serves every guarded expression of facts and rules
  // (sentences are slices of the text: one pass scans the text and every sentence)
  const scans = TextScans.ofSpans(text, clauses.flatMap((clause) => clause.sentences), true);
  const sentenceScans = scans.parts;
  const documentScan = scans.whole; // the context cues read the whole text
  let facts: ExtractedFacts;
  let terms: ReturnType<typeof extractTerms>;
  let context: DocumentContext;
  let values: ReturnType<typeof factValues>;
  let hits: RuleHit[];
  let extractMs: number;
  try {
    facts = extractFacts(clauses, pack);
    terms = extractTerms(clauses, pack);
    const overrides: ContextOverrides = { jurisdiction: options.jurisdiction, contractDate: options.contractDate, contractType: options.contractType };
    context = detectContext(text, language, overrides);
    values = factValues(facts);
    extractMs = clock();
    hits = evaluateRules(rules, { language, context, clauses, text, facts, factValues: values, sentenceScans, documentScan });
  } finally {
    forgetScans();
  }
  // the statistical second opinion: sentences with a category's cue that no rule flagged (src/classifier)
  const findingHits: (RuleHit | ModelHit)[] = options.model === false ? hits : withModelHits(hits, secondOpinion({ language, clauses, ruleHits: hits, rules, jurisdiction: context.jurisdiction, contractType: context.contractType }));
  const rulesMs = clock();
  const scored = score(findingHits.map((h) => ({ category: h.rule.category, severity: h.severity })));
  const scoreMs = clock();
  const locale = options.locale ?? language;
  const locate = sourceSpans(normalized, ingested.source);

  const evidence: Facts['evidence'] = {};
  const firstOf = (key: keyof ExtractedFacts['occurrences'], predicate: (value: unknown) => boolean) => {
    const hit = facts.occurrences[key].find((o) => predicate(o.value));
    if (hit) evidence[key] = evidenceOf(hit, clauses, text);
  };
  const sameIso = (iso: string | boolean | null) => (v: unknown) =>
    typeof v === 'object' && v !== null ? toIso(v as never) === iso : v === iso;
  firstOf('minimumTerm', sameIso(values.minimumTerm));
  firstOf('renewalTerm', sameIso(values.renewalTerm));
  firstOf('noticePeriod', sameIso(values.noticePeriod));
  firstOf('autoRenewal', (v) => v === values.autoRenewal);
  for (const [name, source] of Object.entries(terms.sources)) {
    evidence[name] = evidenceOf({ clause: source.clause, sentence: source.sentence, match: { start: source.sentence.start, end: source.sentence.start, text: '' } }, clauses, text);
  }

  const report: OkDocument = {
    source,
    ok: true,
    format: ingested.format,
    language,
    jurisdiction: context.jurisdiction,
    locale,
    pages: normalized.pageCount,
    score: scored.score,
    grade: scored.grade,
    facts: {
      minimumTerm: values.minimumTerm as string | null,
      autoRenewal: facts.autoRenewal,
      renewalTerm: values.renewalTerm as string | null,
      noticePeriod: values.noticePeriod as string | null,
      noticeAnchor: facts.noticeAnchor,
      openNoticePeriod: facts.openNoticePeriod && toIso(facts.openNoticePeriod),
      noMinimumTerm: facts.noMinimumTerm,
      contractType: context.contractType,
      contractDate: context.contractDate,
      startDate: context.startDate,
      prices: terms.prices,
      fees: terms.fees,
      cancellationChannels: terms.cancellationChannels,
      priceChange: terms.priceChange,
      pause: terms.pause,
      extraordinaryTermination: terms.extraordinaryTermination,
      evidence,
    },
    findings: findingHits.map((hit, i) => {
      const finding = asModelFinding(hit, locale, (h) => toFinding(h, scored.points[i], locale, context, clauses, text, locate));
      const ocrConfidence = quoteConfidence(ingested, normalized, finding.evidence.start, finding.evidence.end);
      return ocrConfidence === undefined ? finding : { ...finding, evidence: { ...finding.evidence, ocrConfidence } };
    }),
    context: {
      jurisdictionSource: context.jurisdictionSource,
      contractDateSource: context.contractDateSource,
      ...(ingested.encoding ? { encoding: ingested.encoding } : {}),
      characters: text.length,
      clauses: clauses.length,
    },
    warnings: [
      ...ingested.warnings,
      ...facts.conflicts.map((c) => `"${c.match.text}": the number in words (${c.value.words}) and in digits (${c.value.digits}) disagree; the words were used`),
    ],
    ...ocrPagesOf(ingested),
    ...(options.includeClauses
      ? { clauses: clauses.map((c) => ({ section: c.section, heading: c.heading, isHeading: c.isHeading, page: c.page, start: c.start, end: c.end, text: c.text })) }
      : {}),
  };
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

function ingestOptions(options: AnalyzeOptions): IngestOptions {
  const { password, maxBytes, maxPages, maxUnzippedBytes, ocr, ocrLang, ocrEngine, maxPixels, onOcrPage } = options;
  return { password, maxBytes, maxPages, maxUnzippedBytes, ocr, ocrLang, ocrEngine, maxPixels, onOcrPage };
}

/** Analyse raw bytes (any supported format). */
export async function analyzeBytes(bytes: Uint8Array, source: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const started = performance.now();
  const ingested = await ingest(bytes, ingestOptions(options));
  const ingestMs = performance.now() - started;
  const analysis = analyzePages(ingested, source, options);
  analysis.timings.ingest = ingestMs;
  return analysis;
}

/** Analyse contract text given as a string (treated as plain text, Markdown or HTML by content). */
export async function analyzeText(text: string, options: AnalyzeOptions = {}, source = '<text>'): Promise<Analysis> {
  return analyzeBytes(new TextEncoder().encode(text), source, options);
}

export { readDocumentBytes };

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
  try {
    if (typeof input === 'string') return (await analyzeBytes(await readDocumentBytes(input, options.maxBytes ?? DEFAULT_MAX_BYTES), source, options)).report;
    if (input instanceof Uint8Array) return (await analyzeBytes(input, source, options)).report;
    if ('text' in input) return (await analyzeText(input.text, options, source)).report;
    if ('join' in input) {
      const { ingestJoined } = await import('./ingest/join.js');
      const started = performance.now();
      const ingested = await ingestJoined(input.join, (path) => readDocumentBytes(path, options.maxBytes ?? DEFAULT_MAX_BYTES), ingestOptions(options));
      const analysis = analyzePages(ingested, source, options);
      analysis.timings.ingest = performance.now() - started;
      return analysis.report;
    }
    return (await analyzeBytes(input.bytes, source, options)).report;
  } catch (error) {
    return failedDocument(source, error);
  }
}

/** Library entry point: analyse paths, buffers or texts and return the report model. */
export async function analyze(inputs: AnalyzeInput | AnalyzeInput[], options: AnalyzeOptions = {}): Promise<Report> {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  const rules = options.rules ?? loadRules(options.ruleDirs);
  const documents: DocumentReport[] = [];
  for (const input of list) documents.push(await analyzeDocument(input, { ...options, rules }));
  return buildReport(documents);
}
