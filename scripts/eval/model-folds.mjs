// Held-out figures for the statistical second opinion (issue 13 §3), for `npm run eval`.
// Every number here comes from a model that did not see the sentences it is scored on:
// CLAUDETTE with the authors' 5 document folds (a fold model per fold, trained by the same
// trainer as the shipped weights), the LexGLUE sample with a model trained on all of CLAUDETTE
// after dropping the LexGLUE sentences that CLAUDETTE also contains. The shipped weights are
// never scored here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_TAGS, labelsOf, loadFeatures, predictCounts, sentenceCounts, train } from '../lib/trainer.mjs';
import { COUNTED_AS_NOTE, withCountedAs } from './counted-as.mjs';
import { chooseCombination, combinedVerdict } from '../lib/combine.mjs';

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
 * and predict this fold's. Returns per sentence a bitmask of predicted categories, the
 * probabilities, and (with `combine`) the way rules and model combine as chosen inside that
 * sentence's training folds: combine(model, trainIndices, otherIndices) gets the fold model with
 * its inner out-of-fold probabilities (in the order of trainIndices) and the training-fold
 * sentences it did not read.
 */
export function heldOutPredictions(features, sentences, foldOf, params = {}, log = () => {}, keep = () => true, floor = 0, combine = null) {
  for (const s of sentences) s.counts ??= sentenceCounts(features, s.text);
  const folds = [...new Set(sentences.map((s) => foldOf.get(s.doc)).filter((k) => k !== undefined))].sort((a, b) => a - b);
  const predicted = new Array(sentences.length).fill(0);
  const probabilities = new Array(sentences.length).fill(null);
  const combinations = new Array(sentences.length).fill(null);
  for (const k of folds) {
    const t = performance.now();
    const inTraining = sentences.map((s, i) => i).filter((i) => foldOf.has(sentences[i].doc) && foldOf.get(sentences[i].doc) !== k);
    const trainIdx = inTraining.filter((i) => keep(sentences[i]));
    const model = train(features, trainIdx.map((i) => sentences[i]), { ...params, ...(combine ? { keepOutOfFold: true } : {}) });
    const kept = new Set(trainIdx);
    const combination = combine ? combine(model, trainIdx, inTraining.filter((i) => !kept.has(i))) : null;
    sentences.forEach((s, i) => {
      if (foldOf.get(s.doc) !== k) return;
      const p = predictCounts(model, s.counts);
      probabilities[i] = p;
      combinations[i] = combination;
      predicted[i] = p.reduce((m, v, c) => (v >= Math.max(model.thresholds[c], floor) ? m | (1 << c) : m), 0);
    });
    const chosen = combination ? `; with the rules ${combination.add.join(' ')}` : '';
    log(`fold ${k}: ${model.hashes.length} features, thresholds ${model.thresholds.join(' ')}${chosen}, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { predicted, probabilities, combinations };
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
/** The categories that rules and model together flag on a sentence (combine.mjs); without a combination, rules only. */
const combinedMask = (row, combination) => CATEGORY_TAGS.reduce((m, _, c) => (combination ? combinedVerdict(row, c, combination.add[c]) : (row.rules >> c) & 1) ? m | (1 << c) : m, 0);
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
    const gold = sentences.map((s) => s.labels);
    const found = claudette?.size ? sentences.map((s) => claudette.get(`${lang}/${s.doc}`)?.get(s.line) ?? new Set()) : null;
    const own = found?.map(maskOf);
    const cues = sentences.map((s) => cueMask(s.text.toLowerCase(), lang));
    const fair = sentences.map((s) => exempt(255, s.text, lang));
    const rowOf = (i, p) => ({ labels: gold[i], rules: own[i], cue: cues[i], fair: fair[i], p });
    // how rules and model combine, chosen inside each fold's training documents (scripts/lib/combine.mjs)
    const combine = own ? (model, trainIdx, others) => chooseCombination(trainIdx.map((i, j) => rowOf(i, model.outOfFold[j])), others.map((i) => ({ labels: gold[i], rules: own[i] })), CATEGORY_TAGS.length, MIN_PROBABILITY) : null;
    const { predicted, probabilities, combinations } = heldOutPredictions(features, sentences, foldOf, {}, (m) => log(`${lang} ${m}`), (s) => trainable.has(s), MIN_PROBABILITY, combine);
    // at run time the model only reads sentences with a cue of the category: the same here
    const modelOnly = predicted.map((p, i) => exempt(p & cues[i], sentences[i].text, lang));
    const entry = { sentences: sentences.length, model: scoreMasks(gold, modelOnly), seconds: 0 };
    if (found) {
      const combined = own.map((_, i) => combinedMask(rowOf(i, probabilities[i]), combinations[i]));
      // our categories that count as a corpus label (counted-as.mjs); the figures without them too
      const counted = found.map((f) => maskOf(withCountedAs(f)) & ~maskOf(f));
      const rules = own.map((r, i) => r | counted[i]);
      entry.rules = scoreMasks(gold, rules);
      entry.hybrid = scoreMasks(gold, combined.map((h, i) => h | counted[i]));
      // rules OR model at the model's own thresholds (the combination before session 6)
      entry.plainHybrid = scoreMasks(gold, rules.map((r, i) => r | modelOnly[i]));
      entry.withoutCountedAs = { rules: scoreMasks(gold, own), hybrid: scoreMasks(gold, combined) };
      entry.combinations = [...new Set(combinations)].map((x) => x && { add: x.add });
    }
    entry.seconds = (performance.now() - t) / 1000;
    result.byLang[lang] = entry;
  }
  if (lexglue) result.lexglue = await evalLexglueModel(features, cueMask, MIN_PROBABILITY, dir, datasets, lexglue, log, exempt, claudette);
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

async function evalLexglueModel(features, cueMask, floor, dir, datasets, rulePredictions, log, exempt, claudette) {
  const { detokenize } = await import('./lexglue.mjs');
  const rows = readFileSync(join(datasets, 'unfair-tos-lexglue-sample', 'unfair_tos_sample.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const english = claudetteSentences(dir, 'en');
  const known = new Set(english.map((s) => sentenceKey(s.text)));
  const kept = rows.map((r, k) => ({ r, k })).filter(({ r }) => !known.has(sentenceKey(r.text)));
  log(`LexGLUE: ${rows.length - kept.length} of ${rows.length} sentences also occur in CLAUDETTE and are dropped`);
  const trainable = new Set(trainingSentences(english, 'en', cueMask));
  const readable = english.filter((s) => trainable.has(s));
  const model = train(features, readable, claudette?.size ? { keepOutOfFold: true } : {});
  // the combination with the rules, chosen on CLAUDETTE as `npm run train` does (combine.mjs)
  const ownOf = (s) => maskOf(claudette.get(`en/${s.doc}`)?.get(s.line) ?? new Set());
  const combination = claudette?.size
    ? chooseCombination(
        readable.map((s, j) => ({ labels: s.labels, rules: ownOf(s), cue: cueMask(s.text.toLowerCase(), 'en'), fair: exempt(255, s.text, 'en'), p: model.outOfFold[j] })),
        english.filter((s) => !trainable.has(s)).map((s) => ({ labels: s.labels, rules: ownOf(s) })),
        CATEGORY_TAGS.length,
        floor,
      )
    : null;
  if (combination) log(`LexGLUE model: thresholds with the rules ${combination.add.join(' ')}`);
  const names = { 'Limitation of liability': 'ltd', 'Unilateral termination': 'ter', 'Unilateral change': 'ch', 'Content removal': 'cr', 'Contract by using': 'use', 'Choice of law': 'law', Jurisdiction: 'j', Arbitration: 'a' };
  const gold = kept.map(({ r }) => r.labels.reduce((m, l) => (names[l] ? m | (1 << CATEGORY_TAGS.indexOf(names[l])) : m), 0));
  const own = kept.map(({ k }) => maskOf(rulePredictions.get(k) ?? new Set()));
  const sample = kept.map(({ r }, i) => {
    const text = detokenize(r.text);
    return { labels: 0, rules: own[i], cue: cueMask(text.toLowerCase(), 'en'), fair: exempt(255, text, 'en'), p: predictCounts(model, sentenceCounts(features, text)) };
  });
  const modelOnly = sample.map((row) => row.p.reduce((m, v, c) => (v >= Math.max(model.thresholds[c], floor) ? m | (1 << c) : m), 0) & row.cue & row.fair);
  const counted = kept.map(({ k }) => maskOf(withCountedAs(rulePredictions.get(k) ?? new Set())) & ~maskOf(rulePredictions.get(k) ?? new Set()));
  const rules = own.map((r, i) => r | counted[i]);
  const combined = sample.map((row) => combinedMask(row, combination ?? null));
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
  const plain = rules.map((r, i) => r | modelOnly[i]);
  const ownHybrid = combination ? combined : own.map((r, i) => r | modelOnly[i]);
  const hybrid = ownHybrid.map((h, i) => h | counted[i]);
  return {
    sentences: rows.length,
    dropped: rows.length - kept.length,
    scored: kept.length,
    model: withNone(scoreMasks(gold, modelOnly), modelOnly),
    rules: withNone(scoreMasks(gold, rules), rules),
    hybrid: withNone(scoreMasks(gold, hybrid), hybrid),
    plainHybrid: withNone(scoreMasks(gold, plain), plain),
    combination,
    withoutCountedAs: { rules: withNone(scoreMasks(gold, own), own), hybrid: withNone(scoreMasks(gold, ownHybrid), ownHybrid) },
  };
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
  both(`"hybrid" = rules and model combined as at run time (scripts/lib/combine.mjs, src/classifier/index.ts): every rule finding, plus a model finding on a sentence no rule flagged when its probability reaches the category's threshold *with the rules*, chosen for each fold inside its training documents on the inner out-of-fold probabilities for the best F1 of rules and model together (the model alone keeps its own thresholds, chosen for its own F1). "rules OR model" = every rule finding plus the model at its own thresholds (the combination before session 6).`);
  both('');
  both(`Fold models trained by \`scripts/lib/trainer.mjs\` (the trainer of the shipped weights) on 4 of the authors' 5 CLAUDETTE document folds and scored on the fifth; thresholds chosen by inner folds inside the training documents, and never below the run-time floor (MIN_PROBABILITY in src/classifier/cues.ts, here ${M.minProbability}); the model reads only sentences with a cue of the category and is silenced by the category's fair variants (src/classifier/fair-variants.ts), as at run time. The shipped weights are never scored here. "hybrid" = rules plus model. Macro-F1 over the 8 categories.`);
  both('');
  const headers = ['set', 'rules', 'model', 'hybrid', 'rules OR model'];
  const rows = [];
  for (const [lang, L] of Object.entries(M.byLang)) rows.push([`CLAUDETTE ${lang.toUpperCase()} (${L.sentences} sentences)`, f(L.rules?.macroF1), f(L.model.macroF1), f(L.hybrid?.macroF1), f(L.plainHybrid?.macroF1)]);
  if (M.lexglue) {
    const X = M.lexglue;
    rows.push([`LexGLUE sample without CLAUDETTE sentences (${X.scored} of ${X.sentences}; ${X.dropped} dropped), 8 labels`, f(X.rules.macroF1), f(X.model.macroF1), f(X.hybrid.macroF1), f(X.plainHybrid.macroF1)]);
    rows.push(['same, LexGLUE-style 8 + none', f(X.rules.macroF1LexglueStyle), f(X.model.macroF1LexglueStyle), f(X.hybrid.macroF1LexglueStyle), f(X.plainHybrid.macroF1LexglueStyle)]);
  }
  lines.text.push(tables.text(headers, rows));
  lines.md.push(tables.md(headers, rows));
  both('');
  const without = [...Object.entries(M.byLang).map(([lang, L]) => [`CLAUDETTE ${lang.toUpperCase()}`, L.withoutCountedAs]), ['LexGLUE sample', M.lexglue?.withoutCountedAs]].filter(([, W]) => W);
  if (without.length) both(`${COUNTED_AS_NOTE} Without it, rules / hybrid: ${without.map(([name, W]) => `${name} ${f(W.rules.macroF1)} / ${f(W.hybrid.macroF1)}`).join('; ')}.`);
  both('');
  const ph = ['category', ...Object.keys(M.byLang).flatMap((l) => [`${l} rules F1`, `${l} model P/R/F1`, `${l} hybrid P/R/F1`])];
  const prf = (C) => (C ? `${f(C.precision)}/${f(C.recall)}/${f(C.f1)}` : '–');
  const prows = CATEGORY_TAGS.map((tag, c) => [TAG_CATEGORY[tag], ...Object.values(M.byLang).flatMap((L) => [f(L.rules?.categories[c].f1), prf(L.model.categories[c]), prf(L.hybrid?.categories[c])])]);
  lines.text.push(tables.text(ph, prows));
  lines.md.push(tables.md(ph, prows));
  both('');
  return lines;
}
