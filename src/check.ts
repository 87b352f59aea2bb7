import type { ChildProcess } from 'node:child_process';
import type { AnalyzeInput } from './analyze.js';
import { applyBaseline, baselineInfo } from './policy/baseline.js';
import { applySuppressions } from './policy/suppress.js';
import { BatchTally } from './policy/tally.js';
import { withConsumerAnswer } from './report/deadline.js';
import type { DocumentReport, Report } from './report/schema.js';
import { analyzeAll } from './runner/pool.js';
import type { Settings } from './settings/resolve.js';

/** Hooks of one run: progress, interruption, streaming, and analysis processes started early. */
export interface CheckRun {
  /** Each document as the outputs show it, as soon as it and all before it are done, in input order. */
  onDocument?: (doc: DocumentReport, index: number) => void;
  /** A document (by index) starts a page read by OCR. */
  onOcrPage?: (index: number, page: number, pages: number) => void;
  /** Stops starting documents (SIGINT, SIGTERM); the report holds those finished, the running ones as INTERRUPTED. */
  signal?: AbortSignal;
  /** Analysis processes from `prestartWorker`, used before new ones are started. */
  prestarted?: ChildProcess[];
  /** false: the report keeps no documents, only the counts, the policy and the catalog (the outputs streamed them). */
  keepDocuments?: boolean;
}

/** The policy stage of one document: suppressions, then the baseline. */
export function applyPolicyStage(doc: DocumentReport, settings: Pick<Settings, 'suppressions' | 'baseline'>): DocumentReport {
  if (!doc.ok) return doc;
  const suppressed = applySuppressions(doc, settings.suppressions);
  return settings.baseline ? applyBaseline(suppressed, settings.baseline) : suppressed;
}

/**
 * The `knebel check` use case without its I/O: analyse the inputs in isolated analysis processes
 * (time budget, memory cap), apply suppressions and the baseline, add the consumer's answer, the
 * rule catalog and the policy verdict. Settings come from `resolveSettings`; the caller reads
 * files and renders. Rejects with RulePackError when the analysis processes cannot load the rules.
 */
export async function check(inputs: readonly AnalyzeInput[], settings: Settings, run: CheckRun = {}): Promise<Report> {
  const tally = new BatchTally(run.keepDocuments ?? true, { failUnder: settings.failUnder, failOn: settings.failOn }, settings.minSeverity);
  await analyzeAll(inputs, {
    ...settings.analysis,
    ...settings.run,
    selection: settings.selection,
    prestarted: run.prestarted,
    signal: run.signal,
    onOcrPage: run.onOcrPage,
    keepResults: false, // the tally keeps what the report needs
    onDocument: (doc, index) => {
      const checked = applyPolicyStage(doc, settings);
      const shown = tally.add(checked.ok ? withConsumerAnswer(checked, settings.answer) : checked);
      run.onDocument?.(shown, index);
    },
  });
  const report = tally.report(settings.rules, run.signal?.aborted ?? false, settings.analysis.locale);
  if (settings.baseline) report.baseline = baselineInfo(settings.baseline);
  return report;
}
