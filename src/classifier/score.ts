import { readFileSync } from 'node:fs';
import { featureText, forEachCharGram, pairHash, spans, wordHash, wordSpans } from './features.js';
import { decodeWeights, IDF_STEPS, type ModelWeights } from './weights.js';

/**
 * Run-time scorer of the statistical second opinion: the same features as the trainer, looked up
 * in an open-addressing table built once per language, summed without allocating per feature.
 */
export interface LoadedModel extends ModelWeights {
  /** Open-addressing table: fingerprint → feature row + 1 (0 = empty slot). */
  slots: Int32Array;
  keys: Uint32Array;
  mask: number;
  /** Word → its own features' share (see WordShare); filled while scoring. */
  wordShares: Map<string, WordShare>;
  /** Per feature row: its squared idf (what an occurrence adds to the vector's squared length). */
  idf2: Float64Array;
}

/**
 * What one word contributes wherever it occurs: its unigram's row and its character n-grams'
 * weight sums per category. Character n-grams never cross a word boundary, so they are a function
 * of the word alone; a contract repeats its words, and summing them once per word instead of once
 * per occurrence is most of the scorer's speed.
 */
interface WordShare {
  row: number;
  /** Squared length its character n-grams add (the sum of their squared idf). */
  chars: number;
  sums: Float64Array;
  /** Rows of its character n-grams that the model knows, in order (for `decidingNgrams`). */
  charRows: number[];
}

/** Most words remembered per language (a few MB at most); past it the memory starts afresh. */
const MAX_WORD_SHARES = 50_000;

/** One n-gram's share of a category's score (word, word pair; character n-grams count for their word). */
export interface Contribution {
  text: string;
  start: number;
  end: number;
  weight: number;
}

export function loadModel(weights: ModelWeights): LoadedModel {
  let size = 1;
  while (size < weights.hashes.length * 2) size <<= 1;
  const slots = new Int32Array(size);
  const keys = new Uint32Array(size);
  const mask = size - 1;
  weights.hashes.forEach((h, i) => {
    let at = mix(h) & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = i + 1;
    keys[at] = h;
  });
  const idf2 = Float64Array.from(weights.idf, (q) => (q / IDF_STEPS) ** 2);
  return { ...weights, slots, keys, mask, wordShares: new Map(), idf2 };
}

/** The fingerprints are FNV hashes already; one multiply spreads their low bits over the table. */
const mix = (h: number) => Math.imul(h, 0x9e3779b1) >>> 16 ^ h;

function rowOf(model: LoadedModel, h: number): number {
  let at = mix(h) & model.mask;
  for (;;) {
    const slot = model.slots[at];
    if (slot === 0) return -1;
    if (model.keys[at] === h) return slot - 1;
    at = (at + 1) & model.mask;
  }
}

const cache = new Map<string, LoadedModel | null>();

/** The shipped model of a language, read on first use; null when its file is missing. */
export function shippedModel(language: 'de' | 'en'): LoadedModel | null {
  if (!cache.has(language)) {
    let model: LoadedModel | null = null;
    try {
      model = loadModel(decodeWeights(readFileSync(new URL(`../../models/${language}.bin`, import.meta.url))));
    } catch {
      model = null; // a package without weights analyses with rules alone
    }
    cache.set(language, model);
  }
  return cache.get(language)!;
}

// per-call accumulators, reused (the scorer runs on hundreds of sentences per document)
let wordSums = new Float64Array(8);
let charSums = new Float64Array(8);

function wordShare(model: LoadedModel, lower: string, s: number, e: number): WordShare {
  const key = lower.slice(s, e);
  let share = model.wordShares.get(key);
  if (share) return share;
  const C = model.categories;
  share = { row: rowOf(model, wordHash(lower, s, e)), chars: 0, sums: new Float64Array(C), charRows: [] };
  const found = share;
  forEachCharGram(lower, s, e, (h) => {
    const row = rowOf(model, h);
    if (row < 0) return;
    found.charRows.push(row);
    found.chars += model.idf2[row];
    const base = row * C;
    for (let c = 0; c < C; c++) found.sums[c] += model.weights[base + c];
  });
  if (model.wordShares.size >= MAX_WORD_SHARES) model.wordShares.clear();
  model.wordShares.set(key, share);
  return share;
}

/**
 * Probability per category for a lower-cased sentence, for the categories in `wanted` (bitmask;
 * the others come back as 0). Word-level and character-level features are each divided by the
 * root of their occurrences' summed squared idf, as in training.
 */
export function probabilities(model: LoadedModel, lower: string, wanted: number, out: Float64Array): void {
  const C = model.categories;
  if (wordSums.length < C) {
    wordSums = new Float64Array(C);
    charSums = new Float64Array(C);
  }
  wordSums.fill(0);
  charSums.fill(0);
  let words = 0;
  let chars = 0;
  const n = wordSpans(lower);
  const { starts, ends } = spans;
  for (let w = 0; w < n; w++) {
    const s = starts[w];
    const e = ends[w];
    const share = wordShare(model, lower, s, e);
    if (share.row >= 0) {
      words += model.idf2[share.row];
      const base = share.row * C;
      for (let c = 0; c < C; c++) if ((wanted >> c) & 1) wordSums[c] += model.weights[base + c];
    }
    if (share.chars) {
      chars += share.chars;
      for (let c = 0; c < C; c++) if ((wanted >> c) & 1) charSums[c] += share.sums[c];
    }
    if (w + 1 < n) {
      const row = rowOf(model, pairHash(lower, s, e, starts[w + 1], ends[w + 1]));
      if (row >= 0) {
        words += model.idf2[row];
        const base = row * C;
        for (let c = 0; c < C; c++) if ((wanted >> c) & 1) wordSums[c] += model.weights[base + c];
      }
    }
  }
  const wn = words ? 1 / Math.sqrt(words) : 0;
  const cn = chars ? 1 / Math.sqrt(chars) : 0;
  for (let c = 0; c < C; c++) {
    if (!((wanted >> c) & 1)) {
      out[c] = 0;
      continue;
    }
    const z = model.bias[c] + model.scales[c] * (wordSums[c] * wn + charSums[c] * cn);
    out[c] = 1 / (1 + Math.exp(-z));
  }
}

/**
 * The n-grams that pushed one category's score up most (for the finding's explanation). The
 * features are visited in the order `forEachFeature` gives them (word, its pair with the next,
 * its character n-grams), each word's known character n-grams taken from its cached share.
 */
export function decidingNgrams(model: LoadedModel, lower: string, category: number, limit = 3): Contribution[] {
  const C = model.categories;
  const n = wordSpans(lower);
  const starts = spans.starts.slice(0, n);
  const ends = spans.ends.slice(0, n);
  const shares = Array.from({ length: n }, (_, w) => wordShare(model, lower, starts[w], ends[w]));
  const pairRows = new Int32Array(n);
  let words = 0;
  let chars = 0;
  for (let w = 0; w < n; w++) {
    const share = shares[w];
    if (share.row >= 0) words += model.idf2[share.row];
    pairRows[w] = w + 1 < n ? rowOf(model, pairHash(lower, starts[w], ends[w], starts[w + 1], ends[w + 1])) : -1;
    if (pairRows[w] >= 0) words += model.idf2[pairRows[w]];
    for (const row of share.charRows) chars += model.idf2[row];
  }
  // one entry per n-gram text; a word's character n-grams add to the word's own entry
  const byText = new Map<string, Contribution>();
  const entry = (start: number, end: number) => {
    const text = lower.slice(start, end);
    let found = byText.get(text);
    if (!found) byText.set(text, (found = { text, start, end, weight: 0 }));
    return found;
  };
  const scale = model.scales[category];
  const wordNorm = Math.sqrt(words);
  const charNorm = Math.sqrt(chars);
  for (let w = 0; w < n; w++) {
    const share = shares[w];
    if (share.row >= 0) entry(starts[w], ends[w]).weight += (model.weights[share.row * C + category] * scale) / wordNorm;
    if (pairRows[w] >= 0) entry(starts[w], ends[w + 1]).weight += (model.weights[pairRows[w] * C + category] * scale) / wordNorm;
    if (share.charRows.length === 0) continue;
    const own = entry(starts[w], ends[w]);
    for (const row of share.charRows) own.weight += (model.weights[row * C + category] * scale) / charNorm;
  }
  return [...byText.values()]
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, limit)
    .map((c) => ({ ...c, weight: Math.round(c.weight * 100) / 100 }));
}

export { featureText };
