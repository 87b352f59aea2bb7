import { existsSync, statSync } from 'node:fs';
import { MAX_CONFIG_BYTES, readBoundedText } from '../bounded-read.js';
import { dirname, join, relative, resolve } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { describeJurisdictions, JURISDICTIONS } from '../model/jurisdiction.js';
import { CONTRACT_TYPES, SEVERITIES } from '../model/vocabulary.js';

/** Looked for in the working directory, then in each parent up to the repository (or file-system) root. */
export const CONFIG_FILES = ['knebel.config.json', '.knebelrc.json'] as const;

export const suppressionConfigSchema = z
  .object({
    /** Rule id as listed by `knebel rules`. */
    rule: z.string().min(1),
    /** Glob of the contract files it covers, relative to the config file ("contracts/legacy/**", "*.pdf"). */
    files: z.string().min(1),
    /** Only findings whose quoted clause contains this text (case and spacing ignored). */
    text: z.string().min(1).optional(),
    /** Why the finding is accepted. Mandatory: it is printed in every report. */
    reason: z.string().trim().min(1, 'give a reason: suppressed findings are shown with it in every report'),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** Law to judge by when the command line does not say (default: detected per contract). */
    jurisdiction: z.enum(JURISDICTIONS as [string, ...string[]], { message: `unknown jurisdiction; known ids: ${describeJurisdictions()}` }).optional(),
    /** Language of the messages (default: each contract's language). */
    locale: z.enum(['de', 'en']).optional(),
    contractType: z.enum(CONTRACT_TYPES).optional(),
    /** false: no statistical second opinion, rules only (like --no-model). */
    model: z.boolean().optional(),
    /** Fail (exit 1) when a contract scores below this. */
    failUnder: z.number().int().min(0).max(100).optional(),
    /** Fail (exit 1) on a finding of this severity or worse; "none" never. */
    failOn: z.enum([...SEVERITIES, 'none']).optional(),
    /** Extra rule pack folders, relative to the config file. */
    rules: z.array(z.string().min(1)).optional(),
    /** Rule ids not to run at all. */
    disabledRules: z.array(z.string().min(1)).optional(),
    /** Globs of files to analyse when a directory is given (default: *.pdf, *.docx, *.txt, *.md, *.html). */
    include: z.array(z.string().min(1)).optional(),
    /** Globs of files and folders to skip. */
    exclude: z.array(z.string().min(1)).optional(),
    /** Accepted findings: shown as suppressed with their reason, costing no points. */
    suppressions: z.array(suppressionConfigSchema).optional(),
  })
  .strict();

export type KnebelConfig = z.infer<typeof configSchema>;
export type SuppressionConfig = z.infer<typeof suppressionConfigSchema>;

export interface LoadedConfig {
  /** Path of the config file as shown to the user (relative to the working directory when inside it). */
  path: string;
  /** Folder the config's relative paths and globs start from. */
  dir: string;
  config: KnebelConfig;
}

/** "ValueExpected" → "value expected": jsonc-parser's error codes as words. */
const describeError = (code: number) =>
  printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** Parse and validate config text; problems become one UsageError listing `file:line:col field: reason`. */
export function parseConfig(text: string, path: string): KnebelConfig {
  // JSON with // and /* */ comments and trailing commas, as editors write it (jsonc-parser: a long
  // string is one token, no regex or recursion over it)
  const json = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const data: unknown = parse(json, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) throw new UsageError(`${path}:${lineColumn(json, errors[0].offset)}: invalid JSON: ${describeError(errors[0].error)}`);
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${path} ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new UsageError(`invalid config:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Find the config file: in `from`, then in each parent, stopping after a folder holding `.git`. */
export function findConfig(from = process.cwd()): string | undefined {
  let dir = resolve(from);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/** Load the config named with --config, else the nearest one; `false` (--no-config) loads none. */
export function loadConfig(explicit: string | false | undefined): LoadedConfig | undefined {
  if (explicit === false) return undefined;
  const path = explicit ? resolve(explicit) : findConfig();
  if (!path) return undefined;
  const text = readBoundedText(path, MAX_CONFIG_BYTES, (reason) => new UsageError(`cannot read config ${shown(path)}: ${reason}`));
  return { path: shown(path), dir: dirname(path), config: parseConfig(text, shown(path)) };
}
