import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDurations } from '../src/facts/find-durations.js';
import { de } from '../src/lang/de.js';
import { en } from '../src/lang/en.js';
import { normalize } from '../src/text/normalize.js';
import { segment } from '../src/text/segment.js';

/** Text that looks like contracts: words, numbers, section marks, hyphens, odd characters. */
const contractish = fc.array(
  fc.oneof(
    fc.constantFrom('Mindest-', 'laufzeit', 'Kündigungs-', 'und', 'E-', 'Mail', '§ 3', '(2)', 'a)', '3.1', '24', 'Monate', 'zwölf (12)', 'months', 'renews', 'Seite 2 von 4', 'Page 1 of 3', '.', ',', ';'),
    fc.constantFrom('\n', '\n\n', ' ', '\u00AD', '\u200B', '\u00A0', '\uFB01', '\f', '\t', '\r\n', 'а', 'ü', 'ß', '€', '„', '“', '-'),
    fc.string({ maxLength: 12 }),
  ),
  { maxLength: 80 },
).map((parts) => parts.join(''));

const pages = fc.array(contractish, { minLength: 1, maxLength: 4 });

describe('text pipeline properties', () => {
  it('never throws, and every offset maps to an existing page', () => {
    fc.assert(
      fc.property(pages, (input) => {
        const result = normalize(input);
        for (let i = 0; i < result.text.length; i += 7) {
          const page = result.pageAt(i);
          expect(page).toBeGreaterThanOrEqual(1);
          expect(page).toBeLessThanOrEqual(input.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(contractish, (input) => {
        const once = normalize([input]).text;
        expect(normalize([once]).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('segments into clauses and sentences that lie inside the text and quote it exactly', () => {
    fc.assert(
      fc.property(pages, (input) => {
        const normalized = normalize(input);
        for (const clause of segment(normalized)) {
          expect(normalized.text.slice(clause.start, clause.end)).toBe(clause.text);
          for (const sentence of clause.sentences) {
            expect(sentence.start).toBeGreaterThanOrEqual(clause.start);
            expect(sentence.end).toBeLessThanOrEqual(clause.end);
            expect(normalized.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('duration parser properties', () => {
  it('never throws and returns spans inside the text with positive values', () => {
    fc.assert(
      fc.property(contractish, fc.constantFrom(de, en), (text, pack) => {
        for (const d of findDurations(text, pack)) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.value).toBeGreaterThan(0);
          expect(['D', 'W', 'M', 'Y']).toContain(d.unit);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads any number written in digits with any unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(['Monate', 'M'], ['Tage', 'D'], ['Wochen', 'W'], ['Jahre', 'Y']), (n, [unit, code]) => {
        const [d] = findDurations(`eine Frist von ${n} ${unit} gilt`, de);
        expect(`P${d.value}${d.unit}`).toBe(`P${n}${code}`);
      }),
    );
  });
});
