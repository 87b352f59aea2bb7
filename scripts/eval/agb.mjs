// AGB-DE (German consumer AGB clauses, judged valid or potentially void): each contract is
// analysed whole, one clause a unit, and a clause counts as flagged when any non-info finding
// overlaps it. Headline: the authors' official test split; the full corpus is shown too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, readJsonl } from './files.mjs';
import { counts, fmt, pct, prf } from './metrics.mjs';

/** Score every clause of `dir` (agb-de-anonym.csv, splits/agb-de.{train,test}.jsonl). */
export async function evalAgb(pool, dir, opts) {
  const rows = parseCsv(readFileSync(join(dir, 'agb-de-anonym.csv'), 'utf8'));
  const split = new Map();
  for (const name of ['train', 'test']) {
    const path = join(dir, 'splits', `agb-de.${name}.jsonl`);
    if (!existsSync(path)) continue;
    for (const r of readJsonl(path)) split.set(String(r.id), name);
  }
  // analyse each contract as a whole, one clause per unit, its section title in front when it changes
  const contracts = new Map();
  for (const r of rows) {
    if (!contracts.has(r.contract)) contracts.set(r.contract, []);
    contracts.get(r.contract).push(r);
  }
  const list = [...contracts.entries()].map(([contract, clauses]) => {
    clauses.sort((a, b) => Number(a.id) - Number(b.id));
    let lastTitle = null;
    const units = clauses.map((c) => {
      const title = c.title.trim();
      const head = title && title !== lastTitle ? `${title}\n` : '';
      lastTitle = title;
      return `${head}${c.text}`;
    });
    return { contract, clauses, units };
  });
  const results = await opts.progress(
    'AGB-DE',
    pool.all(
      list.map((c) => ({ type: 'units', id: `agb-de/${c.contract}`, language: 'de', jurisdiction: 'de', units: c.units })),
      (t) => t.units.length,
    ),
  );

  const failures = [];
  const clauses = [];
  list.forEach((c, k) => {
    const res = results[k];
    if (res.error) failures.push(`contract ${c.contract}: ${res.error}`);
    const flagged = c.clauses.map(() => new Map());
    for (const f of res.findings ?? []) {
      if (f.severity === 'info') continue;
      for (let i = f.first; i <= f.last && i < c.clauses.length; i++) {
        if (!flagged[i].has(f.category)) flagged[i].set(f.category, new Set());
        flagged[i].get(f.category).add(f.ruleId);
      }
    }
    c.clauses.forEach((clause, i) => {
      const topics = clause.topics.split(',').map((t) => t.trim()).filter(Boolean);
      clauses.push({
        id: clause.id,
        split: split.get(String(clause.id)) ?? null,
        void: Number(clause.void) >= 0.5,
        topics,
        categories: [...flagged[i].keys()],
        rules: [...new Set([...flagged[i].values()].flatMap((s) => [...s]))],
        failed: Boolean(res.error),
      });
      if (opts.verbose && (flagged[i].size > 0) !== (Number(clause.void) >= 0.5)) {
        opts.errors.push({ set: 'agb-de', lang: 'de', doc: `contract ${c.contract}`, category: topics.join(','), kind: flagged[i].size ? 'fp' : 'fn', rules: [...flagged[i].keys()], text: clause.text });
      }
    });
  });

  const summarize = (subset) => {
    const c = counts();
    let flagged = 0;
    let voids = 0;
    for (const x of subset) {
      const p = x.categories.length > 0;
      if (p) flagged++;
      if (x.void) voids++;
      if (p && x.void) c.tp++;
      else if (p) c.fp++;
      else if (x.void) c.fn++;
    }
    return { clauses: subset.length, void: voids, flagged, flaggedShare: subset.length ? flagged / subset.length : null, ...c, ...prf(c) };
  };
  const test = clauses.filter((x) => x.split === 'test');
  const topics = [...new Set(clauses.flatMap((x) => x.topics))].sort();
  const byTopic = Object.fromEntries(topics.map((t) => [t, { full: summarize(clauses.filter((x) => x.topics.includes(t))), test: summarize(test.filter((x) => x.topics.includes(t))) }]));
  const ourCategories = [...new Set(clauses.flatMap((x) => x.categories))].sort();
  const byCategory = Object.fromEntries(
    ourCategories.map((cat) => {
      const hit = clauses.filter((x) => x.categories.includes(cat));
      return [cat, { flagged: hit.length, void: hit.filter((x) => x.void).length, precision: hit.length ? hit.filter((x) => x.void).length / hit.length : null }];
    }),
  );
  const rulesHit = [...new Set(clauses.flatMap((x) => x.rules))].sort();
  const byRule = Object.fromEntries(
    rulesHit.map((id) => {
      const hit = clauses.filter((x) => x.rules.includes(id));
      return [id, { flagged: hit.length, void: hit.filter((x) => x.void).length }];
    }),
  );
  return {
    contracts: list.length,
    failures,
    outsideSplits: clauses.filter((x) => x.split === null).length,
    test: summarize(test),
    full: summarize(clauses),
    byTopic,
    byCategory,
    byRule,
  };
}

/** The void-class scores, per topic and per category of ours. */
export function renderAgb(A, { both, table }) {
  both('== AGB-DE (German consumer AGB clauses; flagged = any non-info finding; positive = "potentially void") ==', '## AGB-DE (DE)');
  both('');
  both('Each of the 93 contracts is analysed whole (one clause per paragraph, its section title in front when it changes), language `de`, jurisdiction `de`. A clause is flagged when any non-info finding overlaps it. The headline is the official test split; the full corpus is shown too (no training is involved).');
  both('');
  const row = (name, s) => [name, s.clauses, s.void, s.flagged, pct(s.flaggedShare), s.tp, s.fp, s.fn, fmt(s.precision), fmt(s.recall), fmt(s.f1 ?? null)];
  table(['set', 'clauses', 'void', 'flagged', 'flagged share', 'TP', 'FP', 'FN', 'P (void)', 'R (void)', 'F1 (void)'], [row('test (official split)', A.test), row('full corpus', A.full)]);
  both('');
  const trows = Object.entries(A.byTopic)
    .sort((a, b) => b[1].full.clauses - a[1].full.clauses)
    .map(([t, s]) => [t, s.full.clauses, s.full.void, s.full.flagged, s.full.tp, s.full.fp, fmt(s.full.precision), fmt(s.full.recall), fmt(s.full.f1 ?? null), s.test.flagged, `${s.test.tp}/${s.test.void}`]);
  both('Per topic (full corpus; a clause can have several topics):', '**Per topic** (full corpus; a clause can have several topics):');
  both('');
  table(['topic', 'clauses', 'void', 'flagged', 'TP', 'FP', 'P', 'R', 'F1', 'test: flagged', 'test: TP/void'], trows);
  both('');
  const crows = Object.entries(A.byCategory).map(([c, s]) => [c, s.flagged, s.void, fmt(s.precision)]);
  if (crows.length) {
    both('Which of our categories fire (full corpus):', '**Which of our categories fire** (full corpus):');
    both('');
    table(['our category', 'clauses flagged', 'of which void', 'precision'], crows);
    both('');
  }
  if (A.failures.length) both(`Contracts that failed to analyse: ${A.failures.join('; ')}`);
  if (A.outsideSplits) both(`${A.outsideSplits} clauses are in neither official split (the authors dropped singleton topic/label combinations); they count in "full corpus" only.`);
  both('');
}

/** Which rules fire on the corpus (shown after the error analysis). */
export function renderAgbRules(A, { both, table }) {
  if (!Object.keys(A.byRule).length) return;
  const rrows = Object.entries(A.byRule).sort((a, b) => b[1].flagged - a[1].flagged).map(([id, s]) => [id, s.flagged, s.void]);
  both('Rules firing on AGB-DE (full corpus):', '**Rules firing on AGB-DE** (full corpus):');
  both('');
  table(['rule', 'AGB-DE clauses flagged', 'of which void'], rrows);
  both('');
}

/** Headline rows: F1 on the void class, and how many clauses are flagged. */
export const agbHeadline = (A) => [
  ['AGB-DE test split (DE), F1 on the void class (P / R)', `${fmt(A.test.f1 ?? null)} (${fmt(A.test.precision)} / ${fmt(A.test.recall)})`, 'best 0.35 (bert-base-german-cased, P 0.50 / R 0.27), trained'],
  ['AGB-DE test split, share of clauses flagged', pct(A.test.flaggedShare), `${pct(A.test.void / A.test.clauses)} of clauses are void`],
];
