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

/**
 * The sentences a model learns from: every unfair one, and the others only when they hold a cue of
 * some category. The scorer never reads a sentence without a cue, so those would only cost time.
 */
export function trainingSentences(sentences, lang, cueMask) {
  return sentences.filter((s) => s.labels !== 0 || cueMask(s.text.toLowerCase(), lang) !== 0);
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
export function heldOutPredictions(features, sentences, foldOf, params = {}, log = () => {}, keep = () => true, floor = 0) {
  for (const s of sentences) s.counts ??= sentenceCounts(features, s.text);
  const folds = [...new Set(sentences.map((s) => foldOf.get(s.doc)).filter((k) => k !== undefined))].sort((a, b) => a - b);
  const predicted = new Array(sentences.length).fill(0);
  const probabilities = new Array(sentences.length).fill(null);
  for (const k of folds) {
    const t = performance.now();
    const model = train(features, sentences.filter((s) => foldOf.has(s.doc) && foldOf.get(s.doc) !== k && keep(s)), params);
    sentences.forEach((s, i) => {
      if (foldOf.get(s.doc) !== k) return;
      const p = predictCounts(model, s.counts);
      probabilities[i] = p;
      predicted[i] = p.reduce((m, v, c) => (v >= Math.max(model.thresholds[c], floor) ? m | (1 << c) : m), 0);
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

// ---------------------------------------------------------------------------------------------
// The part `npm run eval` calls: held-out model figures, alone and with the rules.
// ---------------------------------------------------------------------------------------------

/** Letters and digits only, lower case: how a LexGLUE sentence is recognised in CLAUDETTE. */
const sentenceKey = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const TAG_CATEGORY = { ch: 'unilateral-change', ter: 'provider-termination', cr: 'content-removal', use: 'contract-by-using', law: 'choice-of-law', j: 'jurisdiction', a: 'arbitration', ltd: 'liability' };
const maskOf = (categories) => CATEGORY_TAGS.reduce((m, tag, c) => (categories.has(TAG_CATEGORY[tag]) ? m | (1 << c) : m), 0);

/**
 * rulePredictions: Map "lang/doc" → per sentence a Set of the categories the rules flagged
 * (from the CLAUDETTE part of the eval), and for LexGLUE a Map row index → Set. Either may be
 * missing; then only the model's own figures are given.
 */
export async function evalModel(root, datasets, { claudette, lexglue }, log = () => {}) {
  const features = await loadFeatures(root);
  // the run-time cue filter and probability floor (src/classifier/cues.ts), applied here alike
  const { cueMask, MIN_PROBABILITY } = await import(new URL(`file://${join(root, 'dist', 'classifier', 'cues.js')}`).href);
  const dir = join(datasets, 'claudette-multilingual');
  const foldOf = claudetteFolds(dir);
  const exempt = await exceptionsOfRules(root);
  const result = { byLang: {} };
  for (const lang of ['en', 'de']) {
    const t = performance.now();
    const sentences = claudetteSentences(dir, lang).filter((s) => foldOf.has(s.doc));
    const trainable = new Set(trainingSentences(sentences, lang, cueMask));
    const { predicted } = heldOutPredictions(features, sentences, foldOf, {}, (m) => log(`${lang} ${m}`), (s) => trainable.has(s), MIN_PROBABILITY);
    // at run time the model only reads sentences with a cue of the category: the same here
    const modelOnly = predicted.map((p, i) => exempt(p & cueMask(sentences[i].text.toLowerCase(), lang), sentences[i].text, lang));
    const gold = sentences.map((s) => s.labels);
    const entry = { sentences: sentences.length, model: scoreMasks(gold, modelOnly), seconds: 0 };
    const rules = claudette?.size ? sentences.map((s) => maskOf(claudette.get(`${lang}/${s.doc}`)?.get(s.line) ?? new Set())) : null;
    if (rules) {
      entry.rules = scoreMasks(gold, rules);
      entry.hybrid = scoreMasks(gold, rules.map((r, i) => r | modelOnly[i]));
    }
    entry.seconds = (performance.now() - t) / 1000;
    result.byLang[lang] = entry;
  }
  if (lexglue) result.lexglue = await evalLexglueModel(features, cueMask, MIN_PROBABILITY, dir, datasets, lexglue, log, exempt);
  result.minProbability = MIN_PROBABILITY;
  return result;
}

/**
 * As at run time: the model speaks only for categories whose built-in rule cites law for the
 * corpus's jurisdiction, and a category's fair variants (src/classifier/fair-variants.ts) silence
 * it on a sentence. Returns the predicted bitmask without those categories.
 */
async function exceptionsOfRules(root) {
  const { loadRules } = await import(new URL(`file://${join(root, 'dist', 'rules', 'load.js')}`).href);
  const { MODEL_CATEGORIES } = await import(new URL(`file://${join(root, 'dist', 'classifier', 'cues.js')}`).href);
  const { applies } = await import(new URL(`file://${join(root, 'dist', 'classifier', 'index.js')}`).href);
  const { withoutFairVariants } = await import(new URL(`file://${join(root, 'dist', 'classifier', 'fair-variants.js')}`).href);
  const byId = new Map(loadRules().map((r) => [r.id, r]));
  // the corpora are analysed as EU contracts of no particular type, as the rules' part of the eval does
  const available = MODEL_CATEGORIES.reduce((m, c, i) => {
    const rule = byId.get(c.rule);
    return rule && applies(rule, 'eu', 'other') ? m | (1 << i) : m;
  }, 0);
  return (mask, text, lang) => withoutFairVariants(mask & available, text, lang);
}

async function evalLexglueModel(features, cueMask, floor, dir, datasets, rulePredictions, log, exempt) {
  const { detokenize } = await import('../eval.mjs');
  const rows = readFileSync(join(datasets, 'unfair-tos-lexglue-sample', 'unfair_tos_sample.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const english = claudetteSentences(dir, 'en');
  const known = new Set(english.map((s) => sentenceKey(s.text)));
  const kept = rows.map((r, k) => ({ r, k })).filter(({ r }) => !known.has(sentenceKey(r.text)));
  log(`LexGLUE: ${rows.length - kept.length} of ${rows.length} sentences also occur in CLAUDETTE and are dropped`);
  const model = train(features, trainingSentences(english, 'en', cueMask));
  const names = { 'Limitation of liability': 'ltd', 'Unilateral termination': 'ter', 'Unilateral change': 'ch', 'Content removal': 'cr', 'Contract by using': 'use', 'Choice of law': 'law', Jurisdiction: 'j', Arbitration: 'a' };
  const gold = kept.map(({ r }) => r.labels.reduce((m, l) => (names[l] ? m | (1 << CATEGORY_TAGS.indexOf(names[l])) : m), 0));
  const modelOnly = kept.map(({ r }) => {
    const text = detokenize(r.text);
    const p = predictCounts(model, sentenceCounts(features, text));
    return exempt(p.reduce((m, v, c) => (v >= Math.max(model.thresholds[c], floor) ? m | (1 << c) : m), 0) & cueMask(text.toLowerCase(), 'en'), text, 'en');
  });
  const rules = kept.map(({ k }) => maskOf(rulePredictions.get(k) ?? new Set()));
  const withNone = (s, predicted) => {
    // LexGLUE also scores a "none" label (no unfair category): macro-F1 over 8 + none
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      const gn = g === 0, pn = predicted[i] === 0;
      if (gn && pn) tp++;
      else if (pn) fp++;
      else if (gn) fn++;
    });
    const none = (2 * tp) / (2 * tp + fp + fn);
    return { ...s, noneF1: none, macroF1LexglueStyle: (s.macroF1 * CATEGORY_TAGS.length + none) / (CATEGORY_TAGS.length + 1) };
  };
  const hybrid = rules.map((r, i) => r | modelOnly[i]);
  return { sentences: rows.length, dropped: rows.length - kept.length, scored: kept.length, model: withNone(scoreMasks(gold, modelOnly), modelOnly), rules: withNone(scoreMasks(gold, rules), rules), hybrid: withNone(scoreMasks(gold, hybrid), hybrid) };
}

/** Markdown and text lines of the model section of docs/evaluation.md. */
export function renderModel(M, tables) {
  const f = (x) => (x === null || x === undefined ? '–' : x.toFixed(2));
  const lines = { text: ['== Statistical second opinion (held-out) =='], md: ['## Statistical second opinion (held-out)'] };
  const both = (s) => {
    lines.text.push(s);
    lines.md.push(s);
  };
  both('');
  both(`Fold models trained by \`scripts/lib/trainer.mjs\` (the trainer of the shipped weights) on 4 of the authors' 5 CLAUDETTE document folds and scored on the fifth; thresholds chosen by inner folds inside the training documents, and never below the run-time floor (MIN_PROBABILITY in src/classifier/cues.ts, here ${M.minProbability}); the model reads only sentences with a cue of the category and is silenced by the category's fair variants (src/classifier/fair-variants.ts), as at run time. The shipped weights are never scored here. "hybrid" = rules plus model. Macro-F1 over the 8 categories.`);
  both('');
  const headers = ['set', 'rules', 'model', 'hybrid'];
  const rows = [];
  for (const [lang, L] of Object.entries(M.byLang)) rows.push([`CLAUDETTE ${lang.toUpperCase()} (${L.sentences} sentences)`, f(L.rules?.macroF1), f(L.model.macroF1), f(L.hybrid?.macroF1)]);
  if (M.lexglue) {
    const X = M.lexglue;
    rows.push([`LexGLUE sample without CLAUDETTE sentences (${X.scored} of ${X.sentences}; ${X.dropped} dropped), 8 labels`, f(X.rules.macroF1), f(X.model.macroF1), f(X.hybrid.macroF1)]);
    rows.push(['same, LexGLUE-style 8 + none', f(X.rules.macroF1LexglueStyle), f(X.model.macroF1LexglueStyle), f(X.hybrid.macroF1LexglueStyle)]);
  }
  lines.text.push(tables.text(headers, rows));
  lines.md.push(tables.md(headers, rows));
  both('');
  const ph = ['category', ...Object.keys(M.byLang).flatMap((l) => [`${l} rules F1`, `${l} model P/R/F1`, `${l} hybrid P/R/F1`])];
  const prf = (C) => (C ? `${f(C.precision)}/${f(C.recall)}/${f(C.f1)}` : '–');
  const prows = CATEGORY_TAGS.map((tag, c) => [TAG_CATEGORY[tag], ...Object.values(M.byLang).flatMap((L) => [f(L.rules?.categories[c].f1), prf(L.model.categories[c]), prf(L.hybrid?.categories[c])])]);
  lines.text.push(tables.text(ph, prows));
  lines.md.push(tables.md(ph, prows));
  both('');
  return lines;
}
