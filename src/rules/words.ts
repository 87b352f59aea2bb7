import { PhraseError, phraseFragment } from './phrase.js';

type Lang = 'de' | 'en';

/** A word-set file as parsed: set name → its entries (each a phrase: a word, a stem, a few words). */
export type WordSetData = Record<string, string[]>;

/** Folder of a pack that holds its word sets: `<pack>/words/de.yml`, `<pack>/words/en.yml`. */
export const WORDS_DIR = 'words';

export const SET_NAME = /^[A-Z][A-Z0-9_]*$/;

const RAW = /^\/(.+)\/$/s;

/**
 * The named word sets of one language: the built-in ones and, for a user pack, the pack's own on
 * top (a pack's set of a built-in name takes its place for the pack's own rules only). Entries may name other sets ({RAISE} inside {PRICE_RISE}); a set compiles to one regular
 * expression fragment, once.
 */
export class WordSets {
  private readonly compiled = new Map<string, string>();
  private readonly compiling = new Set<string>();

  constructor(
    readonly language: Lang,
    private readonly own: WordSetData = {},
    private readonly parent?: WordSets,
  ) {}

  has(name: string): boolean {
    return Object.hasOwn(this.own, name) || (this.parent?.has(name) ?? false);
  }

  /** Every set name, the parent's first. */
  names(): string[] {
    return [...(this.parent?.names() ?? []), ...Object.keys(this.own)];
  }

  entries(name: string): string[] | undefined {
    return Object.hasOwn(this.own, name) ? this.own[name] : this.parent?.entries(name);
  }

  /** The regular-expression fragment for set `name`; throws a PhraseError for unknown or circular sets. */
  fragment = (name: string): string => {
    if (!Object.hasOwn(this.own, name)) {
      if (this.parent) return this.parent.fragment(name);
      throw new PhraseError(`no word set {${name}} for language "${this.language}"`);
    }
    const done = this.compiled.get(name);
    if (done !== undefined) return done;
    if (this.compiling.has(name)) throw new PhraseError(`word set {${name}} refers to itself`);
    this.compiling.add(name);
    try {
      // longer entries first, so that "Preiserhöhung" is preferred to "Preis" where both fit
      const entries = [...this.own[name]].sort((a, b) => b.length - a.length);
      // an entry between slashes is a raw regular expression (amounts, ordinals)
      const source = entries.map((entry) => RAW.exec(entry)?.[1] ?? phraseFragment(entry, this.fragment)).join('|');
      this.compiled.set(name, source);
      return source;
    } catch (error) {
      if (error instanceof PhraseError && !error.message.startsWith('in {')) throw new PhraseError(`in {${name}}: ${error.message}`);
      throw error;
    } finally {
      this.compiling.delete(name);
    }
  };
}

/** Check a parsed word-set file: a mapping of capitalised names to lists of non-empty strings. */
export function wordSetProblems(data: unknown): { name?: string; reason: string }[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [{ reason: 'a word-set file maps set names to lists of words' }];
  const problems: { name?: string; reason: string }[] = [];
  for (const [name, entries] of Object.entries(data)) {
    if (!SET_NAME.test(name)) problems.push({ name, reason: `set name "${name}" must be capital letters, digits and "_" (such as PRICE)` });
    if (!Array.isArray(entries) || entries.length === 0 || entries.some((e) => typeof e !== 'string' || !e.trim())) {
      problems.push({ name, reason: `{${name}} must be a non-empty list of words or phrases` });
    }
  }
  return problems;
}
