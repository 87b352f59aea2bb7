import { rename, writeFile } from 'node:fs/promises';
import { Chalk } from 'chalk';
import { analyzeDocument, buildReport, failedDocument, type AnalyzeOptions } from '../analyze.js';
import { ExitCode, RulePackError, formatRuleProblem } from '../errors.js';
import { formatJson } from '../format/json.js';
import { formatText } from '../format/text.js';
import type { Locale } from '../i18n/messages.js';
import type { DocumentReport } from '../report/schema.js';
import { loadRules } from '../rules/load.js';
import type { ContractType } from '../rules/schema.js';
import type { CliIO } from './context.js';
import { colorLevel } from './color.js';
import { readStdin } from './stdin.js';

export interface CheckOptions {
  format: 'text' | 'json';
  output?: string;
  locale?: Locale;
  jurisdiction?: string;
  contractDate?: string;
  contractType?: ContractType;
  password?: string;
  rules?: string[];
  maxBytes: number;
  color?: boolean;
  debug?: boolean;
}

/** Write atomically: a crash mid-write never leaves a half report behind. */
async function writeOutput(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

export async function runCheck(files: string[], options: CheckOptions, io: CliIO): Promise<number> {
  let rules;
  try {
    rules = loadRules(options.rules ?? []);
  } catch (error) {
    if (error instanceof RulePackError) {
      for (const problem of error.problems) io.stderr.write(`knebel: invalid rule: ${formatRuleProblem(problem)}\n`);
      return ExitCode.rulePackInvalid;
    }
    throw error;
  }
  const analyzeOptions: AnalyzeOptions = {
    rules,
    locale: options.locale,
    jurisdiction: options.jurisdiction,
    contractDate: options.contractDate,
    contractType: options.contractType,
    password: options.password,
    maxBytes: options.maxBytes,
  };

  const documents: DocumentReport[] = [];
  for (const file of files) {
    try {
      if (file === '-') {
        const bytes = await readStdin(io.stdin, options.maxBytes + 1);
        documents.push(await analyzeDocument({ bytes, source: '-' }, analyzeOptions));
      } else documents.push(await analyzeDocument(file, analyzeOptions));
    } catch (error) {
      documents.push(failedDocument(file, error));
    }
    const last = documents[documents.length - 1];
    if (!last.ok) {
      io.stderr.write(`knebel: ${last.source}: ${last.error.message} [${last.error.code}]\n`);
      if (options.debug && last.error.code === 'INTERNAL_ERROR') io.stderr.write(`${last.error.message}\n`);
    }
  }

  const report = buildReport(documents);
  const toFile = options.output !== undefined;
  const stdout = io.stdout;
  const rendered =
    options.format === 'json'
      ? formatJson(report)
      : formatText(report, {
          chalk: new Chalk({ level: toFile ? 0 : colorLevel(options.color, io.env, Boolean(stdout.isTTY)) }),
          width: stdout.columns ?? 100,
          locale: options.locale,
        });
  if (toFile) await writeOutput(options.output as string, rendered);
  else if (rendered) stdout.write(rendered);
  return report.summary.failed > 0 ? ExitCode.inputFailed : ExitCode.ok;
}
