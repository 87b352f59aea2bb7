import { createRequire } from 'node:module';
import { GuardedRegExp } from '../prefilter/guarded.js';
import type { Prefiltered } from '../prefilter/scan.js';
import { compilePhrase, hasFocus, PhraseError, type PhraseFlavour } from './phrase.js';
import { kindOf, type PatternMatch, type RuleFile } from './rule-schema.js';
import type { WordSets } from './words.js';

type Lang = 'de' | 'en';

/**
 * What the evaluator needs of a pattern; a RegExp has it, and so has the linear-time adapter. The
 * literal sets (`Prefiltered`) let the shared scan skip sentences it cannot match.
 */
export interface Pattern extends Prefiltered {
  readonly source: string;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
  /** exec without the literal check, for callers that made it already. */
  run?(text: string): RegExpExecArray | null;
}

export interface CompiledPatterns {
  patterns: Record<Lang, Pattern[]>;
  all: Record<Lang, Pattern[]>;
  unless: Record<Lang, Pattern[]>;
  notInside: Record<Lang, Pattern[]>;
  unlessDocument: Record<Lang, Pattern[]>;
}

/**
 * Built-in rules are reviewed code and use JavaScript regular expressions (with lookbehind).
 * Patterns from user rule packs run on RE2 (re2js): matching time is linear in the text, so no
 * pattern, however written, can hang the tool. RE2 has no lookaround or backreferences; such a
 * pattern is rejected on load with its file and line. Phrases compile for either engine.
 */
export type PatternEngine = 'javascript' | 'linear';

type Re2Module = typeof import('re2js');
let re2: Re2Module | undefined;

class LinearPattern implements Pattern {
  private readonly compiled;
  /** `group`: the match is this capture group (phrases consume their word boundaries in RE2). */
  constructor(readonly source: string, private readonly group = 0) {
    re2 ??= createRequire(import.meta.url)('re2js') as Re2Module;
    this.compiled = re2.RE2JS.compile(source, re2.RE2JS.CASE_INSENSITIVE);
  }
  test(text: string): boolean {
    return this.compiled.matcher(text).find();
  }
  exec(text: string): RegExpExecArray | null {
    const matcher = this.compiled.matcher(text);
    if (!matcher.find()) return null;
    const result = [matcher.group(this.group) ?? ''] as unknown as RegExpExecArray;
    result.index = matcher.start(this.group);
    result.input = text;
    return result;
  }
}

/** A phrase with `<…>`: the match is capture group 2 (group 1 is the words before it). */
class FocusedPattern implements Pattern {
  readonly source: string;
  readonly requiredIds: Int32Array | null;
  readonly alsoRequiredIds: readonly Int32Array[];
  constructor(private readonly inner: GuardedRegExp) {
    this.source = inner.source;
    this.requiredIds = inner.requiredIds;
    this.alsoRequiredIds = inner.alsoRequiredIds;
  }
  private static focus(m: RegExpExecArray | null): RegExpExecArray | null {
    if (!m) return null;
    const result = [m[2]] as unknown as RegExpExecArray;
    result.index = m.index + m[1].length;
    result.input = m.input;
    return result;
  }
  test(text: string): boolean {
    return this.inner.test(text);
  }
  exec(text: string): RegExpExecArray | null {
    return FocusedPattern.focus(this.inner.exec(text));
  }
  run(text: string): RegExpExecArray | null {
    return FocusedPattern.focus(this.inner.run(text));
  }
}

/** A pattern list entry written `/…/` in a phrase rule is a raw regular expression. */
const RAW = /^\/(.+)\/$/s;

/**
 * `{NAME}` in a regular expression stands for the word set (a quantifier never starts with a
 * capital; `\p{L}` is a property escape, not a set).
 */
function expandSets(source: string, words: WordSets): string {
  return source.replace(/(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}/g, (_, name: string) => `(?:${words.fragment(name)})`);
}

/** One pattern list entry, compiled for the engine. */
export function compileEntry(entry: string, kind: 'phrase' | 'regex', words: WordSets, engine: PatternEngine): Pattern {
  const flavour: PhraseFlavour = engine === 'linear' ? 're2' : 'javascript';
  const raw = kind === 'regex' ? entry : RAW.exec(entry)?.[1];
  if (raw === undefined) {
    const source = compilePhrase(entry, words.fragment, flavour);
    const focus = hasFocus(entry);
    if (engine === 'linear') return new LinearPattern(source, focus ? 3 : 1);
    return focus ? new FocusedPattern(new GuardedRegExp(source, 'iu')) : new GuardedRegExp(source, 'iu');
  }
  const source = expandSets(raw, words);
  return engine === 'linear' ? new LinearPattern(source) : new GuardedRegExp(source, 'iu');
}

type OnError = (key: string, lang: Lang, index: number, reason: string) => void;

function compileList(
  key: string,
  list: Partial<Record<Lang, string[]>> | undefined,
  kind: 'phrase' | 'regex',
  words: Record<Lang, WordSets>,
  engine: PatternEngine,
  onError: OnError,
): Record<Lang, Pattern[]> {
  const out: Record<Lang, Pattern[]> = { de: [], en: [] };
  for (const lang of ['de', 'en'] as const) {
    (list?.[lang] ?? []).forEach((entry, index) => {
      try {
        out[lang].push(compileEntry(entry, kind, words[lang], engine));
      } catch (error) {
        const message = (error as Error).message.replace(/^Invalid regular expression: /, '');
        if (error instanceof PhraseError) onError(key, lang, index, `phrase: ${message}`);
        else if (engine === 'linear') onError(key, lang, index, `pattern not accepted by the linear-time engine (RE2: no lookaround, no backreferences): ${message}`);
        else onError(key, lang, index, `invalid regular expression: ${message}`);
      }
    });
  }
  return out;
}

/** Compile every pattern list of a rule; problems go to `onError` with the list and index. */
export function compileRule(rule: RuleFile, words: Record<Lang, WordSets>, engine: PatternEngine, onError: OnError): CompiledPatterns {
  const kind = kindOf(rule) === 'phrase' ? 'phrase' : 'regex';
  const match = rule.match as Partial<PatternMatch>;
  const list = (key: string, value: Partial<Record<Lang, string[]>> | undefined) => compileList(key, value, kind, words, engine, onError);
  return {
    patterns: list('patterns', match.patterns),
    all: list('all', match.all),
    unless: list('unless', match.unless),
    notInside: list('notInside', match.notInside),
    unlessDocument: list('unlessDocument', rule.document?.unlessDocument),
  };
}
