// How the rules and the statistical model combine (issue 13 §3), chosen inside the training data:
// per category, the least probability for a model finding on a sentence that no rule flagged. The
// trainer's own thresholds give the model alone its best F1; next to the rules, which already
// catch the plainest wordings, a category may need a more confident model. Chosen on the inner
// out-of-fold probabilities of the trainer (a sentence scored by a model that did not see its
// document), for the best F1 of rules and model together. `npm run train` writes it next to the
// weights (models/combination.json); `npm run eval` chooses it again inside every training fold.

/** Candidate thresholds: a coarse grid, so that a handful of sentences cannot pick an odd value. */
export const ADD_GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

/**
 * rows: the training sentences the model read [{ labels, rules, cue, fair, p }] — gold bitmask,
 * the categories rules flagged (bitmask), the categories whose cue the sentence holds, the
 * categories whose fair variants it does NOT match, and the out-of-fold probabilities.
 * others: the remaining training sentences [{ labels, rules }] (no cue, never read by the model).
 * floor: the run-time least probability (MIN_PROBABILITY). Returns { add: number[] } per
 * category; ties keep the lower threshold.
 */
export function chooseCombination(rows, others, categories, floor) {
  const add = [];
  for (let c = 0; c < categories; c++) {
    let tp0 = 0;
    let fp0 = 0;
    let fn0 = 0;
    for (const o of others) {
      const g = (o.labels >> c) & 1;
      const r = (o.rules >> c) & 1;
      if (g && r) tp0++;
      else if (r) fp0++;
      else if (g) fn0++;
    }
    let best = { f1: -1, add: floor };
    for (const a of ADD_GRID.filter((t) => t >= floor)) {
      let tp = tp0;
      let fp = fp0;
      let fn = fn0;
      for (const row of rows) {
        const pred = combinedVerdict(row, c, a);
        const g = (row.labels >> c) & 1;
        if (g && pred) tp++;
        else if (pred) fp++;
        else if (g) fn++;
      }
      const f1 = tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0;
      if (f1 > best.f1 + 1e-9) best = { f1, add: a };
    }
    add.push(best.add);
  }
  return { add };
}

/**
 * Rules and model together on one sentence and category, as src/classifier/index.ts decides at
 * run time: a rule's finding stands; without one, the model speaks on a cue, no fair variant,
 * and a probability of at least `add`.
 */
export function combinedVerdict(row, c, add) {
  if ((row.rules >> c) & 1) return true;
  return Boolean((row.cue >> c) & 1 && (row.fair >> c) & 1 && row.p[c] >= add);
}

const CATEGORY_BITS = { 'unilateral-change': 0, 'provider-termination': 1, 'content-removal': 2, 'contract-by-using': 3, 'choice-of-law': 4, jurisdiction: 5, arbitration: 6, liability: 7 };

/**
 * What the built-in rules flag on CLAUDETTE sentences (bitmask over the model's categories), each
 * document analysed whole, one page per sentence, as `npm run eval` does (jurisdiction eu, no model).
 */
export async function ruleMasks(root, sentences, lang) {
  const { pathToFileURL } = await import('node:url');
  const { join } = await import('node:path');
  const { analyzePages } = await import(pathToFileURL(join(root, 'dist', 'analyze.js')).href);
  const { loadRules } = await import(pathToFileURL(join(root, 'dist', 'rules', 'load.js')).href);
  const rules = loadRules();
  const masks = new Array(sentences.length).fill(0);
  const byDoc = new Map();
  sentences.forEach((s, i) => byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), i]));
  for (const [doc, idx] of byDoc) {
    const pages = idx.map((i) => `${sentences[i].text}\n`);
    const analysis = analyzePages({ format: 'txt', pages, warnings: [] }, doc, rules, { language: lang, jurisdiction: 'eu', forceContract: true, model: false });
    for (const f of analysis.report.findings) {
      const bit = CATEGORY_BITS[f.category];
      if (f.severity === 'info' || bit === undefined) continue;
      const first = analysis.normalized.pageAt(f.evidence.start) - 1;
      const last = analysis.normalized.pageAt(Math.max(f.evidence.start, f.evidence.end - 1)) - 1;
      for (let j = first; j <= last && j < idx.length; j++) masks[idx[j]] |= 1 << bit;
    }
  }
  return masks;
}
