import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseFoldTable, foldCase } from './fold.js';
import { alternate, better, concat, EMPTY, type Info, literal, MAX_CLASS, MAX_EXACT, repeat, toRequired, UNKNOWN } from './literal-sets.js';

export { caseFoldTable, foldCase };

/**
 * Required literals of a regular expression: a set of strings such that every match of the
 * expression contains at least one of them. A sentence that contains none cannot match, so the
 * expression need not run on it (the idea of RE2's and Code Search's prefilters, for the subset of
 * JavaScript regex syntax our rules use).
 *
 * The analysis is conservative: anything it does not understand makes the answer `null` (no
 * requirement, always run the expression). Literals are case-folded (see `foldCase`), so the check
 * is valid for case-insensitive expressions too.
 */

class Unsupported extends Error {}

const SPECIAL = new Set([...'\\^$.|?*+()[]{}'].map((c) => c.charCodeAt(0)));
const QUANTIFIERS = new Set([...'?*+{'].map((c) => c.charCodeAt(0)));

class Parser {
  private at = 0;
  constructor(private readonly source: string, private readonly unicode: boolean) {}

  parse(): Info {
    const info = this.disjunction();
    if (this.at !== this.source.length) throw new Unsupported(`unexpected ")" at ${this.at}`);
    return info;
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private disjunction(): Info {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? branches[0] : alternate(branches);
  }

  /**
   * A sequence: exact parts in a row combine into longer literals ("r","e","n","e","w" →
   * "renew"); when an inexact part breaks the run, the run and the part each add their
   * requirements to the sequence's list (a match of the sequence holds all of them).
   */
  private alternative(): Info {
    let run: Set<string> = new Set(['']);
    let required: Set<string>[] = [];
    let exact = true;
    const fold = caseFoldTable();
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const code = this.source.charCodeAt(this.at);
      if (!SPECIAL.has(code) && (code < 0xd800 || code > 0xdfff) && !QUANTIFIERS.has(this.source.charCodeAt(this.at + 1))) {
        // the common case, a plain character that extends the run: no sets, no parsing
        const folded = String.fromCharCode(fold[code]);
        run = new Set([...run].map((literal) => literal + folded));
        this.at++;
        continue;
      }
      const part = this.quantified();
      if (part.exact) {
        const joined = concat({ exact: run, required: [] }, part);
        if (joined.exact) {
          run = joined.exact;
          continue;
        }
      }
      // the run ends here: the match needs it, and the part, besides what came before
      required = [...required, ...toRequired({ exact: run, required: [] }), ...toRequired(part)];
      run = part.exact && part.exact.size <= MAX_EXACT ? part.exact : new Set(['']);
      exact = false;
    }
    if (exact) return { exact: run, required: [] };
    return { exact: null, required: [...required, ...toRequired({ exact: run, required: [] })] };
  }

  private quantified(): Info {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom.info;
    if (!atom.quantifiable) throw new Unsupported('quantified assertion');
    return repeat(atom.info, quantifier.min, quantifier.max);
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.peek();
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q) this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unsupported('"{" that is not a quantifier');
      this.at += m[0].length;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
    }
    if (q && this.peek() === '?') this.at++; // lazy
    return q;
  }

  private atom(): { info: Info; quantifiable: boolean } {
    const c = this.peek();
    if (c === '(') return this.group();
    if (c === '[') return { info: this.characterClass(), quantifiable: true };
    if (c === '^' || c === '$') {
      this.at++;
      return { info: EMPTY, quantifiable: false };
    }
    if (c === '.') {
      this.at++;
      return { info: UNKNOWN, quantifiable: true };
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']' || c === ')') throw new Unsupported(`bare "${c}"`);
    return { info: literal(this.codePoint()), quantifiable: true };
  }

  /** One character, keeping a surrogate pair together. */
  private codePoint(): string {
    const code = this.source.codePointAt(this.at)!;
    const text = String.fromCodePoint(code);
    this.at += text.length;
    return text;
  }

  private group(): { info: Info; quantifiable: boolean } {
    this.at++; // (
    let kind: 'capture' | 'lookaround' = 'capture';
    if (this.peek() === '?') {
      const head = this.source.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.at += 2;
        kind = 'lookaround';
      } else if (head === '?<=' || head === '?<!') {
        this.at += 3;
        kind = 'lookaround';
      } else if (head.startsWith('?<')) {
        const end = this.source.indexOf('>', this.at);
        if (end < 0) throw new Unsupported('unterminated group name');
        this.at = end + 1;
      } else throw new Unsupported(`group "(${head}"`);
    }
    const info = this.disjunction();
    if (this.peek() !== ')') throw new Unsupported('unterminated group');
    this.at++;
    // a lookaround consumes nothing: it adds no requirement to the match
    return kind === 'lookaround' ? { info: EMPTY, quantifiable: !this.unicode } : { info, quantifiable: true };
  }

  private escape(): { info: Info; quantifiable: boolean } {
    this.at++; // backslash
    const c = this.peek();
    if (c === '') throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') {
      this.at++;
      return { info: EMPTY, quantifiable: false };
    }
    const single = this.singleEscape();
    if (single === null) return { info: UNKNOWN, quantifiable: true };
    return { info: literal(single), quantifiable: true };
  }

  /**
   * The character an escape stands for, or null for a class escape (\d, \s, \p{…}) or a
   * backreference, which match unknown text. The cursor is just after the backslash.
   */
  private singleEscape(): string | null {
    const c = this.peek();
    const controls: Record<string, string> = { t: '\t', n: '\n', r: '\r', v: '\v', f: '\f', '0': '\0' };
    if ('dDsSwW'.includes(c)) {
      this.at++;
      return null;
    }
    if (c === 'p' || c === 'P') {
      const end = this.source.indexOf('}', this.at);
      if (this.peek(1) !== '{' || end < 0) throw new Unsupported('\\p without {…}');
      this.at = end + 1;
      return null;
    }
    if (c === 'k') {
      const end = this.source.indexOf('>', this.at);
      if (end < 0) throw new Unsupported('\\k without <…>');
      this.at = end + 1;
      return null;
    }
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.peek())) this.at++;
      return null;
    }
    if (c in controls && !(c === '0' && /\d/.test(this.peek(1)))) {
      this.at++;
      return controls[c];
    }
    if (c === 'x') {
      const m = /^x([0-9a-fA-F]{2})/.exec(this.source.slice(this.at));
      if (!m) throw new Unsupported('\\x without two hex digits');
      this.at += m[0].length;
      return String.fromCharCode(parseInt(m[1], 16));
    }
    if (c === 'u') {
      const m = /^u(?:\{([0-9a-fA-F]{1,6})\}|([0-9a-fA-F]{4}))/.exec(this.source.slice(this.at));
      if (!m || (m[1] !== undefined && !this.unicode)) throw new Unsupported('\\u escape');
      this.at += m[0].length;
      return String.fromCodePoint(parseInt(m[1] ?? m[2], 16));
    }
    if (c === 'c') throw new Unsupported('\\c control escape');
    if (/[A-Za-z]/.test(c)) throw new Unsupported(`escape \\${c}`);
    return this.codePoint(); // identity escape: \. \- \/ \( …
  }

  /** A small class of plain characters is a choice of literals; anything else matches unknown text. */
  private characterClass(): Info {
    this.at++; // [
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.at++;
    }
    const members = new Set<string>();
    let exact = !negated;
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new Unsupported('unterminated class');
      let member: string | null;
      if (this.peek() === '\\') {
        this.at++;
        if (this.peek() === 'b') {
          this.at++;
          member = '\b';
        } else member = this.singleEscape();
      } else member = this.codePoint();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        // a range: its members are not enumerated
        this.at++;
        if (this.peek() === '\\') {
          this.at++;
          this.singleEscape();
        } else this.codePoint();
        exact = false;
        continue;
      }
      if (member === null) exact = false;
      else members.add(foldCase(member));
    }
    this.at++; // ]
    if (!exact || members.size === 0 || members.size > MAX_CLASS) return UNKNOWN;
    return { exact: members, required: [] };
  }
}

/**
 * Literals one of which every match of `source` contains (case-folded), or null when no useful
 * requirement can be proven: the most selective of `requiredLiteralSets`.
 */
export function requiredLiterals(source: string, flags = ''): string[] | null {
  return requiredLiteralSets(source, flags)?.[0] ?? null;
}

/**
 * Sets of literals such that every match of `source` contains one literal of each set, the most
 * selective first; null when none can be proven. A sentence must hold all of them to be worth
 * running the expression on: a phrase of several words is checked for each of its words.
 * `flags` are the expression's flags (only `u` and `v` matter).
 */
export function requiredLiteralSets(source: string, flags = ''): string[][] | null {
  const key = `${flags}/${source}`;
  const known = cachedLiterals().get(key);
  if (known !== undefined) return known;
  const literals = analyse(source, flags);
  computed.set(key, literals);
  return literals;
}

/** At most this many requirements are checked per expression, the most selective ones. */
const MAX_REQUIREMENTS = 4;

function analyse(source: string, flags: string): string[][] | null {
  if (flags.includes('v') || flags.includes('x')) return null;
  let info: Info;
  try {
    info = new Parser(source, flags.includes('u')).parse();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  // most selective first, as `better` ranks them (a stable sort keeps the first of equals first)
  const ranked = toRequired(info)
    .filter((required) => required.size > 0)
    .sort((a, b) => (better(a, b) === a ? (better(b, a) === b ? 0 : -1) : 1));
  const sets: string[][] = [];
  for (const required of ranked) {
    // a text holding "tage" holds "tag": the shorter literal alone says as much
    const list = [...required];
    const tidy = list.filter((l) => !list.some((other) => other !== l && l.includes(other))).sort();
    if (!sets.some((kept) => kept.join('\u0000') === tidy.join('\u0000'))) sets.push(tidy);
    if (sets.length === MAX_REQUIREMENTS) break;
  }
  return sets.length ? sets : null;
}

/**
 * The literals of the built-in expressions, worked out by `npm run build`
 * (scripts/cache-rules.mjs): analysing ~450 expressions in a fresh process cost ~100 ms. Keyed by
 * flags and source, so an edited expression simply misses the cache and is analysed at run time.
 */
export const LITERAL_CACHE_FILE = fileURLToPath(new URL('../../dist/literal-sets-cache.json', import.meta.url));

let cache: Map<string, string[][] | null> | undefined;
const computed = new Map<string, string[][] | null>();

function cachedLiterals(): Map<string, string[][] | null> {
  if (!cache) {
    try {
      cache = new Map(Object.entries(JSON.parse(readFileSync(LITERAL_CACHE_FILE, 'utf8')) as Record<string, string[][] | null>));
    } catch {
      cache = new Map();
    }
  }
  return cache;
}

/** Every expression analysed in this process (for the build's cache). */
export function analysedLiterals(): Record<string, string[][] | null> {
  return Object.fromEntries([...cachedLiterals(), ...computed]);
}
