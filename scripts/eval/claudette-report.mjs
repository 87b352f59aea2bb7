// The CLAUDETTE tables: per-category scores and macro averages (which also store the averages in
// `C.byLang`, so that --json records them), where the false positives fall, and the headline
// rows. `both(text, md)` and `table(headers, rows)` come from tables.mjs's report().
import { CLAUDETTE_CATEGORIES, CLAUDETTE_MAP } from './claudette.mjs';
import { COUNTED_AS_NOTE } from './counted-as.mjs';
import { addCounts, counts, fmt, mean, prf } from './metrics.mjs';

/** Each category's scores per language (`x` undefined where the language was not run), in table order. */
const scoresByCategory = (C) => CLAUDETTE_CATEGORIES.flatMap((cat) => ['en', 'de'].map((lang) => ({ cat, lang, x: C.byLang[lang]?.categories[cat] })));

/** Per-category scores and macro averages. `covered`: the categories with a rule; `rulesPer(c)`: how many. */
export function renderClaudette(C, { both, table, covered, rulesPer }) {
  both('== CLAUDETTE multilingual (sentence level, levels 2+3 = positive) ==', '## CLAUDETTE multilingual (EN + DE)');
  both('');
  both(
    `Each of the 50 documents is analysed once, whole, as part of its test fold (the authors' ${C.folds} document-level folds, ${C.docsPerFold.join('/')} documents; the test folds partition the corpus, and the rules are not trained, so the union of the test folds is the whole corpus). A sentence counts as positive for a category when it carries level 2 (potentially unfair) or 3 (clearly unfair) of the tag; level 1 (fair) is negative. A sentence is predicted positive when a non-info finding of the category has evidence overlapping it. Language forced, jurisdiction \`eu\`.`,
  );
  both('');
  const headers = ['category', 'tag', 'rules', 'lang', 'gold', 'TP', 'FP', 'FN', 'P', 'R', 'F1'];
  const rows = scoresByCategory(C)
    .filter(({ x }) => x)
    .map(({ cat, lang, x }) => [cat, CLAUDETTE_MAP[cat], rulesPer(cat), lang, x.tp + x.fn, x.tp, x.fp, x.fn, fmt(x.precision), fmt(x.recall), fmt(x.f1 ?? null)]);
  table(headers, rows);
  both('');
  const macroRows = [];
  for (const lang of ['en', 'de']) {
    const L = C.byLang[lang];
    if (!L) continue;
    const coveredCats = CLAUDETTE_CATEGORIES.filter((c) => covered.has(c));
    const f1s = (cats, get) => mean(cats.map((c) => get(c) ?? 0));
    const macroCovered = coveredCats.length ? f1s(coveredCats, (c) => L.categories[c].f1) : null;
    const macroAll = f1s(CLAUDETTE_CATEGORIES, (c) => L.categories[c].f1);
    const perFold = Array.from({ length: C.folds }, (_, k) => (coveredCats.length ? f1s(coveredCats, (c) => L.categories[c].folds[k].f1) : null));
    const micro = coveredCats.map((c) => L.categories[c]).reduce(addCounts, counts());
    L.macroF1Covered = macroCovered;
    L.macroF1All8 = macroAll;
    L.macroF1CoveredPerFold = perFold;
    L.microCovered = { ...micro, ...prf(micro) };
    // folds 3–4 pooled: the documents kept out of the rules' error analysis (a generalisation check)
    const pooled = (x) => prf([3, 4].map((k) => x.folds[k] ?? counts()).reduce(addCounts, counts())).f1;
    L.macroF1CoveredFolds34 = coveredCats.length ? f1s(coveredCats, (c) => pooled(L.categories[c])) : null;
    // the same macro-F1 without the counted-as labels (counted-as.mjs)
    const own = (c) => L.withoutCountedAs[c] ?? L.categories[c];
    L.macroF1CoveredWithoutCountedAs = coveredCats.length ? f1s(coveredCats, (c) => own(c).f1) : null;
    L.macroF1CoveredFolds34WithoutCountedAs = coveredCats.length ? f1s(coveredCats, (c) => pooled(own(c))) : null;
    macroRows.push([lang, L.docs, L.sentences, `${coveredCats.length}/8`, fmt(macroCovered), perFold.map((x) => fmt(x)).join(' / '), fmt(L.macroF1CoveredFolds34), fmt(prf(micro).f1), fmt(macroAll)]);
  }
  table(['lang', 'docs', 'sentences', 'covered', 'macro-F1 (covered)', 'per test fold 0–4', 'folds 3–4 pooled', 'micro-F1 (covered)', 'macro-F1 (all 8)'], macroRows);
  both('');
  both(`${COUNTED_AS_NOTE} Without it: ${['en', 'de'].filter((l) => C.byLang[l]).map((l) => {
    const L = C.byLang[l];
    const W = Object.entries(L.withoutCountedAs).map(([c, x]) => `${c} TP ${x.tp} / FP ${x.fp} / FN ${x.fn}, F1 ${fmt(x.f1 ?? null)}`).join('; ');
    return `${l.toUpperCase()} ${W}, macro-F1 (covered) ${fmt(L.macroF1CoveredWithoutCountedAs)}, folds 3–4 ${fmt(L.macroF1CoveredFolds34WithoutCountedAs)}`;
  }).join('; ')}. Folds 3–4 pooled: the documents the rules' error analysis did not look at (issue 13 session 6).`);
  if (C.failures.length) both(`\nDocuments that failed to analyse: ${C.failures.join('; ')}`);
  if (C.unfolded.length) both(`\nDocuments in no test fold (not scored): ${C.unfolded.join(', ')}`);
  both('');
}

/** Where the false positives fall, and what our categories outside the CLAUDETTE scheme hit. */
export function renderClaudetteErrors(C, { both, table }) {
  both('== Where the CLAUDETTE false positives fall ==', '## Error analysis (generated)');
  both('');
  both('For each category and language: flagged sentences that lawyers tagged level 1 (fair), that carry another category\'s unfair tag instead, or no tag at all; and the rules behind the false positives. Counts only — no corpus text is reproduced.');
  both('');
  const headers = ['category', 'lang', 'FP', 'fair (level 1)', 'other tag', 'no tag', 'top other tags', 'rules (TP/FP)'];
  const rows = scoresByCategory(C)
    .filter(({ x }) => x && (x.fp > 0 || x.tp > 0))
    .map(({ cat, lang, x }) => {
      const otherCount = x.fp - x.fairFlagged - x.untaggedFP;
      const tops = Object.entries(x.otherTagFP).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t, n]) => `${t} ${n}`).join(', ');
      const rules = Object.entries(C.byLang[lang].rules).filter(([, r]) => r.category === cat).sort((a, b) => b[1].fp - a[1].fp).map(([id, r]) => `${id} ${r.tp}/${r.fp}`).join(', ');
      return [cat, lang, x.fp, x.fairFlagged, Math.max(0, otherCount), x.untaggedFP, tops || '–', rules || '–'];
    });
  if (rows.length) table(headers, rows);
  else both('(no findings in the CLAUDETTE categories)');
  both('');
  const orows = [];
  for (const lang of ['en', 'de']) {
    for (const [cat, o] of Object.entries(C.byLang[lang]?.otherCategories ?? {}).sort((a, b) => b[1].sentences - a[1].sentences)) {
      orows.push([cat, lang, o.sentences, o.untagged, Object.entries(o.tagged).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ') || '–']);
    }
  }
  if (orows.length) {
    both('Our other categories on CLAUDETTE (not scored; shows what they hit):', '**Our other categories on CLAUDETTE** (not scored; shows what they hit):');
    both('');
    table(['our category (not a CLAUDETTE label)', 'lang', 'sentences flagged', 'untagged', 'CLAUDETTE tags on them'], orows);
    both('');
  }
}

/** Headline rows: macro-F1 per language, next to the published reference points. */
export function claudetteHeadline(C, covered) {
  const rows = [];
  for (const lang of ['en', 'de']) {
    const L = C.byLang[lang];
    if (L) rows.push([`CLAUDETTE ${lang.toUpperCase()}, macro-F1 over ${CLAUDETTE_CATEGORIES.filter((c) => covered.has(c)).length} covered categories (sentence level)`, fmt(L.macroF1Covered), lang === 'en' ? 'trained on UNFAIR-ToS (older 50-ToS English corpus, 8 labels + none): 0.75 (TF-IDF + SVM) to 0.83 (Legal-BERT)' : 'trained models: see Galassi et al. 2024']);
  }
  return rows;
}
