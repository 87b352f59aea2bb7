import { InputError, type InputErrorCode } from '../errors.js';
import type { OkDocument } from '../report/schema.js';
import { analyzeAll, type RunOptions } from './pool.js';
import type { DocumentWithText } from './worker.js';

/** Budget and limits of one document's analysis: the same as `check` (--time-budget, --max-*). */
export type SingleRunOptions = Omit<RunOptions, 'jobs' | 'onDocument' | 'signal' | 'task'>;

async function runOne(bytes: Uint8Array, source: string, options: SingleRunOptions, task: 'analysis' | 'text'): Promise<DocumentWithText & { ok: true }> {
  const [doc] = (await analyzeAll([{ bytes, source }], { ...options, jobs: 1, task })) as DocumentWithText[];
  if (!doc.ok) throw new InputError(doc.error.code as InputErrorCode, doc.error.message);
  return doc;
}

/**
 * Analyse one document in an isolated worker process, under the time budget and memory cap:
 * what `deadline` and `letter` read (the report and the normalized text). A document that fails,
 * runs out of time or memory throws its InputError, as an in-process analysis would.
 */
export async function analyzeInWorker(bytes: Uint8Array, source: string, options: SingleRunOptions): Promise<{ report: OkDocument; normalized: { text: string } }> {
  const { normalizedText = '', ...report } = await runOne(bytes, source, options, 'analysis');
  return { report: report as OkDocument, normalized: { text: normalizedText } };
}

/** The normalized text of one document (`knebel text`), read in a worker under the same budget and limits. */
export async function normalizedTextInWorker(bytes: Uint8Array, source: string, options: SingleRunOptions): Promise<string> {
  return (await runOne(bytes, source, options, 'text')).normalizedText ?? '';
}
