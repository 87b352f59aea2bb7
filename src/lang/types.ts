import type { Duration, DurationUnit } from '../facts/duration.js';

/** The date a notice must arrive before: end of the term, of a calendar month or quarter, or any day. */
export type NoticeAnchor = 'term-end' | 'month-end' | 'quarter-end' | 'year-end' | 'anytime';

/**
 * Everything language-specific the fact extractor knows lives in one of these packs; the
 * mechanism that uses them is shared. Regexes are matched case-insensitively on one sentence.
 */
export interface LanguagePack {
  language: 'de' | 'en';
  numbers: {
    /** 0–19, articles ("ein", "a") and other single words. */
    ones: Record<string, number>;
    tens: Record<string, number>;
    hundred: string;
    /** German writes "vier-und-zwanzig", English "twenty-four". */
    order: 'ones-first' | 'tens-first';
    joiner: RegExp;
    /** Fractions that combine with a unit: "halbes Jahr", "half a year". */
    fractions: Record<string, number>;
  };
  /** Unit words (regex source); `scale` turns a quarter into three months. */
  units: { pattern: string; unit: DurationUnit; scale?: number }[];
  /** Units glued to their number in one word: "24-monatige", "zweijährige". */
  compoundUnits: { pattern: string; unit: DurationUnit }[];
  /** Words allowed between a number and its unit: "weitere", "additional", "calendar". */
  fillers: string[];
  /** Durations without a number: "annual term", "Halbjahr". */
  fixedDurations: { pattern: RegExp; value: Duration }[];
  /** Cues that give a duration its role; `before` is tested on the text just before it, `after` just after. */
  slots: Record<'exclude' | 'notice' | 'renewal' | 'term', { before?: RegExp; after?: RegExp }>;
  /** A sentence about ending the contract (needed before a duration counts as a notice period). */
  terminationContext: RegExp;
  /** Sentences where only the provider terminates or gives notice. */
  providerOnly: { provider: RegExp; customer: RegExp };
  renewal: {
    /** Tacit extension happens ("verlängert sich", "automatically renews"). */
    positive: RegExp;
    /** It does not ("verlängert sich nicht", "does not renew", "ends automatically"). */
    negative: RegExp;
    /** The contract continues for an indefinite period ("auf unbestimmte Zeit", "month-to-month"). */
    indefinite: RegExp;
    /** The extension happens unless the customer acts ("sofern nicht gekündigt", "unless cancelled"). */
    tacit: RegExp;
    /** ...after a first term ("danach", "thereafter"), which makes indefinite continuation a renewal. */
    continuation: RegExp;
  };
  /** What a notice period runs up to, read just after the duration; first match wins. */
  noticeAnchors: { anchor: NoticeAnchor; pattern: RegExp }[];
  /** "keine Mindestlaufzeit", "there is no minimum term". */
  noMinimumTerm: RegExp;
  /** Names of units for messages. */
  unitNames: Record<DurationUnit, [singular: string, plural: string]>;
}
