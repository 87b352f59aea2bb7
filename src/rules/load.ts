import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { RulePackError, type RuleProblem } from '../errors.js';
import { ruleSchema, type PatternMatch, type RuleFile } from './schema.js';

type Lang = 'de' | 'en';

export interface CompiledPatterns {
  patterns: Record<Lang, RegExp[]>;
  all: Record<Lang, RegExp[]>;
  unless: Record<Lang, RegExp[]>;
  unlessDocument: Record<Lang, RegExp[]>;
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

function compileList(list: Partial<Record<Lang, string[]>> | undefined, onError: (lang: Lang, index: number, reason: string) => void): Record<Lang, RegExp[]> {
  const out: Record<Lang, RegExp[]> = { de: [], en: [] };
  for (const lang of ['de', 'en'] as const) {
    (list?.[lang] ?? []).forEach((source, index) => {
      try {
        out[lang].push(new RegExp(source, 'iu'));
      } catch (error) {
        onError(lang, index, `invalid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`);
      }
    });
  }
  return out;
}

/** Parse and validate one rule file; problems carry file, line, field and reason. */
export function parseRuleFile(path: string, text: string, pack: string): { rule?: Rule; problems: RuleProblem[] } {
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
    patterns: compileList(match.patterns, fail('patterns')),
    all: compileList(match.all, fail('all')),
    unless: compileList(match.unless, fail('unless')),
    unlessDocument: compileList(rule.document?.unlessDocument, fail('unlessDocument')),
  };
  if (problems.length) return { problems };
  return { rule: { ...rule, source: file, pack, compiled }, problems };
}

/** Load every *.yml rule in `dir`; any broken file rejects the whole pack with all problems listed. */
export function loadRulePack(dir: string, pack = dir): Rule[] {
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
    const result = parseRuleFile(path, readFileSync(path, 'utf8'), pack);
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
