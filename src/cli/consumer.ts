import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readDocumentBytes } from '../ingest/read.js';
import { failedDocument } from '../report/build.js';
import { computeDeadline, isProblem, type DeadlineProblem, type DeadlineResult } from '../deadline/compute.js';
import { explainProblem } from '../deadline/explain.js';
import { todayIn } from '../deadline/today.js';
import { ExitCode } from '../errors.js';
import type { Locale } from '../i18n/messages.js';
import { PROBLEM_CODES } from '../report/deadline.js';
import type { CliIO } from './context.js';
import { writeOutput } from './output.js';
import { readStdin } from './stdin.js';
import { analyzeInWorker } from '../runner/single.js';
import { shownName } from '../sanitize.js';
import { analysisSettings, runSettings, type SettingsFlags } from '../settings/analysis.js';

/** Options shared by `knebel deadline` and `knebel letter`. */
export interface ConsumerOptions extends SettingsFlags {
  periods?: number;
  /** An analysis process started early (cli/prestart.ts). */
  prestarted?: ChildProcess[];
}

export interface Loaded {
  /** The report and the normalized text, from a worker process. */
  analysis: Awaited<ReturnType<typeof analyzeInWorker>>;
  /** sha256 of the input bytes: stable id of the contract (calendar UIDs). */
  digest: string;
  locale: Locale;
  today: string;
  outcome: DeadlineResult | DeadlineProblem;
}

export { PROBLEM_CODES };

/** Exit code for a problem: a missing --start is a usage problem (2); facts the contract lacks make the input unusable (3). */
export const problemExit = (problem: DeadlineProblem) => (problem.kind === 'missing-start' ? ExitCode.usage : ExitCode.inputFailed);

/** Write like `check --output` (cli/output.ts): atomic for files, in place for devices and FIFOs; "-" is standard output. */
export async function writeAtomic(path: string, content: string | Uint8Array, io: CliIO, flag = '-o'): Promise<void> {
  // the sinks write Buffer.from(chunk), which takes a PDF's bytes as well as text
  writeOutput(path, content as string, io, flag);
}

/** Read and analyse FILE, then compute its dates; prints the one-line error and returns the exit code when analysis fails. */
export async function loadContract(file: string, options: ConsumerOptions, io: CliIO): Promise<Loaded | number> {
  let analysis: Loaded['analysis'];
  let digest: string;
  try {
    const settings = analysisSettings(options);
    const bytes = file === '-' ? await readStdin(io.stdin, settings.maxBytes + 1) : await readDocumentBytes(file, settings.maxBytes);
    digest = createHash('sha256').update(bytes).digest('hex');
    // analysed in a worker process, under the same time budget and limits as `check`
    analysis = await analyzeInWorker(bytes, file, { ...settings, ...runSettings(options), prestarted: options.prestarted });
  } catch (error) {
    const failed = failedDocument(file, error);
    if (!failed.ok) io.stderr.write(`knebel: ${shownName(file)}: ${failed.error.message} [${failed.error.code}]\n`);
    return ExitCode.inputFailed;
  }
  const doc = analysis.report;
  const locale = options.locale ?? doc.language;
  const today = options.today ?? todayIn(doc.jurisdiction);
  const outcome = computeDeadline(doc, { start: options.start, today, noCancelButton: options.cancelButton === false, periods: options.periods, text: analysis.normalized.text });
  return { analysis, digest, locale, today, outcome };
}

/** The problem as one sentence in the output language, with its stable code. */
export function explainLoaded(loaded: Loaded, problem: DeadlineProblem): string {
  const doc = loaded.analysis.report;
  return `${doc.source}: ${explainProblem(problem, { facts: doc.facts }, loaded.locale)} [${PROBLEM_CODES[problem.kind]}]`;
}

/** Print a problem (stderr, and as JSON on stdout when asked) and return its exit code. */
export function reportProblem(loaded: Loaded, problem: DeadlineProblem, json: boolean, io: CliIO): number {
  const doc = loaded.analysis.report;
  const message = explainProblem(problem, { facts: doc.facts }, loaded.locale);
  io.stderr.write(`knebel: ${explainLoaded(loaded, problem)}\n`);
  if (json) io.stdout.write(`${JSON.stringify({ source: doc.source, ok: false, error: { code: PROBLEM_CODES[problem.kind], message } }, null, 2)}\n`);
  return problemExit(problem);
}

export { isProblem };
