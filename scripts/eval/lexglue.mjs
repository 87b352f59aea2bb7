// The LexGLUE UNFAIR-ToS sample (1,000 English sentences, each analysed on its own): scored per
// label, with LexGLUE's extra "none" label, on the detokenised text and on the text as distributed.
import { join } from 'node:path';
import { COUNTED_AS_NOTE, withCountedAs } from './counted-as.mjs';
import { readJsonl } from './files.mjs';
import { addCounts, counts, fmt, mean, prf } from './metrics.mjs';

/** LexGLUE UNFAIR-ToS label names (ids 0–7 in the HF dataset, in this order) and our categories. */
export const LEXGLUE_MAP = {
  'Limitation of liability': 'liability',
  'Unilateral termination': 'provider-termination',
  'Unilateral change': 'unilateral-change',
  'Content removal': 'content-removal',
  'Contract by using': 'contract-by-using',
  'Choice of law': 'choice-of-law',
  Jurisdiction: 'jurisdiction',
  Arbitration: 'arbitration',
};

/**
 * Undo the LexGLUE tokenisation ("( eu )", "terms , and", "company 's") so the rules see ordinary
 * prose; the letters are left as they are (lower case). The raw text is scored as well.
 */
export function detokenize(text) {
  return text
    .replace(/\( /g, '(')
    .replace(/ ([)\].,;:!?%])/g, '$1')
    .replace(/ (['’](?:s|re|ve|ll|d|m)\b|n['’]t\b)/gi, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function scoreLexglue(rows, results, opts, variant, countedAs = true) {
  const categories = Object.fromEntries(Object.values(LEXGLUE_MAP).map((c) => [c, counts()]));
  const none = counts();
  const failures = [];
  const unknownLabels = new Set();
  rows.forEach((r, k) => {
    const res = results[k];
    if (res.error) {
      failures.push(`${r.i}: ${res.error}`);
      return;
    }
    const gold = new Set();
    for (const l of r.labels) {
      if (LEXGLUE_MAP[l]) gold.add(LEXGLUE_MAP[l]);
      else unknownLabels.add(l);
    }
    const own = new Set(res.findings.filter((f) => f.severity !== 'info').map((f) => f.category));
    // the model's part gets our own categories and applies the counted-as labels itself
    if (variant === 'detokenized') opts.rulePredictions?.lexglue.set(k, own);
    const pred = new Set([...(countedAs ? withCountedAs(own) : own)].filter((c) => Object.values(LEXGLUE_MAP).includes(c)));
    for (const c of Object.keys(categories)) {
      const g = gold.has(c);
      const p = pred.has(c);
      if (g && p) categories[c].tp++;
      else if (p) categories[c].fp++;
      else if (g) categories[c].fn++;
      if (opts.verbose && variant === 'detokenized' && g !== p) {
        opts.errors.push({ set: 'lexglue', lang: 'en', doc: `#${r.i}`, category: c, kind: p ? 'fp' : 'fn', rules: res.findings.filter((f) => f.category === c).map((f) => f.ruleId), text: r.text });
      }
    }
    // LexGLUE scores an extra "none" label for sentences without any unfair label
    const gNone = gold.size === 0;
    const pNone = pred.size === 0;
    if (gNone && pNone) none.tp++;
    else if (pNone) none.fp++;
    else if (gNone) none.fn++;
  });
  for (const C of Object.values(categories)) Object.assign(C, prf(C));
  Object.assign(none, prf(none));
  const cats = Object.values(LEXGLUE_MAP);
  const coveredCats = cats.filter((c) => opts.covered.has(c));
  const micro = cats.map((c) => categories[c]).reduce(addCounts, counts());
  const microNone = addCounts(micro, none);
  return {
    failures,
    unknownLabels: [...unknownLabels],
    categories,
    none,
    coveredCategories: coveredCats.length,
    macroF1Covered: coveredCats.length ? mean(coveredCats.map((c) => categories[c].f1 ?? 0)) : null,
    macroF1All8: mean(cats.map((c) => categories[c].f1 ?? 0)),
    macroF1LexglueStyle: mean([...cats.map((c) => categories[c].f1 ?? 0), none.f1 ?? 0]),
    microF1LexglueStyle: prf(microNone).f1,
    micro: { ...micro, ...prf(micro) },
  };
}

export async function evalLexglue(pool, dir, opts) {
  const rows = readJsonl(join(dir, 'unfair_tos_sample.jsonl'));
  const task = (r, text) => ({ type: 'units', id: `lexglue/${r.i}`, language: 'en', jurisdiction: 'eu', units: [text] });
  const results = await opts.progress('LexGLUE sample', pool.all([...rows.map((r) => task(r, detokenize(r.text))), ...rows.map((r) => task(r, r.text))]));
  return {
    sentences: rows.length,
    detokenized: scoreLexglue(rows, results.slice(0, rows.length), opts, 'detokenized'),
    raw: scoreLexglue(rows, results.slice(rows.length), opts, 'raw'),
    withoutCountedAs: scoreLexglue(rows, results.slice(0, rows.length), opts, 'without counted-as', false),
  };
}

/** The per-label table and the macro / micro averages. `covered`: the categories with a rule. */
export function renderLexglue(X, { both, table, covered }) {
  const D = X.detokenized;
  both('== UNFAIR-ToS (LexGLUE) 1,000-sentence test sample, English, sentences analysed one by one ==', '## UNFAIR-ToS (LexGLUE) 1,000-sentence test sample (EN)');
  both('');
  both('Sentences from the LexGLUE test split, lower-cased and tokenised by LexGLUE; we undo the tokenisation (spaces before punctuation and inside brackets) and analyse each sentence on its own (no document context), jurisdiction `eu`. Label names map to ids 0–7 of the Hugging Face `unfair_tos` config in the order shown.');
  both('');
  const rows = Object.entries(LEXGLUE_MAP).map(([label, cat]) => {
    const x = D.categories[cat];
    return [label, covered.has(cat) ? cat : `${cat} (no rule)`, x.tp + x.fn, x.tp, x.fp, x.fn, fmt(x.precision), fmt(x.recall), fmt(x.f1 ?? null)];
  });
  table(['label', 'category', 'gold', 'TP', 'FP', 'FN', 'P', 'R', 'F1'], rows);
  both('');
  const averages = (name, s) => [name, fmt(s.macroF1Covered), fmt(s.macroF1All8), fmt(s.macroF1LexglueStyle), fmt(s.microF1LexglueStyle), fmt(s.micro.f1)];
  table(['text', 'macro-F1 (covered)', 'macro-F1 (all 8)', 'LexGLUE-style macro-F1 (8 + none)', 'LexGLUE-style micro-F1', 'micro-F1 (8 labels)'], [averages('detokenised', D), averages('as distributed (tokenised)', X.raw)]);
  both('');
  both(`"covered" = the ${D.coveredCategories} of 8 labels with at least one rule. LexGLUE's published figures add a "none" label (sentences without any unfair label), which lifts both averages.`);
  if (X.withoutCountedAs) both(`${COUNTED_AS_NOTE} Without it (detokenised): unilateral-change TP ${X.withoutCountedAs.categories['unilateral-change'].tp} / FP ${X.withoutCountedAs.categories['unilateral-change'].fp} / FN ${X.withoutCountedAs.categories['unilateral-change'].fn}, macro-F1 (all 8) ${fmt(X.withoutCountedAs.macroF1All8)}, LexGLUE-style ${fmt(X.withoutCountedAs.macroF1LexglueStyle)}.`);
  if (D.failures.length) both(`Sentences that failed to analyse: ${D.failures.length}`);
  both('');
}

/** Headline row, next to the published reference points. */
export const lexglueHeadline = (X) => [
  ['UNFAIR-ToS sample (EN), macro-F1 over 8 labels / LexGLUE-style 8 + none', `${fmt(X.detokenized.macroF1All8)} / ${fmt(X.detokenized.macroF1LexglueStyle)}`, '0.75 to 0.83 (8 + none, full test split, trained); zero-shot gpt-3.5-turbo 0.22 on this sample'],
];
