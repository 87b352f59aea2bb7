import { describe, expect, it } from 'vitest';
import { normalize } from '../src/text/normalize.js';

describe('normalize', () => {
  it('joins words hyphenated across line breaks but keeps real hyphens', () => {
    const { text } = normalize(['Die Mindest-\nlaufzeit und die Kündi-\ngungsfrist sind lang, die Kündigung per E-\nMail ist möglich; das Kündigungs-\nund Widerrufsrecht bleibt.']);
    expect(text).toBe('Die Mindestlaufzeit und die Kündigungsfrist sind lang, die Kündigung per E-Mail ist möglich; das Kündigungs- und Widerrufsrecht bleibt.');
  });

  it('keeps English compounds broken at their hyphen', () => {
    expect(normalize(['written notice of non-\nrenewal on a month-\nto-month basis']).text).toBe('written notice of non-renewal on a month-to-month basis');
  });

  it('unwraps hard-wrapped lines but keeps headings and numbered paragraphs apart', () => {
    const page = [
      '§ 3 Laufzeit',
      '(1) Die Mitgliedschaft hat eine Mindestlaufzeit von vierundzwanzig Monaten und',
      'beginnt mit dem Tag des Vertragsschlusses, frühestens jedoch am Monatsersten.',
      '(2) Der Vertrag verlängert sich stillschweigend um weitere zwölf Monate, wenn er',
      'nicht gekündigt wird.',
    ].join('\n');
    expect(normalize([page]).text.split('\n\n')).toEqual([
      '§ 3 Laufzeit',
      '(1) Die Mitgliedschaft hat eine Mindestlaufzeit von vierundzwanzig Monaten und beginnt mit dem Tag des Vertragsschlusses, frühestens jedoch am Monatsersten.',
      '(2) Der Vertrag verlängert sich stillschweigend um weitere zwölf Monate, wenn er nicht gekündigt wird.',
    ]);
  });

  it('strips running headers, footers and page numbers that repeat across pages', () => {
    const words = ['Laufzeit', 'Beitrag', 'Haftung'];
    const body = (n: number) => [`§ ${n} ${words[n - 1]}`, `(1) Regeln zur ${words[n - 1]}.`, `(2) Dritter Absatz über ${n} Monate.`, `(3) Ende zu ${words[n - 1]}.`];
    const pages = [1, 2, 3].map((n) => ['FitWerk GmbH · Mitgliedschaftsvertrag', ...body(n), `Seite ${n} von 3`].join('\n'));
    const result = normalize(pages);
    expect(result.text).not.toMatch(/FitWerk|Seite \d von/);
    expect(result.text).toContain('(2) Dritter Absatz über 2 Monate.');
    expect(result.strippedLines).toBe(6);
    expect(normalize(['Page 3 of 5\nTerms apply.']).text).toBe('Terms apply.');
  });

  it('maps every offset back to its page, across header stripping and joins', () => {
    const pages = ['Kopfzeile\nErste Seite endet mit Mindest-', 'Kopfzeile\nlaufzeit und geht weiter.\n\nZweiter Absatz.'];
    const result = normalize(pages);
    expect(result.text).toBe('Erste Seite endet mit Mindestlaufzeit und geht weiter.\n\nZweiter Absatz.');
    expect(result.pageAt(0)).toBe(1);
    expect(result.pageAt(result.text.indexOf('Mindest'))).toBe(1);
    expect(result.pageAt(result.text.indexOf('laufzeit'))).toBe(2);
    expect(result.pageAt(result.text.indexOf('Zweiter'))).toBe(2);
  });

  it('folds ligatures, soft hyphens, zero-width characters and non-breaking spaces', () => {
    expect(normalize(['Die Mindest\u00ADlaufzeit\u200B be\uFB01ndet sich\u00A0in §\u00A03 \uFB02exibel.']).text).toBe(
      'Die Mindestlaufzeit befindet sich in § 3 flexibel.',
    );
    expect(normalize(['Mindest\u200blaufzeit']).text).toBe('Mindestlaufzeit');
  });

  it('composes decomposed umlauts (NFC)', () => {
    expect(normalize(['Ku\u0308ndigung']).text).toBe('Kündigung');
  });

  it('is idempotent', () => {
    const once = normalize(['Die Mindest-\nlaufzeit beträgt\n24 Monate.\n\n(2) Kündigung per E-\nMail.\n\n\nEnde']).text;
    expect(normalize([once]).text).toBe(once);
  });

  it('keeps paragraphs separated by blank lines as separate lines', () => {
    expect(normalize(['Erster Absatz.\n\n\nZweiter Absatz.']).text).toBe('Erster Absatz.\n\nZweiter Absatz.');
  });

  it('joins a sentence that blank lines split after an article, a preposition or a comma (copied web pages)', () => {
    expect(normalize(['Der Vertrag ist zum Ende der\n\n   Grundlaufzeit kündbar.']).text).toBe('Der Vertrag ist zum Ende der Grundlaufzeit kündbar.');
    expect(normalize(['You can cancel before the end of the\n\nfirst year, in writing.']).text).toBe('You can cancel before the end of the first year, in writing.');
    // a finished sentence, a heading or a numbered paragraph after the blank line stays apart
    expect(normalize(['Kündigung und\n\n§ 5 Preise']).text).toBe('Kündigung und\n\n§ 5 Preise');
    expect(normalize(['Es gilt deutsches Recht.\n\nDer Gerichtsstand ist Berlin.']).text).toBe('Es gilt deutsches Recht.\n\nDer Gerichtsstand ist Berlin.');
  });
});
