// CLAUDETTE multilingual (EN + DE terms of service, sentence-level unfair-term tags): every
// document is analysed whole, one sentence a unit, and each sentence is scored per category
// against the lawyers' tags. The tables are in claudette-report.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTED_AS, withCountedAs } from './counted-as.mjs';
import { readJsonl } from './files.mjs';
import { counts, prf } from './metrics.mjs';

/** Our categories and the CLAUDETTE tag codes they correspond to. */
export const CLAUDETTE_MAP = {
  'unilateral-change': 'ch',
  'provider-termination': 'ter',
  'content-removal': 'cr',
  'contract-by-using': 'use',
  'choice-of-law': 'law',
  jurisdiction: 'j',
  arbitration: 'a',
  liability: 'ltd',
};
export const CLAUDETTE_CATEGORIES = Object.keys(CLAUDETTE_MAP);
const TAG_TO_CATEGORY = Object.fromEntries(Object.entries(CLAUDETTE_MAP).map(([c, t]) => [t, c]));

/** The corpus's documents (`lang/doc` → its sentences, in the order of sentences.jsonl). */
export function claudetteDocuments(dir) {
  const docs = new Map();
  for (const s of readJsonl(join(dir, 'sentences.jsonl'))) {
    const key = `${s.lang}/${s.doc}`;
    if (!docs.has(key)) docs.set(key, { lang: s.lang, doc: s.doc, sentences: [] });
    docs.get(key).sentences.push(s);
  }
  return docs;
}

/** Score the test folds of the corpus in `dir` (sentences.jsonl, folds/LIST_TEST_<k>.txt). */
export async function evalClaudette(pool, dir, opts) {
  const docs = claudetteDocuments(dir);
  for (const d of docs.values()) d.sentences.sort((a, b) => a.line - b.line);

  const foldOf = new Map();
  const foldFiles = readdirSync(join(dir, 'folds')).filter((f) => /^LIST_TEST_\d+\.txt$/.test(f)).sort();
  for (const f of foldFiles) {
    const fold = Number(/\d+/.exec(f)[0]);
    for (const name of readFileSync(join(dir, 'folds', f), 'utf8').split(/\r?\n/).map((l) => l.trim().replace(/\.txt$/, '')).filter(Boolean)) {
      if (foldOf.has(name)) throw new Error(`CLAUDETTE folds overlap: ${name} is in folds ${foldOf.get(name)} and ${fold}`);
      foldOf.set(name, fold);
    }
  }
  const docNames = [...new Set([...docs.values()].map((d) => d.doc))];
  const unfolded = docNames.filter((n) => !foldOf.has(n));

  const list = [...docs.values()].filter((d) => foldOf.has(d.doc));
  const results = await opts.progress(
    'CLAUDETTE',
    pool.all(
      list.map((d) => ({ type: 'units', id: `${d.lang}/${d.doc}`, language: d.lang, jurisdiction: 'eu', units: d.sentences.map((s) => s.text) })),
      (t) => t.units.length,
    ),
  );

  const byLang = {};
  const failures = [];
  const examples = [];
  for (const [k, d] of list.entries()) {
    const res = results[k];
    const L = (byLang[d.lang] ??= {
      docs: 0,
      sentences: 0,
      ms: 0,
      categories: Object.fromEntries(CLAUDETTE_CATEGORIES.map((c) => [c, { ...counts(), folds: Array.from({ length: foldFiles.length }, counts), fairFlagged: 0, otherTagFP: {}, untaggedFP: 0 }])),
      // the labels that our other categories count as (counted-as.mjs), scored without them too
      withoutCountedAs: Object.fromEntries([...new Set(Object.values(COUNTED_AS))].map((c) => [c, { ...counts(), folds: Array.from({ length: foldFiles.length }, counts) }])),
      rules: {},
      otherCategories: {},
    });
    L.docs++;
    L.sentences += d.sentences.length;
    L.ms += res.ms;
    if (res.error) {
      failures.push(`${d.lang}/${d.doc}: ${res.error}`);
      continue;
    }
    const fold = foldOf.get(d.doc);
    const predicted = d.sentences.map(() => new Set());
    const byRule = d.sentences.map(() => new Map());
    for (const f of res.findings) {
      if (f.severity === 'info') continue;
      for (let i = f.first; i <= f.last && i < d.sentences.length; i++) {
        predicted[i].add(f.category);
        if (!byRule[i].has(f.category)) byRule[i].set(f.category, new Set());
        byRule[i].get(f.category).add(f.ruleId);
        if (opts.verbose && i === f.first) examples.push({ lang: d.lang, doc: d.doc, i, category: f.category, ruleId: f.ruleId, match: f.match });
      }
    }
    opts.rulePredictions?.claudette.set(`${d.lang}/${d.doc}`, new Map(d.sentences.map((s, i) => [s.line, predicted[i]])));
    const own = predicted;
    const scored = predicted.map(withCountedAs);
    for (const [i, set] of predicted.entries()) {
      for (const [ours, label] of Object.entries(COUNTED_AS)) {
        if (!set.has(ours)) continue;
        if (!byRule[i].has(label)) byRule[i].set(label, new Set());
        for (const r of byRule[i].get(ours)) byRule[i].get(label).add(r);
      }
    }
    d.sentences.forEach((s, i) => {
      const gold = new Set();
      const fair = new Set();
      const otherTags = new Set();
      for (const tag of s.tags) {
        const m = /^([a-z]+)([123])$/.exec(tag);
        if (!m) continue;
        const category = TAG_TO_CATEGORY[m[1]];
        if (m[2] === '1') {
          if (category) fair.add(category);
        } else {
          otherTags.add(m[1]);
          if (category) gold.add(category);
        }
      }
      for (const [category, W] of Object.entries(L.withoutCountedAs)) {
        const b = gold.has(category) && own[i].has(category) ? 'tp' : own[i].has(category) ? 'fp' : gold.has(category) ? 'fn' : null;
        if (b) (W[b]++, W.folds[fold][b]++);
      }
      for (const category of CLAUDETTE_CATEGORIES) {
        const C = L.categories[category];
        const isGold = gold.has(category);
        const isPred = scored[i].has(category);
        const bucket = isGold && isPred ? 'tp' : isPred ? 'fp' : isGold ? 'fn' : null;
        if (!bucket) continue;
        C[bucket]++;
        C.folds[fold][bucket]++;
        if (bucket === 'fp') {
          if (fair.has(category)) C.fairFlagged++;
          const others = [...otherTags].filter((t) => t !== CLAUDETTE_MAP[category]);
          if (others.length === 0 && !fair.has(category)) C.untaggedFP++;
          for (const t of others) C.otherTagFP[t] = (C.otherTagFP[t] ?? 0) + 1;
        }
        if (isPred) {
          for (const ruleId of byRule[i].get(category)) {
            const R = (L.rules[ruleId] ??= { category, tp: 0, fp: 0 });
            R[isGold ? 'tp' : 'fp']++;
          }
        }
        if (opts.verbose && bucket !== 'tp') opts.errors.push({ set: 'claudette', lang: d.lang, doc: d.doc, category, kind: bucket, rules: isPred ? [...byRule[i].get(category)] : [], text: s.text });
      }
      // our categories outside the CLAUDETTE scheme (price-change, fees, ...): what do they hit?
      for (const category of predicted[i]) {
        if (CLAUDETTE_MAP[category]) continue;
        const O = (L.otherCategories[category] ??= { sentences: 0, tagged: {}, untagged: 0 });
        O.sentences++;
        if (otherTags.size === 0) O.untagged++;
        for (const t of otherTags) O.tagged[t] = (O.tagged[t] ?? 0) + 1;
      }
    });
  }
  for (const L of Object.values(byLang)) {
    for (const C of [...Object.values(L.categories), ...Object.values(L.withoutCountedAs)]) {
      Object.assign(C, prf(C));
      C.folds = C.folds.map((f) => ({ ...f, ...prf(f) }));
    }
  }
  return { folds: foldFiles.length, docsPerFold: foldFiles.map((_, k) => [...foldOf.values()].filter((f) => f === k).length), unfolded, failures, byLang };
}
