import type { Duration, DurationUnit } from '../model/duration.js';

/** The date a notice must arrive before: end of the term, of a calendar month or quarter, or any day. */
export type FeeRecurrence = 'one-off' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly' | 'per-use';
export type CancellationChannel = 'text-form' | 'email' | 'online' | 'letter' | 'registered-mail' | 'fax' | 'phone' | 'in-person' | 'app';

export type NoticeAnchor = 'term-end' | 'month-end' | 'quarter-end' | 'year-end' | 'anytime';

/** Typical OCR misreadings, repaired in text that OCR read (src/lang/ocr.ts). */
export interface OcrRepairs {
  /** Misread "§" before a section number: each match is replaced by "§ ". */
  sectionSign: RegExp[];
  /** Whole lines that are marks from staples or punch holes: removed. */
  strayMarkLine: RegExp;
  /** A mark in the margin before a line's first word or after its last: removed. */
  strayMarkEdge: RegExp;
  /** A hyphen look-alike ending a line before a lower-case word: read as "-" so the word is re-joined. */
  hyphenLookalikes: RegExp;
}

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
  /**
   * A window ("within 30 days") before a duration excludes it (refunds, withdrawal) unless a notice
   * word precedes the window and the end of a term follows the duration: then it is a notice deadline.
   */
  exclusionWindow?: { before: RegExp; notice: RegExp; deadline: RegExp };
  /** A sentence about ending the contract (needed before a duration counts as a notice period). */
  terminationContext: RegExp;
  /** A sentence that goes on with the one before ("Sie muss …", "It must …"): that one may give the context. */
  continuesPrevious: RegExp;
  /** The sentence names a notice itself ("notice", "Frist"): after a sentence about ending, it is that ending's notice. */
  noticeWord: RegExp;
  /**
   * A window in which the customer cannot leave ("waive the right to cancel during the first 12
   * months", "in den ersten sechs Monaten nicht kündbar"): a minimum term, even where words such
   * as "first" would otherwise mark a promotion.
   */
  noExitWindow: { before: RegExp; after: RegExp };
  /** A table header cell that names the column of terms ("Laufzeit", "Term", "Contract length"). */
  termColumn: RegExp;
  /** Sentences where only the provider terminates or gives notice. */
  providerOnly: { provider: RegExp; customer: RegExp; named?: RegExp };
  renewal: {
    /** The sentence is about renewing at all: a notice there is the one that stops the renewal. */
    mention: RegExp;
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
    /** Renews for a period as long as the one before, without naming it ("for the same period", "um dieselbe Laufzeit"). */
    samePeriod: RegExp;
    /**
     * Renews again and again until the customer cancels: US auto-renewal disclosures ("renews each
     * month until you cancel"), free trials that turn into paid plans ("unless you cancel before the
     * trial ends, you will be charged").
     */
    untilCancelled: RegExp;
    /** A party may renew or extend if it chooses ("option to renew", "may extend"): not an automatic renewal. */
    option: RegExp;
    /** Read just before a duration: it is the period of that option ("for an additional", "um weitere"). */
    optionPeriod: RegExp;
    /** A word inside the renewal verb itself that says it happens on its own ("automatically renews", "stillschweigend verlängert"). */
    selfActing: RegExp;
    /** Read just before a duration: it is a cycle ("every four weeks", "alle drei Monate"). */
    everyBefore: RegExp;
    /** The billing cycle such a renewal repeats on ("each month", "jährlich"); first match wins. */
    cycles: { pattern: RegExp; value: Duration }[];
    /**
     * A sentence about paying ("billed", "charge", "Beitrag … zahlen"): when a renewal "until you
     * cancel" names no cycle, the one cycle the contract bills on stands for it.
     */
    billing: RegExp;
  };
  /**
   * Read before a notice period in its sentence: the notice belongs to the open-ended phase after
   * the first term ("nach Ablauf der Mindestlaufzeit", "thereafter", "month to month").
   */
  openPhase: RegExp;
  /**
   * A cancellation that takes effect at the end of the month after the one it arrives in
   * ("zum Ende des Folgemonats", "at the end of the month following receipt"): one month's notice.
   */
  noticeToFollowingMonth: RegExp;
  /** What a notice period runs up to, read just after the duration; first match wins. */
  noticeAnchors: { anchor: NoticeAnchor; pattern: RegExp }[];
  /** "keine Mindestlaufzeit", "there is no minimum term". */
  noMinimumTerm: RegExp;
  /** Ordinal words ("siebten", "fourth") for "ab dem siebten Monat" / "from the fourth month". */
  ordinals: Record<string, number>;
  /** Amounts of money; groups `amount` and `currency`, decimal comma or point per language. */
  money: { pattern: RegExp; decimalComma: boolean };
  prices: {
    /** An introductory or promotional price. */
    intro: RegExp;
    /** The regular price that follows. */
    regular: RegExp;
    /** "ab dem 13. Monat", "from the fourth month": group `ordinal` (digits or an ordinal word). */
    stepUp: RegExp;
  };
  fees: {
    /** A named fee; group `name`. */
    cue: RegExp;
    /** The fee is waived ("wird nicht erhoben", "no joining fee"). */
    negated: RegExp;
    recurrence: { value: FeeRecurrence; pattern: RegExp }[];
  };
  /** Ways the contract lets the customer cancel (read in sentences about cancelling). */
  cancellationChannels: { value: CancellationChannel; pattern: RegExp }[];
  /** The channels named in this sentence are refused ("per E-Mail ist unwirksam", "not accepted"). */
  channelRefused: RegExp;
  priceChange: {
    /** The provider reserves a right to change prices. */
    right: RegExp;
    /** ...and the customer may then leave free of charge. */
    freeExit: RegExp;
    /** ...or it needs the customer's consent. */
    consent: RegExp;
  };
  pause: { cue: RegExp; extendsTerm: RegExp };
  extraordinaryTermination: { excluded: RegExp; restricted: RegExp };
  /** What makes a text read like a contract (the NOT_A_CONTRACT gate, src/facts/contract-gate.ts). */
  contractSigns: {
    /** Terms laid down between parties: a party with a binding verb, legal self-reference, contract machinery. */
    terms: RegExp;
    /** Lock-in topics a one-sentence excerpt may consist of ("Mindestlaufzeit", "renews automatically"). */
    topics: RegExp;
    /** Voices of other genres: reported speech, letters, first-person narration. */
    narrative: RegExp;
    /** Other genres that talk about contracts: a customer's letter, commentary, FAQ questions. */
    otherGenres: RegExp;
  };
  /** OCR misreadings to repair; digits misread as letters are found next to the `units` above. */
  ocrRepairs: OcrRepairs;
  /** Names of units for messages. */
  unitNames: Record<DurationUnit, [singular: string, plural: string]>;
}
