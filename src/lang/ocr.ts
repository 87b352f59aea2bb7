import type { OcrRepairs } from './types.js';

/**
 * What OCR typically misreads in contracts, as data for the normalizer (src/text/ocr-repair.ts).
 * Applied only to text that OCR read, never to a text layer.
 */

// Pages reach the repairs joined by form feeds, which also start and end a line: hence (?<=^|\f) and (?=$|\f).
/** Marks that staples and punch holes leave: a line of one to three symbols, or a lone "o"/"°" ring. */
const STRAY_MARK_LINE = /(?<=^|\f)[ \t]*(?:[^\p{L}\p{N}\s§]{1,3}|[oO0°©®])[ \t]*(?=$|\f)/gmu;
/** A punch hole, staple or the scanner lid's edge read as a mark in the margin before or after a line. */
const STRAY_MARK_EDGE = /(?<=^|\f)[ \t]*[|°©®¦][ \t]+(?=[\p{L}\p{N}§(])|(?<=\S)[ \t]+[|°©®¦](?=$|\f)/gmu;
/** Characters OCR reads for a hyphen at the end of a line. */
const HYPHEN_LOOKALIKES = /[¬—~=][ \t]*\n(?=\p{Ll})/gu;

export const germanOcrRepairs: OcrRepairs = {
  // "$ 1", "8& 1", "& 3", "88 4" before a section number are a misread "§"
  sectionSign: [
    /(?<![\p{L}\p{N}])(?:\$|8&|&|88)[ \t]?(?=\d{1,3}[a-z]?(?![\d.,]\d))/gu,
    // at the start of a heading line "S 1 Vertragspartner", "8 2 Laufzeit"
    /(?<=^|\f)(?:S|8)[ \t](?=\d{1,2}[ \t]+\p{Lu}\p{Ll})/gmu,
  ],
  strayMarkLine: STRAY_MARK_LINE,
  strayMarkEdge: STRAY_MARK_EDGE,
  hyphenLookalikes: HYPHEN_LOOKALIKES,
};

export const englishOcrRepairs: OcrRepairs = {
  // "$" is a currency in English contracts: no section-sign repair
  sectionSign: [],
  strayMarkLine: STRAY_MARK_LINE,
  strayMarkEdge: STRAY_MARK_EDGE,
  hyphenLookalikes: HYPHEN_LOOKALIKES,
};
