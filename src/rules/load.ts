import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document, LineCounter } from 'yaml';
import { readRuleFile } from '../bounded-read.js';
import { ruleData } from './yaml-aliases.js';
import { RulePackError, type RuleProblem } from '../errors.js';
import { GuardedRegExp } from '../prefilter/guarded.js';
import { buildRuleSchema, type PatternMatch, type RuleFile } from './rule-schema.js';

type Zod = typeof import('zod');
let schema: ReturnType<typeof buildRuleSchema>['ruleSchema'] | undefined;
/**
 * zod (~100 ms to load) is needed only for rule files the build has not validated: user packs and
 * built-in files edited since. Loaded synchronously (its CommonJS build) the first time one comes.
 */
const ruleSchema = () => (schema ??= buildRuleSchema((createRequire(import.meta.url)('zod') as Zod).z).ruleSchema);

type Lang = 'de' | 'en';

/** What the evaluator needs of a pattern; a RegExp has it, and so has the linear-time adapter. */
export interface Pattern {
  readonly source: string;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
  /** Literals one of which every match needs (ids in the shared scan); absent or null: always run. */
  readonly requiredIds?: Int32Array | null;
  /** exec without the literal check, for callers that made it already. */
  run?(text: string): RegExpExecArray | null;
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
  if (engine === 'linear') return new LinearPattern(source);
  return new GuardedRegExp(source, 'iu');
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

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
/** The YAML parser (~30 ms to import) loads only when a rule file is not in the build's cache. */
const yaml = (): YamlModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);

function position(doc: Document, lines: LineCounter, path: (string | number)[]): { line?: number; column?: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (yaml().isNode(node) && node.range) {
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

type Locate = (path: (string | number)[]) => { line?: number; column?: number };

/** Validate parsed rule data (unless the build validated it: `trusted`) and compile its patterns. */
function buildRule(path: string, data: unknown, pack: string, engine: PatternEngine, locate: Locate, trusted = false): { rule?: Rule; problems: RuleProblem[] } {
  const fromHere = relative(process.cwd(), path);
  const file = fromHere && !fromHere.startsWith('..') ? fromHere : path;
  let rule: RuleFile;
  if (trusted) rule = data as RuleFile;
  else {
    const parsed = ruleSchema().safeParse(data);
    if (!parsed.success) {
      return {
        problems: parsed.error.issues.map((issue) => {
          const at = issue.path as (string | number)[];
          return { file, ...locate(at), field: at.join('.') || '(file)', reason: issue.message };
        }),
      };
    }
    rule = parsed.data;
  }
  const problems: RuleProblem[] = [];
  const expectedId = basename(path).replace(/\.ya?ml$/i, '');
  if (rule.id !== expectedId) {
    problems.push({ file, ...locate(['id']), field: 'id', reason: `id "${rule.id}" must equal the file name "${expectedId}"` });
  }
  const fail = (key: string) => (lang: Lang, index: number, reason: string) => {
    const at = key === 'unlessDocument' ? ['document', 'unlessDocument', lang, index] : ['match', key, lang, index];
    problems.push({ file, ...locate(at), field: at.join('.'), reason });
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

/**
 * Parse and validate one rule file; problems carry file, line, field and reason. `cached` is the
 * file's data as the build already parsed it: used when given, with the YAML path only for errors.
 */
export function parseRuleFile(path: string, text: string, pack: string, engine: PatternEngine = 'javascript', cached?: unknown): { rule?: Rule; problems: RuleProblem[] } {
  if (cached !== undefined) {
    const quick = buildRule(path, cached, pack, engine, () => ({}), true);
    if (quick.rule) return quick;
  }
  const fromHere = relative(process.cwd(), path);
  const file = fromHere && !fromHere.startsWith('..') ? fromHere : path;
  const lines = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => {
        const at = e.linePos?.[0];
        return { file, line: at?.line, column: at?.col, reason: `YAML syntax: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  const data = ruleData(doc, lines, file);
  return 'problems' in data ? data : buildRule(path, data.data, pack, engine, (at) => position(doc, lines, at));
}

/** Parsed data of the built-in rule files, written by `npm run build` (scripts/cache-rules.mjs). */
export const RULE_CACHE_FILE = fileURLToPath(new URL('../../dist/rules-cache.json', import.meta.url));

interface CacheEntry {
  mtimeMs: number;
  size: number;
  /** Stamp of the schema that validated `data`: a changed schema invalidates the entry. */
  schema: string;
  data: unknown;
}

let schemaStamp: string | undefined;
/** A hash of the compiled schema module: entries validated by another version of it are not trusted. */
const SCHEMA_STAMP = (): string => {
  if (schemaStamp === undefined) {
    // the compiled module next to this one (or its TypeScript source, when run from src/)
    const module = ['./rule-schema.js', './rule-schema.ts'].map((name) => fileURLToPath(new URL(name, import.meta.url))).find((path) => existsSync(path));
    schemaStamp = module ? createHash('sha256').update(readFileSync(module)).digest('hex').slice(0, 16) : 'unknown';
  }
  return schemaStamp;
};

let cache: Record<string, CacheEntry> | null | undefined;

function cachedData(path: string): unknown {
  if (cache === undefined) {
    try {
      cache = JSON.parse(readFileSync(RULE_CACHE_FILE, 'utf8')) as Record<string, CacheEntry>;
    } catch {
      cache = null;
    }
  }
  const entry = cache?.[resolve(path)];
  if (!entry) return undefined;
  const info = statSync(path);
  // an edited rule file (newer or resized), or one validated by another schema, is parsed afresh
  return info.mtimeMs === entry.mtimeMs && info.size === entry.size && entry.schema === SCHEMA_STAMP() ? entry.data : undefined;
}

/** Parse every built-in rule file for the cache (run at build time). */
export function buildRuleCache(dir = BUILTIN_RULES_DIR): Record<string, CacheEntry> {
  const out: Record<string, CacheEntry> = {};
  for (const path of listRuleFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const result = parseRuleFile(path, text, 'builtin');
    if (!result.rule) continue; // broken files are reported at load time, with lines
    const info = statSync(path);
    // the validated data (defaults filled in): a fresh entry is used without validating again
    const { source: _source, pack: _pack, compiled: _compiled, ...validated } = result.rule;
    out[resolve(path)] = { mtimeMs: info.mtimeMs, size: info.size, schema: SCHEMA_STAMP(), data: validated };
  }
  return out;
}

/** Packs loaded in this process, with the files they were read from: a program calling analyze() again reuses them. */
const loadedPacks = new Map<string, { signature: string; rules: Rule[] }>();

/** Load every *.yml rule in `dir`; any broken file rejects the whole pack with all problems listed. */
export function loadRulePack(dir: string, pack = dir, engine: PatternEngine = pack === 'builtin' ? 'javascript' : 'linear'): Rule[] {
  let files: string[];
  let signature: string;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    files = listRuleFiles(dir);
    signature = files.map((path) => {
      const info = statSync(path);
      return `${path}:${info.mtimeMs}:${info.size}`;
    }).join('\n');
  } catch (error) {
    throw new RulePackError([{ file: dir, reason: `cannot read rule pack: ${(error as Error).message}` }]);
  }
  if (files.length === 0) throw new RulePackError([{ file: dir, reason: 'rule pack holds no .yml files' }]);
  const key = `${resolve(dir)}\0${pack}\0${engine}\0${process.cwd()}`;
  const loaded = loadedPacks.get(key);
  if (loaded?.signature === signature) return loaded.rules;
  const rules = readRulePack(files, pack, engine);
  loadedPacks.set(key, { signature, rules });
  return rules;
}

function readRulePack(files: string[], pack: string, engine: PatternEngine): Rule[] {
  const rules: Rule[] = [];
  const problems: RuleProblem[] = [];
  for (const path of files) {
    const result = parseRuleFile(path, readRuleFile(path), pack, engine, pack === 'builtin' ? cachedData(path) : undefined);
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
