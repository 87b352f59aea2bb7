// The scoreboard's arithmetic, shared by every corpus: confusion counts, precision / recall / F1,
// means and the AUC of a ranking, and how a figure is printed. Pure functions, no I/O; checked
// on hand-made numbers by test/eval-metrics.test.ts.

/** Fresh confusion counts of one category. */
export const counts = () => ({ tp: 0, fp: 0, fn: 0 });

/** The sum of two confusion counts (for micro averages and pooled folds). */
export const addCounts = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** Precision, recall and F1 of confusion counts; null where nothing was predicted / expected. */
export function prf({ tp, fp, fn }) {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn);
  return { precision, recall, f1 };
}

export const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Area under the ROC curve: chance that a fair document scores above a trap (ties count half). */
export function auc(positives, negatives) {
  if (!positives.length || !negatives.length) return null;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

/** A figure with `digits` decimals; a dash where there is none. */
export const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));

/** A share as a percentage with one decimal; a dash where there is none. */
export const pct = (x) => (x === null || x === undefined ? '–' : `${(100 * x).toFixed(1)} %`);
