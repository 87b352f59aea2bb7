import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { RulePackError, type RuleProblem } from '../errors.js';
import { ruleSchema, type PatternMatch, type RuleFile } from './schema.js';

type Lang = 'de' | 'en';

/** What the evaluator needs of a pattern; a RegExp has it, and so has the linear-time adapter. */
export interface Pattern {
  readonly source: string;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

export interface CompiledPatterns {
  patterns: Record<Lang, Pattern[]>;
  all: Record<Lang, Pattern[]>;
  unless: Record<Lang, Pattern[]>;
  unlessDocument: Record<Lang, Pattern[]>;
}

/**
 * Built-in rules are reviewed code and use JavaScript regular expressions (with lookbehind).
 * Patterns from user rule packs run on RE2 (re2js): matching time is linear in the text, so no
 * pattern, however written, can hang the tool. RE2 has no lookaround or backreferences; such a
 * pattern is rejected on load with its file and line.
 */
export type PatternEngine = 'javascript' | 'linear';

type Re2Module = typeof import('re2js');
let re2: Re2Module | undefined;

class LinearPattern implements Pattern {
  private readonly compiled;
  constructor(readonly source: string) {
    re2 ??= createRequire(import.meta.url)('re2js') as Re2Module;
    this.compiled = re2.RE2JS.compile(source, re2.RE2JS.CASE_INSENSITIVE);
  }
  test(text: string): boolean {
    return this.compiled.matcher(text).find();
  }
  exec(text: string): RegExpExecArray | null {
    const matcher = this.compiled.matcher(text);
    if (!matcher.find()) return null;
    const result = [matcher.group() ?? ''] as unknown as RegExpExecArray;
    result.index = matcher.start();
    result.input = text;
    return result;
  }
}

function compilePattern(source: string, engine: PatternEngine): Pattern {
  return engine === 'linear' ? new LinearPattern(source) : new RegExp(source, 'iu');
}

export interface Rule extends RuleFile {
  /** File the rule came from, relative to the working directory when possible. */
  source: string;
  /** Pack name: "builtin" or the folder given with --rules. */
  pack: string;
  compiled: CompiledPatterns;
}

export const BUILTIN_RULES_DIR = resolve(fileURLToPath(new URL('../../rules', import.meta.url)));

function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listRuleFiles(path));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(path);
  }
  return out;
}

function position(doc: Document, lines: LineCounter, path: (string | number)[]): { line?: number; column?: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return {};
}

function compileList(
  list: Partial<Record<Lang, string[]>> | undefined,
  engine: PatternEngine,
  onError: (lang: Lang, index: number, reason: string) => void,
): Record<Lang, Pattern[]> {
  const out: Record<Lang, Pattern[]> = { de: [], en: [] };
  for (const lang of ['de', 'en'] as const) {
    (list?.[lang] ?? []).forEach((source, index) => {
      try {
        out[lang].push(compilePattern(source, engine));
      } catch (error) {
        const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
        onError(lang, index, engine === 'linear'
          ? `pattern not accepted by the linear-time engine (RE2: no lookaround, no backreferences): ${reason}`
          : `invalid regular expression: ${reason}`);
      }
    });
  }
  return out;
}

/** Parse and validate one rule file; problems carry file, line, field and reason. */
export function parseRuleFile(path: string, text: string, pack: string, engine: PatternEngine = 'javascript'): { rule?: Rule; problems: RuleProblem[] } {
  const fromHere = relative(process.cwd(), path);
  const file = fromHere && !fromHere.startsWith('..') ? fromHere : path;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => {
        const at = e.linePos?.[0];
        return { file, line: at?.line, column: at?.col, reason: `YAML syntax: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  const parsed = ruleSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path as (string | number)[];
        return { file, ...position(doc, lines, path), field: path.join('.') || '(file)', reason: issue.message };
      }),
    };
  }
  const rule = parsed.data;
  const problems: RuleProblem[] = [];
  const expectedId = basename(path).replace(/\.ya?ml$/i, '');
  if (rule.id !== expectedId) {
    problems.push({ file, ...position(doc, lines, ['id']), field: 'id', reason: `id "${rule.id}" must equal the file name "${expectedId}"` });
  }
  const fail = (key: string) => (lang: Lang, index: number, reason: string) => {
    const path = key === 'unlessDocument' ? ['document', 'unlessDocument', lang, index] : ['match', key, lang, index];
    problems.push({ file, ...position(doc, lines, path), field: path.join('.'), reason });
  };
  const match = rule.match as Partial<PatternMatch>;
  const compiled: CompiledPatterns = {
    patterns: compileList(match.patterns, engine, fail('patterns')),
    all: compileList(match.all, engine, fail('all')),
    unless: compileList(match.unless, engine, fail('unless')),
    unlessDocument: compileList(rule.document?.unlessDocument, engine, fail('unlessDocument')),
  };
  if (problems.length) return { problems };
  return { rule: { ...rule, source: file, pack, compiled }, problems };
}

/** Load every *.yml rule in `dir`; any broken file rejects the whole pack with all problems listed. */
export function loadRulePack(dir: string, pack = dir, engine: PatternEngine = pack === 'builtin' ? 'javascript' : 'linear'): Rule[] {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    files = listRuleFiles(dir);
  } catch (error) {
    throw new RulePackError([{ file: dir, reason: `cannot read rule pack: ${(error as Error).message}` }]);
  }
  if (files.length === 0) throw new RulePackError([{ file: dir, reason: 'rule pack holds no .yml files' }]);
  const rules: Rule[] = [];
  const problems: RuleProblem[] = [];
  for (const path of files) {
    const result = parseRuleFile(path, readFileSync(path, 'utf8'), pack, engine);
    problems.push(...result.problems);
    if (result.rule) rules.push(result.rule);
  }
  if (problems.length) throw new RulePackError(problems);
  return rules;
}

let builtin: Rule[] | undefined;

export function loadBuiltinRules(): Rule[] {
  builtin ??= loadRulePack(BUILTIN_RULES_DIR, 'builtin');
  return builtin;
}

/** Built-in rules plus user packs; a user rule with a built-in id is an error, not a silent override. */
export function loadRules(extraDirs: readonly string[] = []): Rule[] {
  const rules = [...loadBuiltinRules()];
  const seen = new Map(rules.map((r) => [r.id, r.source]));
  const problems: RuleProblem[] = [];
  for (const dir of extraDirs) {
    for (const rule of loadRulePack(dir)) {
      const clash = seen.get(rule.id);
      if (clash) problems.push({ file: rule.source, field: 'id', reason: `rule id "${rule.id}" is already defined in ${clash}` });
      else {
        seen.set(rule.id, rule.source);
        rules.push(rule);
      }
    }
  }
  if (problems.length) throw new RulePackError(problems);
  return rules;
}
