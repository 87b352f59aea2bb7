import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document, LineCounter } from 'yaml';
import { readRuleFile } from '../bounded-read.js';
import { ruleData } from './yaml-aliases.js';
import { RulePackError, type RuleProblem } from '../errors.js';
import { cachedPack, packSignature, type PackCache } from './cache.js';
import { compileRule, type CompiledPatterns, type PatternEngine } from './compile-rule.js';
import { mergeRule, resolveExtends } from './extend.js';
import { buildRuleSchema, type RuleFile } from './rule-schema.js';
import { WORDS_DIR, WordSets, wordSetProblems, type WordSetData } from './words.js';

export { RULE_CACHE_FILE } from './cache.js';
export type { CompiledPatterns, Pattern, PatternEngine } from './compile-rule.js';

type Zod = typeof import('zod');
type Lang = 'de' | 'en';
type Data = Record<string, unknown>;
type Locate = (path: (string | number)[]) => { line?: number; column?: number };
type Words = Record<Lang, WordSets>;

let schema: ReturnType<typeof buildRuleSchema>['ruleSchema'] | undefined;
/**
 * zod (~100 ms to load) is needed only for rule files the build has not validated: user packs and
 * built-in files edited since. Loaded synchronously (its CommonJS build) the first time one comes.
 */
const ruleSchema = () => (schema ??= buildRuleSchema((createRequire(import.meta.url)('zod') as Zod).z).ruleSchema);

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
/** The YAML parser (~30 ms to import) loads only when a file is not in the build's cache. */
const yaml = (): YamlModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);

export interface Rule extends RuleFile {
  /** File the rule came from, relative to the working directory when possible. */
  source: string;
  /** Pack name: "builtin" or the folder given with --rules. */
  pack: string;
  compiled: CompiledPatterns;
  /** The rules this one extends, the most basic first (empty for a rule that extends none). */
  lineage: string[];
}

export const BUILTIN_RULES_DIR = resolve(fileURLToPath(new URL('../../rules', import.meta.url)));

const shown = (path: string) => {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
};

/** The rule files of a pack: every .yml below it except the word sets in `<pack>/words/`. */
function listRuleFiles(dir: string, top = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === top && entry.name === WORDS_DIR)) out.push(...listRuleFiles(path, top));
    } else if (/\.ya?ml$/i.test(entry.name)) out.push(path);
  }
  return out;
}

const wordFile = (dir: string, lang: Lang) => join(dir, WORDS_DIR, `${lang}.yml`);

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

/** Parse a YAML file; syntax errors come back as problems with their lines. */
function parseYaml(path: string, text: string): { data?: unknown; locate: Locate; problems: RuleProblem[] } {
  const lines = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const locate: Locate = (at) => position(doc, lines, at);
  if (doc.errors.length) {
    return {
      locate,
      problems: doc.errors.map((e) => ({ file: shown(path), line: e.linePos?.[0]?.line, column: e.linePos?.[0]?.col, reason: `YAML syntax: ${e.message.split('\n')[0]}` })),
    };
  }
  const data = ruleData(doc, lines, shown(path));
  return 'problems' in data ? { locate, problems: data.problems } : { data: data.data, locate, problems: [] };
}

/** Read a pack's word sets (`<dir>/words/<lang>.yml`, when present) on top of `parent`. */
function readWords(dir: string, parent?: Words, cached?: Record<string, unknown>): { words: Words; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const read = (lang: Lang): WordSets => {
    const path = wordFile(dir, lang);
    let data = cached?.[lang] as WordSetData | undefined;
    if (!data && existsSync(path)) {
      const parsed = parseYaml(path, readRuleFile(path));
      problems.push(...parsed.problems);
      const found = wordSetProblems(parsed.data ?? {});
      problems.push(...found.map((p) => ({ file: shown(path), ...parsed.locate(p.name ? [p.name] : []), field: p.name, reason: p.reason })));
      if (parsed.problems.length === 0 && found.length === 0) data = parsed.data as WordSetData;
    }
    return new WordSets(lang, data ?? {}, parent?.[lang]);
  };
  return { words: { de: read('de'), en: read('en') }, problems };
}

/** Validate merged rule data (unless the build validated it: `trusted`) and compile its patterns. */
function buildRule(
  path: string,
  data: unknown,
  pack: string,
  engine: PatternEngine,
  words: Words,
  locate: Locate,
  lineage: string[],
  trusted = false,
): { rule?: Rule; problems: RuleProblem[] } {
  const file = shown(path);
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
  const compiled = compileRule(rule, words, engine, (key, lang, index, reason) => {
    const at = key === 'unlessDocument' ? ['document', 'unlessDocument', lang, index] : ['match', key, lang, index];
    problems.push({ file, ...locate(at), field: at.join('.'), reason });
  });
  if (problems.length) return { problems };
  return { rule: { ...rule, source: file, pack, compiled, lineage }, problems };
}

/** Parsed (unvalidated) data of the rule `id` in folder `dir`, merged with what it extends. */
function readMerged(dir: string, id: string, trail: string[]): { data?: Data; lineage: string[] } {
  const path = join(dir, `${id}.yml`);
  const base = existsSync(path) ? (parseYaml(path, readRuleFile(path)).data as Data | undefined) : builtinData(id);
  if (!base || typeof base.extends !== 'string' || trail.includes(base.extends)) return { data: base, lineage: [] };
  const parent = readMerged(dir, base.extends, [...trail, id]);
  return parent.data ? { data: mergeRule(parent.data, base), lineage: [...parent.lineage, base.extends] } : { lineage: [] };
}

/**
 * Parse and validate one rule file; problems carry file, line, field and reason. A rule that
 * extends another finds it in the same folder or among the built-in rules.
 */
export function parseRuleFile(path: string, text: string, pack: string, engine: PatternEngine = 'javascript'): { rule?: Rule; problems: RuleProblem[] } {
  const parsed = parseYaml(path, text);
  if (!parsed.data) return { problems: parsed.problems };
  let data = parsed.data as Data;
  let lineage: string[] = [];
  if (typeof data.extends === 'string') {
    const base = readMerged(dirname(path), data.extends, [String(data.id)]);
    if (!base.data) return { problems: [{ file: shown(path), ...parsed.locate(['extends']), field: 'extends', reason: `extends "${data.extends}", which is no rule here or built in` }] };
    data = mergeRule(base.data, data);
    lineage = [...base.lineage, String((parsed.data as Data).extends)];
  }
  const words = pack === 'builtin' ? builtinWords() : readWords(dirname(path), builtinWords()).words;
  return buildRule(path, data, pack, engine, words, parsed.locate, lineage);
}

/** Read, merge, validate and compile a pack's files; any problem rejects the whole pack. */
function readRulePack(dir: string, files: string[], pack: string, engine: PatternEngine, cached?: PackCache): Rule[] {
  const { words, problems } = readWords(dir, pack === 'builtin' ? undefined : builtinWords(), cached?.words);
  if (pack === 'builtin') builtinWordSets = words;
  const sources = new Map<string, { path: string; data: Data; locate: Locate }>();
  for (const path of files) {
    if (cached) {
      const data = cached.rules[resolve(path)] as Data;
      sources.set(String(data.id), { path, data, locate: () => ({}) });
      continue;
    }
    const parsed = parseYaml(path, readRuleFile(path));
    problems.push(...parsed.problems);
    const data = parsed.data as Data | undefined;
    if (!data || typeof data !== 'object') continue;
    const id = typeof data.id === 'string' ? data.id : basename(path).replace(/\.ya?ml$/i, '');
    sources.set(id, { path, data, locate: parsed.locate });
  }
  const outside = (id: string) => (pack === 'builtin' ? undefined : builtinData(id));
  const resolved = cached
    ? { merged: new Map([...sources].map(([id, s]) => [id, s.data])), lineage: new Map([...sources].map(([id, s]) => [id, (s.data.lineage as string[]) ?? []])), problems: [] }
    : resolveExtends(new Map([...sources].map(([id, s]) => [id, s.data])), outside);
  for (const p of resolved.problems) {
    const source = sources.get(p.id)!;
    problems.push({ file: shown(source.path), ...source.locate(['extends']), field: 'extends', reason: p.reason });
  }
  const rules: Rule[] = [];
  for (const [id, source] of sources) {
    const data = resolved.merged.get(id);
    if (!data) continue;
    const { lineage: _lineage, ...ruleData } = data;
    const result = buildRule(source.path, ruleData, pack, engine, words, source.locate, resolved.lineage.get(id) ?? [], cached !== undefined);
    problems.push(...result.problems);
    if (result.rule) rules.push(result.rule);
  }
  if (problems.length) throw new RulePackError(problems);
  return rules;
}

const packFiles = (dir: string) => [...listRuleFiles(dir), ...(['de', 'en'] as const).map((l) => wordFile(dir, l)).filter((p) => existsSync(p))];

/** The built-in pack parsed, merged and validated, for the build's cache (scripts/cache-rules.mjs). */
export function buildRuleCache(dir = BUILTIN_RULES_DIR): PackCache {
  const files = listRuleFiles(dir);
  const rules = readRulePack(dir, files, 'builtin', 'javascript');
  const words = Object.fromEntries((['de', 'en'] as const).map((lang) => {
    const path = wordFile(dir, lang);
    return [lang, existsSync(path) ? yaml().parse(readFileSync(path, 'utf8')) : {}];
  }));
  const data = Object.fromEntries(rules.map(({ source, pack: _p, compiled: _c, lineage, ...rule }) => [resolve(source), { ...rule, lineage }]));
  return { signature: packSignature(packFiles(dir)), rules: data, words };
}

/** Packs loaded in this process, with the files they were read from: a program calling analyze() again reuses them. */
const loadedPacks = new Map<string, { signature: string; rules: Rule[] }>();

/** Load every *.yml rule in `dir` (and its word sets); any broken file rejects the whole pack with all problems listed. */
export function loadRulePack(dir: string, pack = dir, engine: PatternEngine = pack === 'builtin' ? 'javascript' : 'linear'): Rule[] {
  let files: string[];
  let signature: string;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    files = listRuleFiles(dir);
    signature = packSignature(packFiles(dir));
  } catch (error) {
    throw new RulePackError([{ file: dir, reason: `cannot read rule pack: ${(error as Error).message}` }]);
  }
  if (files.length === 0) throw new RulePackError([{ file: dir, reason: 'rule pack holds no .yml files' }]);
  const key = `${resolve(dir)}\0${pack}\0${engine}\0${process.cwd()}`;
  const loaded = loadedPacks.get(key);
  if (loaded?.signature === signature) return loaded.rules;
  const cached = pack === 'builtin' && resolve(dir) === BUILTIN_RULES_DIR ? cachedPack(packFiles(dir)) : undefined;
  const rules = readRulePack(dir, files, pack, engine, cached);
  loadedPacks.set(key, { signature, rules });
  return rules;
}

let builtin: Rule[] | undefined;
let builtinWordSets: Words | undefined;

export function loadBuiltinRules(): Rule[] {
  builtin ??= loadRulePack(BUILTIN_RULES_DIR, 'builtin');
  return builtin;
}

/** The built-in word sets, which every pack can use. */
export function builtinWords(): Words {
  if (!builtinWordSets) loadBuiltinRules();
  return builtinWordSets ?? readWords(BUILTIN_RULES_DIR).words;
}

/** A built-in rule's data, as a base for a user rule that extends it. */
function builtinData(id: string): Data | undefined {
  const rule = loadBuiltinRules().find((r) => r.id === id);
  if (!rule) return undefined;
  const { source: _s, pack: _p, compiled: _c, lineage: _l, ...data } = rule;
  return data as Data;
}

/**
 * Built-in rules plus user packs. A user rule with a built-in id is an error, not a silent
 * override; a user rule that says `replaces: <built-in id>` takes that rule's place.
 */
export function loadRules(extraDirs: readonly string[] = []): Rule[] {
  const rules = [...loadBuiltinRules()];
  const seen = new Map(rules.map((r) => [r.id, r.source]));
  const problems: RuleProblem[] = [];
  const replaced = new Set<string>();
  for (const dir of extraDirs) {
    for (const rule of loadRulePack(dir)) {
      const clash = seen.get(rule.id);
      if (rule.replaces && !rules.some((r) => r.pack === 'builtin' && r.id === rule.replaces)) {
        problems.push({ file: rule.source, field: 'replaces', reason: `replaces "${rule.replaces}", which is not a built-in rule (\`knebel rules\` lists them)` });
      } else if (clash && rule.replaces !== rule.id) problems.push({ file: rule.source, field: 'id', reason: `rule id "${rule.id}" is already defined in ${clash}` });
      else {
        if (rule.replaces) replaced.add(rule.replaces);
        seen.set(rule.id, rule.source);
        rules.push(rule);
      }
    }
  }
  if (problems.length) throw new RulePackError(problems);
  return rules.filter((r) => !(r.pack === 'builtin' && replaced.has(r.id)));
}
