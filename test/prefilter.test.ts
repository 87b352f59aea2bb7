import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cues from '../src/context/cues.js';
import { de } from '../src/lang/de.js';
import { en } from '../src/lang/en.js';
import { compileFast } from '../src/prefilter/compile.js';
import { GuardedRegExp } from '../src/prefilter/guarded.js';
import { foldCase, requiredLiteralSets, requiredLiterals } from '../src/prefilter/literals.js';
import { containsAny, literalId, literalsIn, scanInto, scanSpans } from '../src/prefilter/scan.js';
import { TextScans } from '../src/prefilter/scans.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import { letterRunStart } from '../src/text/letters.js';
import { normalize, OUTSIDE_LATIN } from '../src/text/normalize.js';
import { segment } from '../src/text/segment.js';

describe('requiredLiterals', () => {
  const cases: [string, string, string[] | null][] = [
    ['kündigung', 'iu', ['kündigung']],
    ['Kündigung', 'iu', ['kündigung']],
    ['\\bverlängert\\s+sich\\b', 'iu', ['verlängert']],
    ['auto(?:matically)?[-\\s]?renew', 'iu', ['renew']],
    ['(?:monat|jahr)e?', 'iu', ['jahr', 'monat']],
    ['tag(?:e|en|es)?|woche', 'iu', ['tag', 'woche']],
    ["[''’]s\\s+fee", 'iu', ['fee']],
    ['won[\'’]t', 'iu', ["won't", 'won’t']],
    ['\\u00e4nderung', 'iu', ['änderung']],
    ['(?<=preis)erhöhung', 'iu', ['erhöhung']],
    ['(?<name>gebühr)', 'iu', ['gebühr']],
    ['a{2,3}bc', '', ['bc']],
    ['\\p{L}+ung', 'iu', ['ung']],
    ['ABC|\\d+', 'iu', null], // one branch needs no literal
    ['x*', '', null],
    ['.', '', null],
    ['(?i:abc)', '', null], // modifiers: not understood, so no claim
    ['\\1abc', '', ['abc']], // whatever \1 is, "abc" follows it
  ];
  for (const [source, flags, expected] of cases) {
    it(`/${source}/${flags}`, () => expect(requiredLiterals(source, flags)).toEqual(expected));
  }

  it('requires every word of a sequence, the most selective first', () => {
    expect(requiredLiteralSets('(?:price|fee)s?\\s+(?:\\S+\\s+){0,4}?may\\s+change', 'i')).toEqual([['change'], ['may'], ['fee', 'price']]);
    expect(requiredLiteralSets('kündig\\w*\\s+(?:nur\\s+)?per\\s+einschreiben', 'iu')).toEqual([['einschreiben'], ['kündig'], ['per']]);
    // an alternation needs one branch's requirement, not all of them
    expect(requiredLiteralSets('renew(?:al)?|auto-?renew', 'i')).toEqual([['renew']]);
    expect(requiredLiteralSets('monthly\\s+fee|annual\\s+charge', 'i')).toEqual([['annual', 'monthly']]);
  });

  it('a guarded expression skips a text that lacks any one of its required words', () => {
    const pattern = new GuardedRegExp('(?:price|fee)s?\\s+(?:\\S+\\s+){0,4}?may\\s+change', 'iu');
    expect(pattern.mayMatch('The price may change.')).toBe(true);
    expect(pattern.mayMatch('The price may rise.')).toBe(false);
    expect(pattern.mayMatch('Prices will change.')).toBe(false);
    expect(pattern.test('Fees of this plan may change at renewal.')).toBe(true);
  });

  it('keeps only the shortest of nested literals', () => {
    expect(requiredLiterals('tag|tage|tagen', 'i')).toEqual(['tag']);
  });

  it('normalization folds the letters on which /i and /iu disagree', () => {
    expect(normalize(['Geſetz \u212Aelvin \u212Bngström \u2126']).text).toBe('Gesetz Kelvin Ångström Ω');
  });

  it('folds case the way /i and /iu compare', () => {
    expect(foldCase('STRAẞE ſ µ')).toBe('straße s μ');
  });
});

describe('literal scan', () => {
  it('finds every registered literal that occurs, in any case, and no other', () => {
    const words = ['laufzeit', 'zeit', 'kündigung', 'straße', 'renew', 'auto-renewal'];
    const ids = words.map((w) => literalId(foldCase(w)));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('LAUF', 'zeit', 'Kündi', 'gung', 'STRAẞE', 'ren', 'EW', 'auto-', ' ', '-', 'x'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const found = literalsIn(text);
        words.forEach((word, k) => {
          expect(containsAny(found, Int32Array.of(ids[k])), `${word} in ${text}`).toBe(foldCase(text).includes(foldCase(word)));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('scans a text and its slices in one pass exactly as slice by slice', () => {
    const words = ['laufzeit', 'zeit', 'kündigung', 'renew', 'auto-renewal', 'a b'];
    for (const w of words) literalId(foldCase(w));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('LAUF', 'zeit', 'Kündi', 'gung', 'ren', 'EW', 'auto-', ' ', 'a', 'b', '.'), { maxLength: 14 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (parts, cuts) => {
          const text = parts.join('');
          // sorted, non-overlapping spans from the cut points
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const spans = [];
          for (let k = 0; k + 1 < points.length; k += 2) spans.push({ start: points[k], end: points[k + 1] });
          const { document, spans: inSpans, words: n } = scanSpans(text, spans);
          const expectWhole = new Uint32Array(n);
          scanInto(text, expectWhole);
          expect([...document]).toEqual([...expectWhole]);
          spans.forEach((span, k) => {
            const expected = new Uint32Array(n);
            scanInto(text.slice(span.start, span.end), expected);
            expect([...inSpans.subarray(k * n, (k + 1) * n)], `${JSON.stringify(text)} ${JSON.stringify(span)}`).toEqual([...expected]);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('indexes the texts that hold each literal', () => {
    const pattern = new GuardedRegExp('\\bmindestlaufzeit\\b', 'iu');
    const texts = ['Die Mindestlaufzeit beträgt 24 Monate.', 'Keine Angabe.', 'MINDESTLAUFZEIT: 12 Monate'];
    const scans = new TextScans(texts.length, (i) => texts[i]);
    expect(scans.candidates([pattern])).toEqual([0, 2]);
    expect(texts.map((_, i) => scans.mayMatch(pattern, i))).toEqual([true, false, true]);
  });
});

/** A random expression over a few letters (with case and ß/ẞ traps) and the syntax the analysis reads. */
const expression: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(
    fc.constantFrom('a', 'b', 'B', 'ab', 'ß', 'ẞ', 's', 'S', '\\.', '\\s', '\\w', '.', '\\b', '[ab]', '[aß]', '[a-c]', '[^a]', '\\u00e4', 'ä', 'Ä'),
    tie('group') as fc.Arbitrary<string>,
  ),
  group: fc.tuple(fc.constantFrom('(', '(?:', '(?=', '(?!', '(?<=', '(?<!'), tie('alternation') as fc.Arbitrary<string>).map(([open, inner]) => `${open}${inner})`),
  quantified: fc.tuple(tie('atom') as fc.Arbitrary<string>, fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{1,2}', '+?')).map(([atom, q]) =>
    // a quantified assertion is a syntax error under /u: leave it bare
    /^(?:\\b|\(\?(?:=|!|<=|<!))/.test(atom) ? atom : `${atom}${q}`),
  sequence: fc.array(tie('quantified') as fc.Arbitrary<string>, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
  alternation: fc.array(tie('sequence') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('|')),
})).alternation as fc.Arbitrary<string>;

// no long s: normalization folds it to "s" before any expression runs (see compile.ts)
const text = fc.array(fc.constantFrom('a', 'b', 'A', 'B', 'ß', 'ẞ', 's', 'S', 'ä', 'Ä', '.', ' ', 'c', 'ab'), { maxLength: 14 }).map((p) => p.join(''));

describe('GuardedRegExp', () => {
  it('matches exactly what the plain expression matches (random expressions and texts)', () => {
    fc.assert(
      fc.property(expression, fc.constantFrom('iu', 'i', 'u', ''), fc.array(text, { minLength: 1, maxLength: 5 }), (source, flags, texts) => {
        const plain = new RegExp(source, flags);
        const guarded = new GuardedRegExp(source, flags);
        for (const t of texts) {
          const expected = plain.exec(t);
          const actual = guarded.exec(t);
          expect(actual?.index, `/${source}/${flags} on "${t}"`).toBe(expected?.index);
          expect(actual?.[0]).toBe(expected?.[0]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps RegExp behaviour: global search, lastIndex, replace, matchAll', () => {
    const g = new GuardedRegExp('monat', 'giu');
    expect('1 Monat, 2 Monate'.replace(g, 'M')).toBe('1 M, 2 Me');
    expect([...'Monat monat'.matchAll(g)].map((m) => m.index)).toEqual([0, 6]);
    g.lastIndex = 3;
    expect(g.exec('kein Treffer')).toBeNull();
    expect(g.lastIndex).toBe(0);
    expect('Jahr'.match(g)).toBeNull();
    expect(g instanceof RegExp).toBe(true);
  });
});

/**
 * The real expressions on real text: every built-in rule pattern, language-pack cue and context
 * cue gives the same match guarded and compiled the fast way as it does as written, on the rule
 * examples and the sentences of the fixtures, also upper-cased.
 */
describe('built-in expressions, guarded and fast, on real text', () => {
  const rules = loadBuiltinRules();
  const texts = new Set<string>();
  for (const rule of rules) {
    for (const kind of ['flag', 'pass'] as const) {
      for (const lang of ['de', 'en'] as const) {
        for (const example of rule.examples[kind][lang] ?? []) texts.add(typeof example === 'string' ? example : example.text);
      }
    }
  }
  for (const name of readdirSync('fixtures/src/de').map((f) => `de/${f}`).concat(readdirSync('fixtures/src/en').map((f) => `en/${f}`))) {
    const raw = readFileSync(`fixtures/src/${name}`, 'utf8');
    for (const clause of segment(normalize([raw]))) for (const s of clause.sentences) texts.add(s.text);
  }
  const corpus = [...texts];
  corpus.push(...corpus.slice(0, 300).map((t) => t.toUpperCase().replace(/ß/g, 'ẞ')));

  const expressions: { name: string; source: string; flags: string }[] = [];
  for (const rule of rules) {
    for (const [key, list] of Object.entries(rule.compiled)) {
      for (const lang of ['de', 'en'] as const) list[lang].forEach((p, i) => expressions.push({ name: `${rule.id} ${key}.${lang}[${i}]`, source: p.source, flags: 'iu' }));
    }
  }
  const collect = (value: unknown, path: string): void => {
    if (value instanceof RegExp) expressions.push({ name: path, source: value.source, flags: value.flags.replace(/[gy]/g, '') });
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, `${path}.${k}`);
  };
  collect(de, 'de');
  collect(en, 'en');
  collect(cues, 'cues');

  it(`covers ${expressions.length} expressions and ${corpus.length} texts`, () => {
    expect(expressions.length).toBeGreaterThan(300);
    expect(corpus.length).toBeGreaterThan(1000);
    const narrowedAway = expressions.filter((e) => !compileFast(e.source, e.flags).flags.includes('u') && e.flags.includes('u'));
    expect(narrowedAway.length, 'most expressions run without the slow /u').toBeGreaterThan(expressions.length / 2);
  });

  it('match the same text at the same place', () => {
    const mismatches: string[] = [];
    for (const { name, source, flags } of expressions) {
      const written = new RegExp(source, flags);
      const guarded = new GuardedRegExp(source, flags);
      for (const t of corpus) {
        const expected = written.exec(t);
        const actual = guarded.exec(t);
        if (expected?.index !== actual?.index || expected?.[0] !== actual?.[0]) {
          mismatches.push(`${name} on "${t.slice(0, 80)}": ${expected?.[0]} vs ${actual?.[0]}`);
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  }, 120_000);
});

describe('cheap preconditions in normalization', () => {
  it('OUTSIDE_LATIN holds for every combining mark, Greek and Cyrillic character', () => {
    const missed: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if ((/\p{M}/u.test(c) || /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(c)) && !OUTSIDE_LATIN.test(c)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('letterRunStart reads letters backwards as \\p{L}+$ does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'Ä', 'ß', ' ', '-', '1', '𝐀', 'é', '.', 'ж'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const expected = /\p{L}+$/u.exec(text);
        expect(letterRunStart(text, text.length)).toBe(expected ? expected.index : text.length);
      }),
      { numRuns: 500 },
    );
  });
});
