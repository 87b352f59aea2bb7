/**
 * Features of one sentence for the statistical second opinion: word 1–2-grams and character
 * 2–5-grams inside word boundaries, hashed to 32-bit fingerprints (FNV-1a). The trainer
 * (scripts/lib/trainer.mjs) and the run-time scorer both call this one function, so what the
 * model learnt and what it reads can never drift apart.
 *
 * No strings are built per feature: hashes are computed over the lower-cased text in place and
 * the sink gets the offsets, so the scorer can still name the n-gram that decided a finding.
 */

/** What kind of n-gram a feature is; also the seed that keeps the kinds apart in hash space. */
export const enum FeatureKind {
  Word = 1,
  WordPair = 2,
  Chars = 3,
}

const FNV_PRIME = 0x01000193;
const SEEDS = [0, 0x811c9dc5, 0x9e3779b9, 0x7f4a7c15];

/** Longer words (German compounds) give their character n-grams from the first this many letters only. */
const MAX_CHAR_WORD = 24;
const MIN_CHAR_N = 2;
const MAX_CHAR_N = 5;
/** Most words read per sentence: a "sentence" of a whole unsplit page must not cost unbounded time. */
export const MAX_WORDS = 400;

/** Receives every feature occurrence: fingerprint, kind, and the offsets of its word(s) in the lower-cased text. */
export type FeatureSink = (hash: number, kind: FeatureKind, start: number, end: number) => void;

/** Letters and digits form words; digits all read as 0 so "12 months" and "24 months" share features. */
function wordCode(code: number): number {
  if (code >= 0x30 && code <= 0x39) return 0x30;
  if ((code >= 0x61 && code <= 0x7a) || code === 0xdf || (code >= 0xe0 && code <= 0xff && code !== 0xf7)) return code;
  if (code < 0x80) return -1;
  // outside Latin-1: letters by Unicode class (rare in German and English contracts)
  return LETTER.test(String.fromCharCode(code)) ? code : -1;
}
const LETTER = /[\p{L}\p{N}]/u;

const step = (h: number, code: number) => Math.imul(h ^ code, FNV_PRIME);

/** Word spans of the last `wordSpans` call: buffers reused between calls (the scorer runs on many sentences). */
export const spans = { starts: new Int32Array(64), ends: new Int32Array(64) };

/** Lower-case form the features are read from (returned so callers can quote n-grams). */
export function featureText(sentence: string): string {
  return sentence.toLowerCase();
}

/** Word spans of an already lower-cased sentence, at most MAX_WORDS, into `spans`; returns the count. */
export function wordSpans(lower: string): number {
  let words = 0;
  for (let i = 0; i < lower.length && words < MAX_WORDS; ) {
    if (wordCode(lower.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && wordCode(lower.charCodeAt(j)) >= 0) j++;
    if (words === spans.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      spans.starts = grow(spans.starts);
      spans.ends = grow(spans.ends);
    }
    spans.starts[words] = i;
    spans.ends[words] = j;
    words++;
    i = j;
  }
  return words;
}

/** Fingerprint of the word at [s, e). */
export function wordHash(lower: string, s: number, e: number): number {
  let h = SEEDS[FeatureKind.Word];
  for (let k = s; k < e; k++) h = step(h, wordCode(lower.charCodeAt(k)));
  return h >>> 0;
}

/** Fingerprint of the word pair [s, e) + [s2, e2). */
export function pairHash(lower: string, s: number, e: number, s2: number, e2: number): number {
  let p = SEEDS[FeatureKind.WordPair];
  for (let k = s; k < e; k++) p = step(p, wordCode(lower.charCodeAt(k)));
  p = step(p, 0x20);
  for (let k = s2; k < e2; k++) p = step(p, wordCode(lower.charCodeAt(k)));
  return p >>> 0;
}

/** The character n-grams of the word at [s, e) (they depend on the word alone: the scorer caches them per word). */
export function forEachCharGram(lower: string, s: number, e: number, sink: FeatureSink): void {
  charGrams(lower, s, Math.min(e, s + MAX_CHAR_WORD), e, sink);
}

/** Call `sink` for every feature occurrence of an already lower-cased sentence; returns the word count. */
export function forEachFeature(lower: string, sink: FeatureSink): number {
  const words = wordSpans(lower);
  const { starts, ends } = spans;
  for (let w = 0; w < words; w++) {
    const s = starts[w];
    const e = ends[w];
    sink(wordHash(lower, s, e), FeatureKind.Word, s, e);
    if (w + 1 < words) sink(pairHash(lower, s, e, starts[w + 1], ends[w + 1]), FeatureKind.WordPair, s, ends[w + 1]);
    charGrams(lower, s, Math.min(e, s + MAX_CHAR_WORD), e, sink);
  }
  return words;
}

/**
 * Character n-grams of " word " (a space marks each boundary, as in scikit-learn's char_wb).
 * Position start-1 and `end` stand for the padding spaces; a cut-off long word gets no closing
 * space. The sink gets the whole word's offsets: an explanation names the word, not "iab".
 */
function charGrams(lower: string, start: number, end: number, wordEnd: number, sink: FeatureSink): void {
  const last = end === wordEnd ? end : end - 1; // last padded position
  for (let from = start - 1; from <= last; from++) {
    let h = SEEDS[FeatureKind.Chars];
    for (let n = 1; n <= MAX_CHAR_N && from + n - 1 <= last; n++) {
      const at = from + n - 1;
      h = step(h, at < start || at >= end ? 0x20 : wordCode(lower.charCodeAt(at)));
      if (n >= MIN_CHAR_N) sink(h >>> 0, FeatureKind.Chars, start, wordEnd);
    }
  }
}
