import { Chalk } from 'chalk';
import { analyzeDocument, failedDocument } from '../analyze.js';
import { diffDocuments } from '../diff/index.js';
import { ExitCode, UsageError } from '../errors.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../format/diff.js';
import type { Locale } from '../i18n/messages.js';
import type { DocumentReport, OkDocument } from '../report/schema.js';
import type { ContractType, Severity } from '../rules/schema.js';
import { applyPolicyStage, reportSetupError, resolveSettings, type Settings } from './check.js';
import { colorLevel } from './color.js';
import type { CliIO } from './context.js';
import { ClosedOutput, planSingleOutput, writeOutput } from './output.js';
import { readStdin } from './stdin.js';

export interface DiffCliOptions {
  format: 'text' | 'json' | 'markdown';
  output?: string;
  locale?: Locale;
  jurisdiction?: string;
  contractType?: ContractType;
  failOn?: Severity | 'none';
  password?: string;
  rules?: string[];
  disableRule?: string[];
  config?: string | false;
  maxBytes: number;
  color?: boolean;
}

/** `knebel diff OLD NEW`: exit 1 when the new version is worse. */
export async function runDiff(oldFile: string, newFile: string, options: DiffCliOptions, io: CliIO): Promise<number> {
  let settings: Settings;
  try {
    if (oldFile === '-' && newFile === '-') throw new UsageError('only one version can come from standard input');
    settings = resolveSettings(options);
    if (options.output !== undefined) planSingleOutput(options.output, '-o', [oldFile, newFile]);
  } catch (error) {
    return reportSetupError(error, io);
  }
  const analyzeOptions = { ...settings.analyze, rules: settings.rules, maxBytes: options.maxBytes, includeClauses: true };
  const analyse = async (file: string): Promise<DocumentReport> => {
    try {
      if (file === '-') return await analyzeDocument({ bytes: await readStdin(io.stdin, options.maxBytes + 1), source: '-' }, analyzeOptions);
      return await analyzeDocument(file, analyzeOptions);
    } catch (error) {
      return failedDocument(file, error);
    }
  };
  const docs = [applyPolicyStage(await analyse(oldFile), settings), applyPolicyStage(await analyse(newFile), settings)];
  let failed = false;
  for (const doc of docs) {
    if (!doc.ok) {
      io.stderr.write(`knebel: ${doc.source}: ${doc.error.message} [${doc.error.code}]\n`);
      failed = true;
    }
  }
  if (failed) return ExitCode.inputFailed;
  const config = settings.config?.config.failOn;
  const failOn = options.failOn ?? config ?? 'medium';
  const diff = diffDocuments(docs[0] as OkDocument, docs[1] as OkDocument, { failOn: failOn === 'none' ? null : failOn, locale: settings.analyze.locale });
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
