import { describe, expect, it } from 'vitest';
import { exceeds, parseIso, toIso } from '../src/model/duration.js';
import { findDurations, parseNumberWords } from '../src/facts/find-durations.js';
import { de } from '../src/lang/de.js';
import { en } from '../src/lang/en.js';

const iso = (text: string, lang: 'de' | 'en') => findDurations(text, lang === 'de' ? de : en).map((d) => toIso(d));

describe('duration parser', () => {
  it.each([
    ['24 Monate', 'P24M'],
    ['vierundzwanzig (24) Monate', 'P24M'],
    ['zwölf Monate', 'P12M'],
    ['12 Mon.', 'P12M'],
    ['1 Jahr', 'P1Y'],
    ['ein Jahr', 'P1Y'],
    ['zwei Jahre', 'P2Y'],
    ['drei Monate zum Quartalsende', 'P3M'],
    ['sechs Wochen', 'P6W'],
    ['4 Wochen', 'P4W'],
    ['30 Tage', 'P30D'],
    ['52 Wochen', 'P52W'],
    ['um weitere zwölf Monate', 'P12M'],
    ['eine 24-monatige Laufzeit', 'P24M'],
    ['eine einjährige Bindung', 'P1Y'],
    ['ein Quartal', 'P3M'],
    ['ein halbes Jahr', 'P6M'],
    ['einhundertachtzig Tage', 'P180D'],
    ['mit einer Frist von einem Monat', 'P1M'],
    ['sechsunddreißig Monate', 'P36M'],
  ])('de: %s → %s', (text, expected) => {
    expect(iso(text, 'de')).toEqual([expected]);
  });

  it.each([
    ['twelve (12) months', 'P12M'],
    ['twenty-four (24) month', 'P24M'],
    ['one (1) year', 'P1Y'],
    ['thirty (30) days', 'P30D'],
    ['60 days prior', 'P60D'],
    ['90-day notice', 'P90D'],
    ['an annual term', 'P1Y'],
    ['successive 12-month periods', 'P12M'],
    ['a 36-month agreement', 'P36M'],
    ["one month's notice", 'P1M'],
    ['twenty four months', 'P24M'],
    ['a fortnight', 'P14D'],
    ['one hundred and twenty days', 'P120D'],
    ['two additional years', 'P2Y'],
  ])('en: %s → %s', (text, expected) => {
    expect(iso(text, 'en')).toEqual([expected]);
  });

  it('finds nothing where there is no duration', () => {
    expect(iso('ab dem 13. Monat gilt der reguläre Preis; pro Monat; des Monats', 'de')).toEqual([]);
    expect(iso('per month, each year, the first month', 'en')).toEqual([]);
  });

  it('keeps the word and reports the conflict when word and digits disagree', () => {
    const [d] = findDurations('zwölf (13) Monate', de);
    expect(toIso(d)).toBe('P12M');
    expect(d.conflict).toEqual({ words: 12, digits: 13 });
  });

  it('parses number words by shared mechanism with language data', () => {
    expect(parseNumberWords('achtundvierzig', de)).toBe(48);
    expect(parseNumberWords('forty-eight', en)).toBe(48);
    expect(parseNumberWords('elephant', en)).toBeNull();
  });
});

describe('duration comparison', () => {
  const gt = (a: string, b: string) => exceeds(parseIso(a), parseIso(b));
  it('compares months and years exactly, and days generously against months', () => {
    expect(gt('P25M', 'P24M')).toBe(true);
    expect(gt('P2Y', 'P24M')).toBe(false);
    expect(gt('P3Y', 'P24M')).toBe(true);
    expect(gt('P30D', 'P1M')).toBe(false);
    expect(gt('P4W', 'P1M')).toBe(false);
    expect(gt('P6W', 'P1M')).toBe(true);
    expect(gt('P52W', 'P12M')).toBe(false);
    expect(gt('P90D', 'P2M')).toBe(true);
    expect(gt('P1M', 'P30D')).toBe(false);
  });
});
