import { analyzeBytes, analyzeDocument, failedDocument, type AnalyzeInput, type AnalyzeOptions } from '../analyze.js';
import { checkTextLength } from '../text/quality.js';
import { ingest } from '../ingest/index.js';
import { scanWords } from '../prefilter/scan.js';
import type { DocumentReport } from '../report/schema.js';
import { loadBuiltinRules, type Rule } from '../rules/load.js';
import { loadSelection, type RuleSelection } from '../settings/selection.js';
import { normalize } from '../text/normalize.js';
import { detectLanguage, isSupported } from '../text/language.js';
import { LANGUAGE_PACKS } from '../lang/index.js';
import { watchParent } from './watchdog.js';
import { analyzeJoinedBytes, type JoinedBytes } from './joined.js';

/**
 * What a worker answers for each document: its report (check, diff); the report with the
 * normalized text the deadline and the letter read (deadline, letter); or only the normalized
 * text (`knebel text`, which runs no rules).
 */
export type WorkerTask = 'report' | 'analysis' | 'text';

/**
 * One analysis process (forked by the pool): receives its settings first, loads the rules once,
 * then analyses one document per message.
 */
export type WorkerMessage =
  | { setup: { selection: RuleSelection; options: AnalyzeOptions & { task?: WorkerTask } } }
  | { id: number; input: WorkerInput };

/** A document as the pool hands it on: the library's inputs, or pages already in memory (`knebel serve`). */
export type WorkerInput = AnalyzeInput | JoinedBytes;

/** The answer of the 'analysis' and 'text' tasks: a report carrying the normalized text. */
export type DocumentWithText = DocumentReport & { normalizedText?: string };

let rules: Rule[] = [];
let options: AnalyzeOptions & { task?: WorkerTask } = {};

watchParent();

// warm up before the settings arrive (a prestarted worker waits for them while the CLI reads its
// options): the built-in rules, and the literal scanner they share with the language packs
loadBuiltinRules();
scanWords();

/** The text `knebel text` prints: text read by OCR with the repairs the analysis applies, so offsets match. */
async function normalizedText(bytes: Uint8Array, analyzeOptions: AnalyzeOptions): Promise<string> {
  const ingested = await ingest(bytes, analyzeOptions);
  checkTextLength(ingested.pages, analyzeOptions.maxChars);
  const plain = normalize(ingested.pages);
  if (!ingested.ocr?.some(Boolean)) return plain.text;
  const language = detectLanguage(plain.text).language;
  if (!isSupported(language)) return plain.text;
  const pack = LANGUAGE_PACKS[language];
  return normalize(ingested.pages, { ocrPages: ingested.ocr.map(Boolean), repairs: pack.ocrRepairs, units: pack.units }).text;
}

async function answer(input: WorkerInput, onOcrPage: AnalyzeOptions['onOcrPage']): Promise<DocumentWithText> {
  const { task = 'report', ...rest } = options;
  const analyzeOptions = { ...rest, onOcrPage };
  if (typeof input === 'object' && 'joinBytes' in input) return analyzeJoinedBytes(input, rules, analyzeOptions);
  if (task === 'report' || typeof input !== 'object' || !('bytes' in input)) return analyzeDocument(input, { ...analyzeOptions, rules });
  const source = input.source ?? '<buffer>';
  try {
    if (task === 'analysis') {
      const analysis = await analyzeBytes(input.bytes, source, { ...analyzeOptions, rules });
      return { ...analysis.report, normalizedText: analysis.normalized.text };
    }
    return { source, ok: true, normalizedText: await normalizedText(input.bytes, analyzeOptions) } as DocumentWithText;
  } catch (error) {
    return failedDocument(source, error);
  }
}

process.on('message', async (message: WorkerMessage) => {
  if ('setup' in message) {
    rules = loadSelection(message.setup.selection);
    options = message.setup.options;
    // loading parsers and rules is the worker's own start-up, not part of any document's time budget
    process.send?.({ ready: true });
    return;
  }
  const id = message.id;
  // OCR progress of a long scan, for the parent's progress line
  const onOcrPage = (page: number, pages: number) => process.send?.({ id, ocrPage: [page, pages] });
  process.send?.({ id, report: await answer(message.input, onOcrPage) });
});

// the parent going away (Ctrl-C twice, a crash) ends the worker too
process.on('disconnect', () => process.exit(0));
