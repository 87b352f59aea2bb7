import { describe, expect, it } from 'vitest';
import { normalize } from '../src/text/normalize.js';
import { segment } from '../src/text/segment.js';
import { splitSentences } from '../src/text/sentences.js';

const sections = (text: string) => segment(normalize([text])).map((c) => [c.section, c.isHeading]);

describe('segment', () => {
  it('builds section paths from §, (n) and a)', () => {
    const text = '§ 5 Kündigung\n(1) Erster Absatz.\n(2) Zweiter Absatz mit Liste:\na) erstens;\nb) zweitens.\n§ 6 Haftung\nText.';
    expect(sections(text)).toEqual([
      ['§ 5', true],
      ['§ 5 (1)', false],
      ['§ 5 (2)', false],
      ['§ 5 (2) a)', false],
      ['§ 5 (2) b)', false],
      ['§ 6', true],
      ['§ 6', false],
    ]);
  });

  it('builds decimal section paths and headings in English', () => {
    const text = '4. Term and Termination\n4.1 The initial term is 12 months.\n4.2 Either party may terminate.\n(a) for breach;\n5. Liability\nText.';
    expect(sections(text)).toEqual([
      ['4', true],
      ['4.1', false],
      ['4.2', false],
      ['4.2 (a)', false],
      ['5', true],
      ['5', false],
    ]);
    const clauses = segment(normalize([text]));
    expect(clauses[1].heading).toBe('Term and Termination');
  });

  it('uses an unnumbered heading as the section name', () => {
    const clauses = segment(normalize(['Term and cancellation\n\nYou can cancel at any time.']));
    expect(clauses[1].section).toBe('Term and cancellation');
  });

  it('does not take a date or a wrapped number for a section number', () => {
    const clauses = segment(normalize(['1. März 2025 ist der Beginn.']));
    expect(clauses[0].section).toBeNull();
  });
});

describe('sentences', () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('respects German abbreviations', () => {
    expect(split('Die Kündigung ist z. B. per E-Mail möglich, vgl. Abs. 2 Nr. 3 bzw. ggf. i. V. m. § 309 Nr. 9 BGB. Danach endet der Vertrag.')).toEqual([
      'Die Kündigung ist z. B. per E-Mail möglich, vgl. Abs. 2 Nr. 3 bzw. ggf. i. V. m. § 309 Nr. 9 BGB.',
      'Danach endet der Vertrag.',
    ]);
  });

  it('respects English abbreviations and dates', () => {
    expect(split('Fees, e.g. the joining fee, i.e. £49, are paid to Acme Inc. in advance. The term starts on 1. March.')).toEqual([
      'Fees, e.g. the joining fee, i.e. £49, are paid to Acme Inc. in advance.',
      'The term starts on 1. March.',
    ]);
  });

  it('does not split inside a date like "am 1. März"', () => {
    expect(split('Die Mitgliedschaft beginnt am 1. März 2025. Sie läuft 24 Monate.')).toHaveLength(2);
  });
});
