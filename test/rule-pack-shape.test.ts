import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_RULES_DIR } from '../src/rules/load.js';

/**
 * The shape of the built-in pack (issue 12): rules a lawyer can read are word sets and phrases,
 * not regex walls, and rules share vocabulary through word sets and `extends`, not copies.
 *  - no pattern string (rule lists and word-set entries alike) is longer than 160 characters;
 *  - no two rule files share five or more identical pattern strings.
 */
const MAX_PATTERN = 160;
const MAX_SHARED = 5;

/**
 * Rule files that still break the shape because their migration to phrases is under way
 * (issue 12, "Migration"). Each helper removes its own files from this list when the migrated file
 * lands; a file listed here that already keeps the shape fails the test, so the list only shrinks.
 */
const NOT_YET_MIGRATED = new Set<string>([]);

type Lists = Partial<Record<'de' | 'en', string[]>>;
interface RuleData {
  match?: Record<string, unknown>;
  document?: { unlessDocument?: Lists };
}

const LIST_KEYS = ['patterns', 'all', 'unless', 'notInside'] as const;

/** Every pattern string a rule file itself writes, prefixed with its language. */
function patternStrings(data: RuleData): string[] {
  const lists = [...LIST_KEYS.map((key) => data.match?.[key] as Lists | undefined), data.document?.unlessDocument];
  return lists.flatMap((list) => (['de', 'en'] as const).flatMap((lang) => (list?.[lang] ?? []).map((p) => `${lang}: ${p}`)));
}

const ruleFiles = readdirSync(BUILTIN_RULES_DIR).filter((f) => f.endsWith('.yml'));
const patterns = new Map(
  ruleFiles.map((file) => [file.replace(/\.yml$/, ''), patternStrings(parse(readFileSync(join(BUILTIN_RULES_DIR, file), 'utf8')) as RuleData)]),
);
const tooLong = (list: string[]) => list.filter((p) => p.length - 'de: '.length > MAX_PATTERN);

/** Pairs of rule files and the pattern strings they have in common, when there are five or more. */
function sharedPairs(files = patterns): { a: string; b: string; shared: string[] }[] {
  const out: { a: string; b: string; shared: string[] }[] = [];
  const ids = [...files.keys()].sort();
  for (const a of ids) {
    const own = new Set(files.get(a));
    for (const b of ids.filter((id) => id > a)) {
      const shared = [...new Set(files.get(b)!.filter((p) => own.has(p)))];
      if (shared.length >= MAX_SHARED) out.push({ a, b, shared });
    }
  }
  return out;
}

describe('built-in rule pack shape', () => {
  it('has no pattern string over 160 characters (except the files still being migrated)', () => {
    const offenders = [...patterns].filter(([id, list]) => !NOT_YET_MIGRATED.has(id) && tooLong(list).length > 0);
    expect(offenders.map(([id, list]) => `${id}: ${tooLong(list)[0].slice(0, 80)}…`)).toEqual([]);
  });

  it('has no word-set entry over 160 characters', () => {
    for (const lang of ['de', 'en']) {
      const sets = parse(readFileSync(join(BUILTIN_RULES_DIR, 'words', `${lang}.yml`), 'utf8')) as Record<string, string[]>;
      const long = Object.entries(sets).flatMap(([name, entries]) => entries.filter((e) => e.length > MAX_PATTERN).map((e) => `${lang} {${name}}: ${e}`));
      expect(long).toEqual([]);
    }
  });

  it('has no two rule files sharing five or more identical patterns (except files still being migrated)', () => {
    const pairs = sharedPairs().filter(({ a, b }) => !NOT_YET_MIGRATED.has(a) || !NOT_YET_MIGRATED.has(b));
    expect(pairs.map(({ a, b, shared }) => `${a} and ${b} share ${shared.length} patterns`)).toEqual([]);
  });

  it('lists in NOT_YET_MIGRATED only files that still break the shape (remove a file once migrated)', () => {
    const shared = new Set(sharedPairs().flatMap(({ a, b }) => [a, b]));
    const clean = [...NOT_YET_MIGRATED].filter((id) => !patterns.has(id) || (tooLong(patterns.get(id)!).length === 0 && !shared.has(id)));
    expect(clean, 'these files keep the shape now: remove them from NOT_YET_MIGRATED').toEqual([]);
  });

  it('catches a long pattern and a copied pattern block (the checks can fail)', () => {
    const long = `de: ${'(?:a|b)'.repeat(30)}`;
    expect(tooLong([long])).toHaveLength(1);
    expect(tooLong(['en: {MAY} …4 {RAISE} …4 {PRICE}'])).toHaveLength(0);
    const block = ['a', 'b', 'c', 'd', 'e'].map((w) => `en: ${w} …2 {PRICE}`);
    expect(sharedPairs(new Map([['x', block], ['y', [...block, 'en: other']]]))).toHaveLength(1);
    expect(sharedPairs(new Map([['x', block], ['y', block.slice(1)]]))).toHaveLength(0);
  });
});
