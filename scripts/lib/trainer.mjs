// The trainer of the statistical second opinion: logistic regression per category over hashed
// word 1–2-grams and character 2–5-grams (dist/classifier/features.js, the scorer's own code),
// each occurrence weighted by its feature's inverse document frequency (TF-IDF),
// decision thresholds chosen by inner cross-validation on the training documents only.
// Used by `npm run train` (shipped weights) and by `npm run eval` (held-out fold models).
//
// Deterministic: documents and features in sorted order, a seeded shuffle, no Math.random, no
// time or thread dependence. Same sentences in, same bytes out.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulberry32 } from './random.mjs';

/** CLAUDETTE tag codes of the categories knebel maps, in the order of the weight file's columns. */
export const CATEGORY_TAGS = ['ch', 'ter', 'cr', 'use', 'law', 'j', 'a', 'ltd'];

/** Hyper-parameters; chosen by inner folds on the training documents (see docs/evaluation.md). */
export const DEFAULTS = {
  minDf: 2, // a feature must occur in at least this many training sentences
  epochs: 12,
  lambda: 2e-5, // L2 regularisation
  eta0: 0.5, // initial learning rate
  positiveWeight: 3, // loss weight of an unfair sentence (they are ~3 % of all)
  innerFolds: 3,
  idf: true, // weigh each feature by its inverse document frequency (TF-IDF)
  seed: 0x6b6e6562, // "kneb"
};

/** The weight file keeps each feature's idf as a u8 in these steps (IDF_STEPS of src/classifier/weights.ts). */
const IDF_STEPS = 16;

export async function loadFeatures(root) {
  return import(pathToFileURL(join(root, 'dist', 'classifier', 'features.js')).href);
}

/** Per sentence: hash → count, word-level and character-level apart (they are scaled apart). */
export function sentenceCounts(features, text) {
  const words = new Map();
  const chars = new Map();
  features.forEachFeature(features.featureText(text), (h, kind) => {
    const m = kind === 3 ? chars : words;
    m.set(h, (m.get(h) ?? 0) + 1);
  });
  return { words, chars };
}

/**
 * Sparse vector of one sentence over a vocabulary: each occurrence of a feature counts its idf,
 * and each group (word-level, character-level) is divided by the root of the sum of its
 * occurrences' squared idf: what the scorer sums occurrence by occurrence, without counting.
 */
function vectorize(counts, index, idf) {
  const idx = [];
  const val = [];
  for (const group of [counts.words, counts.chars]) {
    let norm = 0;
    const at = idx.length;
    for (const [h, c] of group) {
      const f = index.get(h);
      if (f === undefined) continue;
      idx.push(f);
      val.push(c * idf[f]);
      norm += c * idf[f] * idf[f];
    }
    const scale = norm ? 1 / Math.sqrt(norm) : 0;
    for (let k = at; k < val.length; k++) val[k] *= scale;
  }
  return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
}

/**
 * Vocabulary: fingerprints seen in at least minDf training sentences, ascending, with their
 * inverse document frequency ln((1 + N) / (1 + df)) + 1 in steps of 1/IDF_STEPS (the weight
 * file's u8), or 1 for every feature when params.idf is off.
 */
function buildVocabulary(rows, params) {
  const df = new Map();
  for (const r of rows) {
    for (const group of [r.counts.words, r.counts.chars]) for (const h of group.keys()) df.set(h, (df.get(h) ?? 0) + 1);
  }
  const hashes = Uint32Array.from([...df.entries()].filter(([, n]) => n >= params.minDf).map(([h]) => h).sort((a, b) => a - b));
  const idfSteps = Uint8Array.from(hashes, (h) => (params.idf ? Math.max(1, Math.min(255, Math.round((Math.log((1 + rows.length) / (1 + df.get(h))) + 1) * IDF_STEPS))) : IDF_STEPS));
  return { hashes, idfSteps, idf: Float64Array.from(idfSteps, (q) => q / IDF_STEPS) };
}


/** SGD on the logistic loss with L2 (weight scaling trick), all categories side by side. */
function fitLogistic(vectors, labels, dims, params) {
  const C = CATEGORY_TAGS.length;
  const w = new Float64Array(dims * C);
  const bias = new Float64Array(C);
  const scale = new Float64Array(C).fill(1);
  const rand = mulberry32(params.seed);
  const order = Array.from(vectors.keys());
  const dots = new Float64Array(C);
  const steps = new Float64Array(C);
  let t = 0;
  for (let epoch = 0; epoch < params.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { idx, val } = vectors[i];
      const y = labels[i];
      const eta = params.eta0 / (1 + params.eta0 * params.lambda * t++);
      // all categories' dot products in one pass over the row (each column summed in the same
      // order as one at a time, so the numbers are the same, only the memory walk is shorter)
      dots.fill(0);
      for (let k = 0; k < idx.length; k++) {
        const base = idx[k] * C;
        const v = val[k];
        for (let c = 0; c < C; c++) dots[c] += w[base + c] * v;
      }
      for (let c = 0; c < C; c++) {
        const z = bias[c] + dots[c] * scale[c];
        const positive = (y >> c) & 1;
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - positive) * (positive ? params.positiveWeight : 1);
        scale[c] *= 1 - eta * params.lambda;
        if (scale[c] < 1e-9) {
          for (let f = 0; f < dims; f++) w[f * C + c] *= scale[c];
          scale[c] = 1;
        }
        steps[c] = (eta * g) / scale[c];
        bias[c] -= eta * g * 0.1; // the bias learns slower and is not regularised
      }
      for (let k = 0; k < idx.length; k++) {
        const base = idx[k] * C;
        const v = val[k];
        for (let c = 0; c < C; c++) w[base + c] -= steps[c] * v;
      }
    }
  }
  for (let c = 0; c < C; c++) for (let f = 0; f < dims; f++) w[f * C + c] *= scale[c];
  return { w, bias };
}

/** Weights rounded to 8 bits per category (what the weight file stores), and back to numbers. */
function quantize(w, dims) {
  const C = CATEGORY_TAGS.length;
  const scales = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    let max = 0;
    for (let f = 0; f < dims; f++) max = Math.max(max, Math.abs(w[f * C + c]));
    // float32, as the weight file stores it, so the file and the numbers here agree
    scales[c] = max ? Math.fround(max / 127) : 1;
  }
  const q = new Int8Array(dims * C);
  for (let f = 0; f < dims; f++) for (let c = 0; c < C; c++) q[f * C + c] = Math.max(-127, Math.min(127, Math.round(w[f * C + c] / scales[c])));
  return { q, scales };
}

/** Train one model on labelled rows ({counts, labels bitmask}); thresholds are filled in later. */
function fit(rows, params) {
  const { hashes, idfSteps, idf } = buildVocabulary(rows, params);
  const index = new Map();
  hashes.forEach((h, i) => index.set(h, i));
  const vectors = rows.map((r) => vectorize(r.counts, index, idf));
  const { w, bias } = fitLogistic(vectors, rows.map((r) => r.labels), hashes.length, params);
  // the idf goes into the stored weight: an occurrence adds its weight, as without idf
  const C = CATEGORY_TAGS.length;
  for (let f = 0; f < hashes.length; f++) for (let c = 0; c < C; c++) w[f * C + c] *= idf[f];
  const { q, scales } = quantize(w, hashes.length);
  // biases are stored as float32 in the file: round them the same way here
  const b = Float32Array.from(bias);
  return { hashes, index, idfSteps, idf, weights: q, scales: Array.from(scales), bias: Array.from(b), thresholds: new Array(C).fill(0.5) };
}

/** Probabilities of every category for one sentence's counts, with the quantized weights. */
export function predictCounts(model, counts) {
  const C = CATEGORY_TAGS.length;
  const z = model.bias.slice();
  for (const group of [counts.words, counts.chars]) {
    let norm = 0;
    const sums = new Float64Array(C);
    for (const [h, cnt] of group) {
      const f = model.index.get(h);
      if (f === undefined) continue;
      norm += cnt * model.idf[f] * model.idf[f];
      for (let c = 0; c < C; c++) sums[c] += model.weights[f * C + c] * cnt;
    }
    if (norm) for (let c = 0; c < C; c++) z[c] += (sums[c] * model.scales[c]) / Math.sqrt(norm);
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}

/** Threshold with the best F1 on out-of-fold probabilities (ties: the higher threshold). */
function bestThreshold(probs, gold) {
  const pairs = probs.map((p, i) => [p, gold[i]]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const positives = gold.reduce((n, g) => n + g, 0);
  let tp = 0;
  let best = { f1: -1, threshold: 0.5 };
  for (let k = 0; k < pairs.length; k++) {
    tp += pairs[k][1];
    if (k + 1 < pairs.length && pairs[k + 1][0] === pairs[k][0]) continue;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1) best = { f1, threshold: k + 1 < pairs.length ? (pairs[k][0] + pairs[k + 1][0]) / 2 : pairs[k][0] };
  }
  // never below 0.05; float32 as in the weight file
  return Math.fround(Math.max(0.05, best.threshold));
}

/**
 * Train on sentences [{doc, text, labels}] (labels: bitmask over CATEGORY_TAGS). Thresholds come
 * from `innerFolds` document-held-out models on the same sentences; the returned model is trained
 * on all of them.
 */
export function train(features, sentences, overrides = {}) {
  const params = { ...DEFAULTS, ...overrides };
  const rows = sentences.map((s) => ({ doc: s.doc, labels: s.labels, counts: s.counts ?? sentenceCounts(features, s.text) }));
  const docs = [...new Set(rows.map((r) => r.doc))].sort();
  const innerOf = new Map(docs.map((d, i) => [d, i % params.innerFolds]));
  const C = CATEGORY_TAGS.length;
  const oof = rows.map(() => null);
  for (let k = 0; k < params.innerFolds; k++) {
    const inner = fit(rows.filter((r) => innerOf.get(r.doc) !== k), params);
    rows.forEach((r, i) => {
      if (innerOf.get(r.doc) === k) oof[i] = predictCounts(inner, r.counts);
    });
  }
  const model = fit(rows, params);
  // innerFolds 0 (quick experiments only): every threshold stays at 0.5
  if (params.innerFolds) for (let c = 0; c < C; c++) model.thresholds[c] = bestThreshold(oof.map((p) => p[c]), rows.map((r) => (r.labels >> c) & 1));
  // the inner out-of-fold probabilities, on request: how the eval chooses, inside the training
  // documents, how the model and the rules combine (never written to the weight file)
  if (params.keepOutOfFold) model.outOfFold = oof;
  return model;
}

/** Bitmask of the unfair (level 2 or 3) tags of a CLAUDETTE sentence. */
export function labelsOf(tags) {
  let mask = 0;
  for (const tag of tags) {
    const m = /^([a-z]+)([23])$/.exec(tag);
    const c = m ? CATEGORY_TAGS.indexOf(m[1]) : -1;
    if (c >= 0) mask |= 1 << c;
  }
  return mask;
}
