// Held-out figures for the statistical second opinion (issue 13 §3), for `npm run eval`.
// Every number here comes from a model that did not see the sentences it is scored on:
// CLAUDETTE with the authors' 5 document folds (a fold model per fold, trained by the same
// trainer as the shipped weights), the LexGLUE sample with a model trained on all of CLAUDETTE
// after dropping the LexGLUE sentences that CLAUDETTE also contains. The shipped weights are
// never scored here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_TAGS, labelsOf, loadFeatures, predictCounts, sentenceCounts, train } from '../lib/trainer.mjs';

/** Sentences of one language with their label bitmask, documents sorted, lines in order. */
export function claudetteSentences(dir, lang) {
  const out = [];
  for (const line of readFileSync(join(dir, 'sentences.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const s = JSON.parse(line);
    if (s.lang === lang) out.push({ doc: s.doc, line: s.line, text: s.text, labels: labelsOf(s.tags) });
  }
  return out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.line - b.line));
}

/** Document name → test fold, from folds/LIST_TEST_k.txt. */
export function claudetteFolds(dir) {
  const foldOf = new Map();
  for (const f of readdirSync(join(dir, 'folds')).filter((n) => /^LIST_TEST_\d+\.txt$/.test(n)).sort()) {
    const k = Number(/\d+/.exec(f)[0]);
    for (const name of readFileSync(join(dir, 'folds', f), 'utf8').split(/\r?\n/).map((l) => l.trim().replace(/\.txt$/, '')).filter(Boolean)) foldOf.set(name, k);
  }
  return foldOf;
}

/**
 * Held-out model verdicts for every sentence: for each fold, train on the other folds' documents
 * and predict this fold's. Returns per sentence a bitmask of predicted categories and the probabilities.
 */
export function heldOutPredictions(features, sentences, foldOf, params = {}, log = () => {}) {
  for (const s of sentences) s.counts ??= sentenceCounts(features, s.text);
  const folds = [...new Set(sentences.map((s) => foldOf.get(s.doc)).filter((k) => k !== undefined))].sort((a, b) => a - b);
  const predicted = new Array(sentences.length).fill(0);
  const probabilities = new Array(sentences.length).fill(null);
  for (const k of folds) {
    const t = performance.now();
    const model = train(features, sentences.filter((s) => foldOf.has(s.doc) && foldOf.get(s.doc) !== k), params);
    sentences.forEach((s, i) => {
      if (foldOf.get(s.doc) !== k) return;
      const p = predictCounts(model, s.counts);
      probabilities[i] = p;
      predicted[i] = p.reduce((m, v, c) => (v >= model.thresholds[c] ? m | (1 << c) : m), 0);
    });
    log(`fold ${k}: ${model.hashes.length} features, thresholds ${model.thresholds.join(' ')}, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { predicted, probabilities };
}

/** Per-category tp/fp/fn and F1, and the macro-F1 over the 8 categories. */
export function scoreMasks(gold, predicted) {
  const categories = CATEGORY_TAGS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  gold.forEach((g, i) => {
    const p = predicted[i];
    CATEGORY_TAGS.forEach((_, c) => {
      const gi = (g >> c) & 1;
      const pi = (p >> c) & 1;
      if (gi && pi) categories[c].tp++;
      else if (pi) categories[c].fp++;
      else if (gi) categories[c].fn++;
    });
  });
  for (const C of categories) {
    C.precision = C.tp + C.fp ? C.tp / (C.tp + C.fp) : null;
    C.recall = C.tp + C.fn ? C.tp / (C.tp + C.fn) : null;
    C.f1 = C.tp + C.fp + C.fn ? (2 * C.tp) / (2 * C.tp + C.fp + C.fn) : null;
  }
  const macroF1 = categories.reduce((a, C) => a + (C.f1 ?? 0), 0) / categories.length;
  return { categories, macroF1 };
}

export { CATEGORY_TAGS, loadFeatures };
