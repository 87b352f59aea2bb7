// Real published contracts (../shared/datasets/real-contracts): per-category recall and precision,
// facts accuracy, fair-vs-trap AUC of the freedom score, and NOT_A_CONTRACT false rejections.
//
// Split, fixed once by id: the number in the id decides. Even numbers (de-002, en-004, …) are the
// TUNING half (read their errors, change wordings); odd numbers (de-001, en-003, …) are the
// MEASURING half (held out: only its figures are quoted as results). Both are reported.
//
// Every document goes through the public pipeline (analyzeBytes) with no hints: language and
// jurisdiction are detected from the text as they would be for a user. Nothing here looks at
// an id or a file name to change what the analyzer does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { auc, fmt, mean } from './metrics.mjs';
import { countNotAContract, renderNotAContract } from './not-a-contract.mjs';

export const SPLIT_RULE = 'the number in the id: even = tuning half, odd = measuring (held-out) half';
export const half = (id) => (Number(/-(\d+)/.exec(id)?.[1] ?? 1) % 2 === 0 ? 'tuning' : 'measuring');
const HALVES = ['tuning', 'measuring'];

/** Who works on each category (issue 13): the lock-in facts are §1; the other families are §2 (rules) and §3 (model). */
const OWNER = {
  'minimum-term': '§1 facts',
  'auto-renewal': '§1 facts',
  'notice-period': '§1 facts',
  'price-change': '§1 wording',
  'existing-customer-parity': '§1 wording',
  fees: '§1 wording',
  'termination-rights': '§1 wording',
  'cancellation-form': '§1 wording',
};
const owner = (c) => OWNER[c] ?? '§2 rules / §3 model';
const SEVERITY_RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
const FACTS = ['minimumTerm', 'autoRenewal', 'renewalTerm', 'noticePeriod'];

/**
 * Two fact values agree when they are equal, or the same length in the same family of units:
 * months and years compare exactly (P12M = P1Y), as do days, weeks and hours (P2W = P14D,
 * PT48H = P2D); a month is never equated with a number of days. A renewal "same-as-initial"
 * agrees with the initial term it stands for (gold or predicted).
 */
function length(iso) {
  const m = /^P(?:T(\d+)H|(\d+(?:\.\d+)?)([DWMY]))$/.exec(iso ?? '');
  if (!m) return null;
  if (m[1]) return { family: 'days', n: Number(m[1]) / 24 };
  const v = Number(m[2]);
  return { D: { family: 'days', n: v }, W: { family: 'days', n: 7 * v }, M: { family: 'months', n: v }, Y: { family: 'months', n: 12 * v } }[m[3]];
}
export function sameValue(gold, pred) {
  if (gold === pred) return true;
  const a = length(gold);
  const b = length(pred);
  return a !== null && b !== null && a.family === b.family && Math.abs(a.n - b.n) < 1e-9;
}
function factAgrees(field, gold, pred) {
  if (field !== 'renewalTerm') return sameValue(gold.facts[field], pred[field]);
  const g = gold.facts.renewalTerm;
  const p = pred.renewalTerm;
  if (sameValue(g, p)) return true;
  if (g === 'same-as-initial') return p !== null && p !== 'indefinite' && sameValue(gold.facts.minimumTerm, p);
  if (p === 'same-as-initial') return g !== null && sameValue(g, gold.facts.minimumTerm);
  return false;
}

const ratio = (a, b) => (b ? a / b : null);

function scoreHalf(docs) {
  const cats = {};
  const cat = (c) => (cats[c] ??= { tp: 0, fn: 0, fp: 0, tn: 0, severityAgree: 0 });
  const facts = Object.fromEntries(FACTS.map((f) => [f, { right: 0, total: 0, wrong: [] }]));
  const scores = { fair: [], mixed: [], trap: [] };
  let rejected = 0;
  for (const { label, report, error } of docs) {
    if (error) {
      if (error.startsWith('NOT_A_CONTRACT')) rejected++;
      continue;
    }
    const flagged = new Map();
    for (const f of report.findings) flagged.set(f.category, Math.max(flagged.get(f.category) ?? -1, SEVERITY_RANK[f.severity] ?? 0));
    for (const [c, severity] of Object.entries(label.present)) {
      const s = cat(c);
      if (flagged.has(c)) {
        s.tp++;
        if (flagged.get(c) === SEVERITY_RANK[severity]) s.severityAgree++;
      } else s.fn++;
    }
    for (const c of label.absent) (flagged.has(c) ? cat(c).fp++ : cat(c).tn++);
    for (const f of FACTS) {
      facts[f].total++;
      if (factAgrees(f, label, report.facts)) facts[f].right++;
      else facts[f].wrong.push(`${label.id}: ${report.facts[f]} for ${label.facts[f]}`);
    }
    scores[label.fairness]?.push(report.score);
  }
  const all = Object.values(cats).reduce((a, s) => ({ tp: a.tp + s.tp, fn: a.fn + s.fn, fp: a.fp + s.fp, severityAgree: a.severityAgree + s.severityAgree }), { tp: 0, fn: 0, fp: 0, severityAgree: 0 });
  const factRight = FACTS.reduce((n, f) => n + facts[f].right, 0);
  const factTotal = FACTS.reduce((n, f) => n + facts[f].total, 0);
  const ownFacts = Object.entries(cats).filter(([c]) => owner(c) === '§1 facts').reduce((a, [, s]) => ({ tp: a.tp + s.tp, fn: a.fn + s.fn, fp: a.fp + s.fp }), { tp: 0, fn: 0, fp: 0 });
  return {
    documents: docs.length,
    rejected,
    categories: Object.fromEntries(
      Object.entries(cats)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([c, s]) => [c, { ...s, owner: owner(c), recall: ratio(s.tp, s.tp + s.fn), precision: ratio(s.tp, s.tp + s.fp), severityAgreement: ratio(s.severityAgree, s.tp) }]),
    ),
    recall: ratio(all.tp, all.tp + all.fn),
    precision: ratio(all.tp, all.tp + all.fp),
    severityAgreement: ratio(all.severityAgree, all.tp),
    lockInFacts: { recall: ratio(ownFacts.tp, ownFacts.tp + ownFacts.fn), precision: ratio(ownFacts.tp, ownFacts.tp + ownFacts.fp) },
    facts: Object.fromEntries(FACTS.map((f) => [f, { accuracy: ratio(facts[f].right, facts[f].total), right: facts[f].right, total: facts[f].total, wrong: facts[f].wrong }])),
    factsAccuracy: ratio(factRight, factTotal),
    auc: auc(scores.fair, scores.trap),
    aucFairMixedVsTrap: auc([...scores.fair, ...scores.mixed], scores.trap),
    meanScore: { fair: mean(scores.fair), mixed: mean(scores.mixed), trap: mean(scores.trap) },
    scores,
  };
}

/**
 * Run the set. `root` is the repository (for its fixtures), `cuadRejected` the CUAD documents the
 * CUAD part saw rejected as not a contract, with how many clause types CUAD labels in each (the
 * documents then need no second pass).
 */
export async function evalRealContracts(datasets, root, dist, { cuadRejected = null } = {}) {
  const dir = join(datasets, 'real-contracts');
  const { analyzeBytes } = await import(pathToFileURL(join(dist, 'analyze.js')).href);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const docs = [];
  for (const label of labels) {
    try {
      const { report } = await analyzeBytes(readFileSync(join(dir, label.file)), label.id, {});
      docs.push({ label, report });
    } catch (error) {
      docs.push({ label, error: `${error?.code ?? 'ERROR'}: ${String(error?.message ?? error).split('\n')[0]}` });
    }
  }
  const byHalf = Object.fromEntries(HALVES.map((h) => [h, scoreHalf(docs.filter((d) => half(d.label.id) === h))]));

  const notAContract = await countNotAContract(analyzeBytes, { root, datasets, docs, cuadRejected });
  const errors = docs.filter((d) => d.error && !d.error.startsWith('NOT_A_CONTRACT')).map((d) => `${d.label.id}: ${d.error}`);
  return { split: SPLIT_RULE, halves: byHalf, notAContract, errors };
}

/** Tables for the console and docs/evaluation.md: `both(text, md)` and `table(headers, rows)` come from tables.mjs's report(). */
export function renderRealContracts(R, { both, table }) {
  both('== Real contracts (own measurement set) ==', '## Real published contracts (DE + EN)');
  both('');
  both(`40 published consumer contracts with labels (../shared/datasets/real-contracts). Split once by id — ${R.split}. Positives: categories labelled present; negatives: labelled absent; neither: not scored. Severity agreement: share of hits whose highest finding severity equals the label. Facts: exact value, or the same length within one family of units (months/years; days/weeks/hours), "same-as-initial" agreeing with the initial term it stands for. AUC: chance a fair contract outscores a trap (ties half).`);
  both('');
  const H = R.halves;
  const headline = [
    ['recall (all labelled categories)', ...HALVES.map((h) => fmt(H[h].recall))],
    ['precision', ...HALVES.map((h) => fmt(H[h].precision))],
    ['recall / precision, lock-in facts only (minimum term, renewal, notice)', ...HALVES.map((h) => `${fmt(H[h].lockInFacts.recall)} / ${fmt(H[h].lockInFacts.precision)}`)],
    ['severity agreement (of hits)', ...HALVES.map((h) => fmt(H[h].severityAgreement))],
    ['facts accuracy (4 facts × documents)', ...HALVES.map((h) => fmt(H[h].factsAccuracy))],
    ...FACTS.map((f) => [`  ${f}`, ...HALVES.map((h) => `${fmt(H[h].facts[f].accuracy)} (${H[h].facts[f].right}/${H[h].facts[f].total})`)]),
    ['fair-vs-trap AUC of the score', ...HALVES.map((h) => `${fmt(H[h].auc)} (${H[h].scores.fair.length}×${H[h].scores.trap.length})`)],
    ['fair+mixed-vs-trap AUC', ...HALVES.map((h) => fmt(H[h].aucFairMixedVsTrap))],
    ['mean score fair / mixed / trap', ...HALVES.map((h) => ['fair', 'mixed', 'trap'].map((k) => (H[h].meanScore[k] === null ? '–' : H[h].meanScore[k].toFixed(0))).join(' / '))],
  ];
  table(['measure', 'tuning half (even ids)', 'measuring half (odd ids, held out)'], headline);
  both('');
  const cats = [...new Set(HALVES.flatMap((h) => Object.keys(H[h].categories)))].sort();
  const cell = (s) => (s ? `${fmt(s.recall)} / ${fmt(s.precision)} / ${fmt(s.severityAgreement)} (${s.tp}+${s.fn}, fp ${s.fp})` : '–');
  table(['category', 'who', 'tuning R / P / severity (pos, fp)', 'measuring R / P / severity (pos, fp)'], cats.map((c) => [c, owner(c), ...HALVES.map((h) => cell(H[h].categories[c]))]));
  both('');
  renderNotAContract(R.notAContract, { table });
  if (R.errors.length) both('', '');
  for (const e of R.errors) both(`error: ${e}`, `- error: ${e}`);
  both('');
}

/** Headline row: the held-out half against the targets. */
export const realHeadline = (R) => [
  ['real contracts, held-out half: recall / precision / facts / fair-vs-trap AUC', ['recall', 'precision', 'factsAccuracy', 'auc'].map((k) => fmt(R.halves.measuring[k])).join(' / '), 'targets 0.85 / 0.85 / 0.90 / 0.90'],
];
