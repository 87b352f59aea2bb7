import { Chalk } from 'chalk';
import { applyPolicyStage } from '../check.js';
import { diffDocuments } from '../diff/compare.js';
import { ExitCode, UsageError } from '../errors.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../format/diff.js';
import type { DocumentReport, OkDocument } from '../report/schema.js';
import { analyzeAll } from '../runner/pool.js';
import { shownName } from '../sanitize.js';
import { resolveSettings, type Settings, type SettingsFlags } from '../settings/resolve.js';
import { reportSetupError } from './check.js';
import { colorLevel } from './color.js';
import type { CliIO } from './context.js';
import { ClosedOutput, planSingleOutput, writeOutput } from './output.js';
import { readStdin } from './stdin.js';

export interface DiffCliOptions extends SettingsFlags {
  format: 'text' | 'json' | 'markdown';
  output?: string;
  color?: boolean;
}

/** `knebel diff OLD NEW`: exit 1 when the new version is worse. */
export async function runDiff(oldFile: string, newFile: string, options: DiffCliOptions, io: CliIO): Promise<number> {
  let settings: Settings;
  try {
    if (oldFile === '-' && newFile === '-') throw new UsageError('only one version can come from standard input');
    settings = resolveSettings({ ...options, includeClauses: true });
    if (options.output !== undefined) planSingleOutput(options.output, '-o', [oldFile, newFile]);
  } catch (error) {
    return reportSetupError(error, io);
  }
  // both versions are analysed in worker processes, under the same time budget and limits as `check`
  let analysed: DocumentReport[];
  try {
    const inputs = [oldFile, newFile].map(async (file) => (file === '-' ? { bytes: await readStdin(io.stdin, settings.analysis.maxBytes + 1), source: '-' } : file));
    analysed = await analyzeAll(await Promise.all(inputs), { ...settings.analysis, ...settings.run, selection: settings.selection, jobs: 2 });
  } catch (error) {
    return reportSetupError(error, io);
  }
  const docs = analysed.map((doc) => applyPolicyStage(doc, settings));
  let failed = false;
  for (const doc of docs) {
    if (!doc.ok) {
      io.stderr.write(`knebel: ${shownName(doc.source)}: ${doc.error.message} [${doc.error.code}]\n`);
      failed = true;
    }
  }
  if (failed) return ExitCode.inputFailed;
  const config = settings.config?.config.failOn;
  const failOn = options.failOn ?? config ?? 'medium';
  // names as people read them (control characters escaped) in the text and Markdown forms
  const named = options.format === 'json' ? docs : docs.map((doc) => ({ ...doc, source: shownName(doc.source) }));
  const diff = diffDocuments(named[0] as OkDocument, named[1] as OkDocument, { failOn: failOn === 'none' ? null : failOn, locale: settings.analysis.locale });
  const toFile = options.output !== undefined;
  const rendered =
    options.format === 'json'
      ? formatDiffJson(diff)
      : options.format === 'markdown'
        ? formatDiffMarkdown(diff)
        : formatDiffText(diff, {
            chalk: new Chalk({ level: toFile ? 0 : colorLevel(options.color, io.env, Boolean(io.stdout.isTTY)) }),
            width: toFile ? 100 : (io.stdout.columns ?? 100),
          });
  try {
    writeOutput(options.output ?? '-', rendered, io);
  } catch (error) {
    if (error instanceof ClosedOutput) return ExitCode.ok;
    io.stderr.write(`knebel: error: ${(error as Error).message}\n`);
    return ExitCode.outputFailed;
  }
  return diff.worse ? ExitCode.policyFailed : ExitCode.ok;
}
