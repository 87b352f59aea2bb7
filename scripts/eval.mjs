// Measure the built-in rules against public corpora in ../shared/datasets (or $KNEBEL_DATASETS):
// CLAUDETTE (EN + DE ToS, sentence-level unfair-term tags), the LexGLUE UNFAIR-ToS sample,
// AGB-DE (German clauses judged valid / potentially void) and CUAD (renewal term and notice period).
// Run after `npm run build` (npm run eval does both). Prints tables, rewrites the generated part of
// docs/evaluation.md and, with --json FILE, writes the raw numbers.
//
// The corpora measure; they do not teach. Nothing here looks at a document's name or text to
// change what the analyzer does: every document goes through the same public pipeline.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { evalRealContracts, renderRealContracts } from './eval/real-contracts.mjs';
import { COUNTED_AS, COUNTED_AS_NOTE, withCountedAs } from './eval/counted-as.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** A Duration of the extractor as an ISO string (the report's form). */
const isoOf = (d) => (d ? `P${d.value}${d.unit}` : null);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const SELF = fileURLToPath(import.meta.url);

/** Our categories and the CLAUDETTE tag codes they correspond to. */
const CLAUDETTE_MAP = {
  'unilateral-change': 'ch',
  'provider-termination': 'ter',
  'content-removal': 'cr',
  'contract-by-using': 'use',
  'choice-of-law': 'law',
  jurisdiction: 'j',
  arbitration: 'a',
  liability: 'ltd',
};
const CLAUDETTE_CATEGORIES = Object.keys(CLAUDETTE_MAP);
const TAG_TO_CATEGORY = Object.fromEntries(Object.entries(CLAUDETTE_MAP).map(([c, t]) => [t, c]));

/** LexGLUE UNFAIR-ToS label names (ids 0–7 in the HF dataset, in this order) and our categories. */
const LEXGLUE_MAP = {
  'Limitation of liability': 'liability',
  'Unilateral termination': 'provider-termination',
  'Unilateral change': 'unilateral-change',
  'Content removal': 'content-removal',
  'Contract by using': 'contract-by-using',
  'Choice of law': 'choice-of-law',
  Jurisdiction: 'jurisdiction',
  Arbitration: 'arbitration',
};

const PARTS = ['claudette', 'lexglue', 'agb', 'cuad', 'real'];

// ---------------------------------------------------------------------------------------------
// Worker: loads the compiled library once and analyses whatever the main thread sends.
// ---------------------------------------------------------------------------------------------

async function runWorker() {
  const { analyzePages, analyzeBytes } = await import(pathToFileURL(join(DIST, 'analyze.js')).href);
  const { parseRuleFile } = await import(pathToFileURL(join(DIST, 'rules', 'load.js')).href);
  // every worker parses the same snapshot of rules/ that the main thread validated, so a rule file
  // edited during a run cannot give two workers different catalogs
  const rules = workerData.ruleFiles.map((f) => parseRuleFile(f.path, f.text, 'builtin').rule).filter((r) => r && workerData.ruleIds.includes(r.id));
  const verbose = workerData.verbose;

  /** Findings with the 0-based page ("unit": sentence or clause) range their evidence covers. */
  const findingsOf = (analysis) =>
    analysis.report.findings.map((f) => {
      const first = analysis.normalized.pageAt(f.evidence.start) - 1;
      const last = analysis.normalized.pageAt(Math.max(f.evidence.start, f.evidence.end - 1)) - 1;
      return {
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        first,
        last,
        ...(verbose ? { match: f.evidence.match.text } : {}),
      };
    });

  parentPort.on('message', async (task) => {
    const started = performance.now();
    try {
      if (task.type === 'units') {
        // One "page" per sentence/clause: the normalizer keeps the origin of every character,
        // so pageAt() maps evidence offsets back to the unit exactly. The trailing blank line
        // keeps every unit its own paragraph. Plain text, no format sniffing.
        const pages = task.units.map((u) => `${u}\n`);
        const ruleSet = task.ruleIds ? rules.filter((r) => task.ruleIds.includes(r.id)) : rules;
        const analysis = analyzePages({ format: 'txt', pages, warnings: [] }, task.id, ruleSet, { language: task.language, jurisdiction: task.jurisdiction, forceContract: true, model: false });
        parentPort.postMessage({ key: task.key, findings: findingsOf(analysis), ms: performance.now() - started });
      } else if (task.type === 'file') {
        const bytes = readFileSync(task.path);
        // facts are extracted before and independently of the rules: skip the rules (CUAD is big)
        const analysis = await analyzeBytes(bytes, task.id, { language: task.language, jurisdiction: task.jurisdiction, rules: task.factsOnly ? [] : rules, model: false });
        const { facts } = analysis.report;
        parentPort.postMessage({
          key: task.key,
          facts: { renewalTerm: facts.renewalTerm, noticePeriod: facts.noticePeriod, autoRenewal: facts.autoRenewal, minimumTerm: facts.minimumTerm, extensionOption: isoOf(analysis.facts.extensionOption) },
          ...(verbose ? { evidence: { renewalTerm: facts.evidence.renewalTerm?.text, noticePeriod: facts.evidence.noticePeriod?.text } } : {}),
          ms: performance.now() - started,
        });
      } else if (task.type === 'profile') {
        // time one rule (or none) over a fixed set of documents
        const ruleSet = task.ruleId === null ? [] : rules.filter((r) => r.id === task.ruleId);
        for (const doc of task.docs) {
          analyzePages({ format: 'txt', pages: doc.units.map((u) => `${u}\n`), warnings: [] }, doc.id, ruleSet, { language: doc.language, jurisdiction: 'eu', model: false, forceContract: true });
        }
        parentPort.postMessage({ key: task.key, ms: performance.now() - started });
      }
    } catch (error) {
      parentPort.postMessage({ key: task.key, error: `${error?.code ? `${error.code}: ` : ''}${String(error?.message ?? error).split('\n')[0]}`, ms: performance.now() - started });
    }
  });
  parentPort.postMessage({ ready: true });
}

class Pool {
  constructor(size, data) {
    this.workers = [];
    this.queue = [];
    this.pending = new Map();
    this.idle = [];
    this.ready = Promise.all(
      Array.from({ length: size }, () => {
        const worker = new Worker(SELF, { workerData: data });
        this.workers.push(worker);
        return new Promise((resolveReady, rejectReady) => {
          worker.once('error', rejectReady);
          worker.on('message', (msg) => {
            if (msg.ready) {
              this.idle.push(worker);
              resolveReady();
              this.pump();
              return;
            }
            const done = this.pending.get(msg.key);
            this.pending.delete(msg.key);
            this.idle.push(worker);
            done?.(msg);
            this.pump();
          });
        });
      }),
    );
    this.seq = 0;
  }

  run(task) {
    return new Promise((done) => {
      const key = ++this.seq;
      this.pending.set(key, done);
      this.queue.push({ ...task, key });
      this.pump();
    });
  }

  pump() {
    while (this.idle.length && this.queue.length) this.idle.pop().postMessage(this.queue.shift());
  }

  /** Run tasks largest first (better balance across workers), results in input order. */
  async all(tasks, size = () => 0) {
    const order = tasks.map((t, i) => i).sort((a, b) => size(tasks[b]) - size(tasks[a]));
    const results = new Array(tasks.length);
    await Promise.all(order.map(async (i) => (results[i] = await this.run(tasks[i]))));
    return results;
  }

  close() {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers: CSV, metrics, tables.
// ---------------------------------------------------------------------------------------------

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF; BOM. */
export function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  const [header, ...body] = nonEmpty;
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

const counts = () => ({ tp: 0, fp: 0, fn: 0 });

function prf({ tp, fp, fn }) {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn);
  return { precision, recall, f1 };
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
const pct = (x) => (x === null || x === undefined ? '–' : `${(100 * x).toFixed(1)} %`);

function textTable(headers, rows) {
  const all = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, j) => Math.max(...all.map((r) => r[j].length)));
  const numeric = headers.map((_, j) => rows.every((r) => /^[-–\d.,% /]*$/.test(String(r[j]))));
  const line = (r) => r.map((c, j) => (numeric[j] ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

function mdTable(headers, rows) {
  const numeric = headers.map((_, j) => rows.length > 0 && rows.every((r) => /^[-–\d.,% /*]*$/.test(String(r[j]))));
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Rule files as loadRulePack lists them: *.yml / *.yaml, recursively, sorted by name. */
function listYaml(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    // a pack's word sets (words/<lang>.yml) are not rules: load.ts skips them the same way
    if (entry.isDirectory() && !(dir === join(ROOT, 'rules') && entry.name === 'words')) out.push(...listYaml(path));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(path);
  }
  return out;
}

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

// ---------------------------------------------------------------------------------------------
// CLAUDETTE multilingual: sentence-level tags, documents analysed whole.
// ---------------------------------------------------------------------------------------------

async function evalClaudette(pool, dir, opts) {
  const sentences = readJsonl(join(dir, 'sentences.jsonl'));
  const docs = new Map();
  for (const s of sentences) {
    const key = `${s.lang}/${s.doc}`;
    if (!docs.has(key)) docs.set(key, { lang: s.lang, doc: s.doc, sentences: [] });
    docs.get(key).sentences.push(s);
  }
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

// ---------------------------------------------------------------------------------------------
// LexGLUE UNFAIR-ToS sample: independent English sentences.
// ---------------------------------------------------------------------------------------------

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
  const micro = cats.reduce((a, c) => ({ tp: a.tp + categories[c].tp, fp: a.fp + categories[c].fp, fn: a.fn + categories[c].fn }), counts());
  const microNone = { tp: micro.tp + none.tp, fp: micro.fp + none.fp, fn: micro.fn + none.fn };
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

async function evalLexglue(pool, dir, opts) {
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

// ---------------------------------------------------------------------------------------------
// AGB-DE: German clauses, valid (0) or potentially void (1).
// ---------------------------------------------------------------------------------------------

async function evalAgb(pool, dir, opts) {
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

// ---------------------------------------------------------------------------------------------
// CUAD: renewal term and notice period to terminate renewal, extracted from the full TXT.
// ---------------------------------------------------------------------------------------------

/** CUAD answer columns that name the document rather than a clause of it. */
const CUAD_NAMING_COLUMNS = /^(?:Document Name|Parties|Agreement Date|Effective Date)\s*-\s*Answer$/i;

/** How many clause types CUAD labels in one row (answers other than empty, "No" or "[]"). */
function labelledClauses(row) {
  return Object.entries(row).filter(([k, v]) => /-\s*Answer$/i.test(k) && !CUAD_NAMING_COLUMNS.test(k) && v && !/^(?:no|\[\])$/i.test(v.trim())).length;
}

const normKey = (s) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');

async function evalCuad(pool, dir, opts) {
  const { findDurations } = await import(pathToFileURL(join(DIST, 'facts', 'find-durations.js')).href);
  const { LANGUAGE_PACKS } = await import(pathToFileURL(join(DIST, 'lang', 'index.js')).href);
  const en = LANGUAGE_PACKS.en;
  const master = parseCsv(readFileSync(join(dir, 'master_clauses.csv'), 'utf8'));
  const txtDir = join(dir, 'full_contract_txt');
  const txtByKey = new Map(readdirSync(txtDir).filter((f) => /\.txt$/i.test(f)).map((f) => [normKey(f.replace(/\.txt$/i, '')), f]));
  // index.csv (ours) already resolves the few file names that differ from master_clauses.csv
  const indexPath = join(dir, 'index.csv');
  const indexByName = new Map(existsSync(indexPath) ? parseCsv(readFileSync(indexPath, 'utf8')).map((r) => [r.master_filename, r.txt_path]) : []);
  const header = Object.keys(master[0] ?? {});
  const col = (re) => header.find((h) => re.test(h));
  const renewalCol = col(/^Renewal Term\s*-\s*Answer$/i);
  const noticeCol = col(/^Notice Period To Terminate Renewal\s*-\s*Answer$/i);
  if (!renewalCol || !noticeCol) throw new Error(`master_clauses.csv: answer columns not found (have: ${header.filter((h) => /answer/i.test(h)).slice(0, 6).join(', ')} …)`);

  const unmatched = [];
  const contracts = [];
  for (const row of master) {
    const name = row.Filename;
    let file = indexByName.get(name) ? join(dir, indexByName.get(name)) : null;
    if (!file || !existsSync(file)) {
      const f = txtByKey.get(normKey(name.replace(/\.pdf\s*$/i, '')));
      file = f ? join(txtDir, f) : null;
    }
    if (!file) {
      unmatched.push(name);
      continue;
    }
    contracts.push({ name, file, size: statSync(file).size, renewal: row[renewalCol].trim(), notice: row[noticeCol].trim(), clauses: labelledClauses(row) });
  }

  /** Gold answer → set of ISO durations ("indefinite" for perpetual), or null when unreadable. */
  const parseGold = (answer) => {
    if (!answer) return { empty: true };
    const isos = new Set();
    if (/perpetual|indefinite/i.test(answer)) isos.add('indefinite');
    // annotation artefacts like "60) days" or "(6) months": drop stray brackets
    for (const d of findDurations(answer.replace(/[()[\]]/g, ' '), en)) isos.add(`P${d.value}${d.unit}`);
    // the product parser reads German decimal commas only; "0.5 year" in an answer is read here
    for (const m of answer.matchAll(/\b(\d+\.\d+)\s*(year|month)s?\b/gi)) {
      const months = Number(m[1]) * (/^y/i.test(m[2]) ? 12 : 1);
      if (Number.isInteger(months)) isos.add(months % 12 === 0 ? `P${months / 12}Y` : `P${months}M`);
    }
    return isos.size ? { isos: [...isos] } : { unreadable: true };
  };

  const results = await opts.progress(
    'CUAD',
    pool.all(
      contracts.map((c) => ({ type: 'file', id: c.name, path: c.file, language: 'en', jurisdiction: 'us', size: c.size, factsOnly: true })),
      (t) => t.size,
    ),
  );

  const inDays = (iso) => {
    const m = /^P(\d+(?:\.\d+)?)([DWMY])$/.exec(iso ?? '');
    if (!m) return null;
    const v = Number(m[1]);
    return { D: v, W: 7 * v, M: 30 * v, Y: 360 * v }[m[2]];
  };
  const sameLength = (a, b) => a === b || (inDays(a) !== null && inDays(a) === inDays(b) && (/[MY]$/.test(a) === /[MY]$/.test(b)));

  const score = (field, goldKey) => {
    const s = { contracts: contracts.length, withGold: 0, unreadableGold: 0, exact: 0, equivalent: 0, found: 0, noGoldFound: 0, noGold: 0, errors: {}, failures: 0 };
    contracts.forEach((c, k) => {
      const res = results[k];
      if (res.error) {
        s.failures++;
        return;
      }
      const gold = parseGold(c[goldKey]);
      const pred = res.facts[field];
      if (gold.empty) {
        s.noGold++;
        if (pred) s.noGoldFound++;
        return;
      }
      if (gold.unreadable) {
        s.unreadableGold++;
        return;
      }
      s.withGold++;
      if (pred) s.found++;
      let kind;
      if (gold.isos.includes(pred)) {
        s.exact++;
        s.equivalent++;
        kind = null;
      } else if (pred && gold.isos.some((g) => sameLength(g, pred))) {
        s.equivalent++;
        kind = null;
      } else if (!pred) kind = 'nothing extracted';
      else if (pred === 'indefinite') kind = 'extracted "indefinite", gold a fixed period';
      else if (gold.isos.includes('indefinite')) kind = 'gold perpetual, extracted a fixed period';
      else {
        const g = gold.isos.map(inDays).filter((x) => x !== null);
        const p = inDays(pred);
        kind = g.some((x) => p > x) && !g.some((x) => p < x) ? 'extracted a longer period' : 'extracted a shorter period';
      }
      if (kind) {
        s.errors[kind] = (s.errors[kind] ?? 0) + 1;
        const pair = `${pred ?? 'none'} for ${gold.isos.join('/')}`;
        (s.pairs ??= {})[pair] = (s.pairs[pair] ?? 0) + 1;
        if (opts.verbose) opts.errors.push({ set: 'cuad', lang: 'en', doc: c.name, category: field, kind: pair, rules: [], text: res.evidence?.[field] ?? '(no evidence)' });
      }
    });
    s.exactRate = s.withGold ? s.exact / s.withGold : null;
    s.equivalentRate = s.withGold ? s.equivalent / s.withGold : null;
    s.foundRate = s.withGold ? s.found / s.withGold : null;
    s.noGoldFoundRate = s.noGold ? s.noGoldFound / s.noGold : null;
    s.topPairs = Object.entries(s.pairs ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 10);
    delete s.pairs;
    return s;
  };
  const renewal = score('renewalTerm', 'renewal');
  // CUAD's "Renewal Term" also counts a party's option to renew or extend. Those are no automatic
  // renewals (the product never reports them as one); this separately named figure counts them too.
  for (const res of results) if (res.facts) res.facts.renewalOrOption = res.facts.renewalTerm ?? res.facts.extensionOption;
  const renewalWithOptions = score('renewalOrOption', 'renewal');
  const notice = score('noticePeriod', 'notice');
  // auto-renewal flag: a renewal-term answer means the contract renews or extends
  const withRenewal = contracts.map((c, k) => [c, results[k]]).filter(([c, r]) => !r.error && c.renewal);
  const withoutRenewal = contracts.map((c, k) => [c, results[k]]).filter(([c, r]) => !r.error && !c.renewal);
  const autoRenewal = {
    withRenewalGold: withRenewal.length,
    flaggedTrue: withRenewal.filter(([, r]) => r.facts.autoRenewal === true).length,
    withoutRenewalGold: withoutRenewal.length,
    flaggedTrueWithout: withoutRenewal.filter(([, r]) => r.facts.autoRenewal === true).length,
  };
  return {
    contracts: contracts.length,
    unmatched,
    failures: results.map((r, k) => (r.error ? `${contracts[k].name}: ${r.error}` : null)).filter(Boolean),
    // a NOT_A_CONTRACT rejection is false when CUAD labels a contract clause in the document
    notAContract: contracts
      .filter((c, k) => results[k].error?.startsWith('NOT_A_CONTRACT'))
      .map((c) => ({ name: c.name, labelledClauses: c.clauses })),
    ms: results.reduce((a, r) => a + (r.ms ?? 0), 0),
    renewal,
    renewalWithOptions,
    notice,
    autoRenewal,
  };
}

// ---------------------------------------------------------------------------------------------
// Rule timing (optional): each rule alone over a fixed sample of CLAUDETTE documents.
// ---------------------------------------------------------------------------------------------

async function profileRules(pool, claudetteDir, rules) {
  const sentences = readJsonl(join(claudetteDir, 'sentences.jsonl'));
  const docs = new Map();
  for (const s of sentences) {
    const key = `${s.lang}/${s.doc}`;
    if (!docs.has(key)) docs.set(key, { id: key, language: s.lang, units: [] });
    docs.get(key).units.push(s.text);
  }
  // a fixed, name-independent sample: the 4 longest documents per language
  const sample = ['en', 'de'].flatMap((lang) => [...docs.values()].filter((d) => d.language === lang).sort((a, b) => b.units.join('').length - a.units.join('').length).slice(0, 4));
  // warm every worker up first (JIT), then time the pipeline without rules and with each rule alone
  await Promise.all(pool.workers.map(() => pool.run({ type: 'profile', ruleId: null, docs: sample })));
  const ids = [null, ...rules.map((r) => r.id)];
  const res = [];
  for (const ruleId of ids) res.push(await pool.run({ type: 'profile', ruleId, docs: sample }));
  const base = res[0].ms;
  return { sampleDocs: sample.length, baseMs: base, rules: ids.slice(1).map((id, k) => ({ id, ms: res[k + 1].ms - base })).sort((a, b) => b.ms - a.ms) };
}

// ---------------------------------------------------------------------------------------------
// Output.
// ---------------------------------------------------------------------------------------------

const REFERENCES = [
  'LexGLUE UNFAIR-ToS (English, trained on it, test split, 8 labels + "none"): macro-F1 0.75 (TF-IDF + SVM) to 0.83 (Legal-BERT); micro-F1 0.947 to 0.960 (Chalkidis et al., ACL 2022).',
  'Zero-shot gpt-3.5-turbo on the same 1,000-sentence sample we use: micro-F1 0.414 / macro-F1 0.222 (Chalkidis 2023).',
  'AGB-DE (German, official test split, void class): best F1 0.35 (bert-base-german-cased, P 0.50 / R 0.27); SVM 0.31 (Braun & Matthes, ACL 2024).',
  'CLAUDETTE multilingual (Galassi et al., AI & Law 2024): per-language F1 of trained models in the paper (not copied here).',
];

const LICENCES = [
  '**CLAUDETTE multilingual** — Galassi, Lagioia, Jabłonowska, Lippi, "Unfair clause detection in terms of service across multiple languages", *Artificial Intelligence and Law* (2024); corpus from `nlp-unibo/Multilingual-Unfair-Clause-Detection`, CC BY 4.0.',
  '**UNFAIR-ToS (LexGLUE)** — Lippi et al. 2019; Chalkidis et al., "LexGLUE", ACL 2022; sample from `coastalcph/zeroshot_lexglue` (Chalkidis 2023). CC BY 4.0.',
  '**AGB-DE** — Braun & Matthes, "AGB-DE: A Corpus for the Automated Legal Assessment of Clauses in German Consumer Contracts", ACL 2024; `DaBr01/AGB-DE` / `d4br4/agb-de`, CC BY-SA 4.0.',
  '**CUAD v1** — The Atticus Project, CUAD v1 (Hendrycks, Burns, Chen, Ball, NeurIPS 2021 Datasets & Benchmarks), CC BY 4.0.',
];

function render(results, meta) {
  const out = { text: [], md: [] };
  const both = (t, m = t) => {
    out.text.push(t);
    out.md.push(m);
  };
  const covered = new Set(meta.rules.map((r) => r.category));
  const rulesPer = (c) => meta.rules.filter((r) => r.category === c).length;

  const load = `load average ${meta.load.map((l) => l.toFixed(1)).join(' → ')}`;
  both(`knebel evaluation — ${meta.date}, commit ${meta.commit}${meta.dirty ? ` (${meta.dirty})` : ''}, ${meta.rules.length} built-in rules (snapshot ${meta.rulesHash}), ${meta.jobs} worker(s), ${meta.seconds.toFixed(1)} s wall (${load})`,
    `Run **${meta.date}**, commit \`${meta.commit}\`${meta.dirty ? ` (${meta.dirty})` : ''}, ${meta.rules.length} built-in rules (snapshot of \`rules/\` sha256 \`${meta.rulesHash}\`), Node ${process.versions.node}, ${meta.jobs} worker thread(s): **${meta.seconds.toFixed(0)} s** wall time (${load} on ${availableParallelism()} cores; ${Object.entries(meta.timings).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}).`);
  both('');
  const allCats = [...new Set(meta.rules.map((r) => r.category))].sort();
  both(`Rules per category: ${allCats.map((c) => `${c} ${rulesPer(c)}`).join(', ') || 'none'}.`);
  const missing = CLAUDETTE_CATEGORIES.filter((c) => !covered.has(c));
  if (missing.length) both(`CLAUDETTE categories without any rule yet (scored, count as F1 0 where gold exists): ${missing.join(', ')}.`);
  both('');
  const headlineAt = out.text.length;

  const C = results.claudette;
  if (C) {
    both('== CLAUDETTE multilingual (sentence level, levels 2+3 = positive) ==', '## CLAUDETTE multilingual (EN + DE)');
    both('');
    both(
      `Each of the 50 documents is analysed once, whole, as part of its test fold (the authors' ${C.folds} document-level folds, ${C.docsPerFold.join('/')} documents; the test folds partition the corpus, and the rules are not trained, so the union of the test folds is the whole corpus). A sentence counts as positive for a category when it carries level 2 (potentially unfair) or 3 (clearly unfair) of the tag; level 1 (fair) is negative. A sentence is predicted positive when a non-info finding of the category has evidence overlapping it. Language forced, jurisdiction \`eu\`.`,
    );
    both('');
    const headers = ['category', 'tag', 'rules', 'lang', 'gold', 'TP', 'FP', 'FN', 'P', 'R', 'F1'];
    const rows = [];
    for (const cat of CLAUDETTE_CATEGORIES) {
      for (const lang of ['en', 'de']) {
        const x = C.byLang[lang]?.categories[cat];
        if (!x) continue;
        rows.push([cat, CLAUDETTE_MAP[cat], rulesPer(cat), lang, x.tp + x.fn, x.tp, x.fp, x.fn, fmt(x.precision), fmt(x.recall), fmt(x.f1 ?? null)]);
      }
    }
    out.text.push(textTable(headers, rows));
    out.md.push(mdTable(headers, rows));
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
      const micro = CLAUDETTE_CATEGORIES.filter((c) => covered.has(c)).reduce((a, c) => ({ tp: a.tp + L.categories[c].tp, fp: a.fp + L.categories[c].fp, fn: a.fn + L.categories[c].fn }), counts());
      L.macroF1Covered = macroCovered;
      L.macroF1All8 = macroAll;
      L.macroF1CoveredPerFold = perFold;
      L.microCovered = { ...micro, ...prf(micro) };
      // folds 3–4 pooled: the documents kept out of the rules' error analysis (a generalisation check)
      const pooled = (C) => prf([3, 4].reduce((a, k) => ({ tp: a.tp + (C.folds[k]?.tp ?? 0), fp: a.fp + (C.folds[k]?.fp ?? 0), fn: a.fn + (C.folds[k]?.fn ?? 0) }), counts())).f1;
      L.macroF1CoveredFolds34 = coveredCats.length ? f1s(coveredCats, (c) => pooled(L.categories[c])) : null;
      // the same macro-F1 without the counted-as labels (counted-as.mjs)
      const own = (c) => L.withoutCountedAs[c] ?? L.categories[c];
      L.macroF1CoveredWithoutCountedAs = coveredCats.length ? f1s(coveredCats, (c) => own(c).f1) : null;
      L.macroF1CoveredFolds34WithoutCountedAs = coveredCats.length ? f1s(coveredCats, (c) => pooled(own(c))) : null;
      macroRows.push([lang, L.docs, L.sentences, `${coveredCats.length}/8`, fmt(macroCovered), perFold.map((x) => fmt(x)).join(' / '), fmt(L.macroF1CoveredFolds34), fmt(prf(micro).f1), fmt(macroAll)]);
    }
    const mh = ['lang', 'docs', 'sentences', 'covered', 'macro-F1 (covered)', 'per test fold 0–4', 'folds 3–4 pooled', 'micro-F1 (covered)', 'macro-F1 (all 8)'];
    out.text.push(textTable(mh, macroRows));
    out.md.push(mdTable(mh, macroRows));
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

  const X = results.lexglue;
  if (X) {
    const D = X.detokenized;
    both('== UNFAIR-ToS (LexGLUE) 1,000-sentence test sample, English, sentences analysed one by one ==', '## UNFAIR-ToS (LexGLUE) 1,000-sentence test sample (EN)');
    both('');
    both('Sentences from the LexGLUE test split, lower-cased and tokenised by LexGLUE; we undo the tokenisation (spaces before punctuation and inside brackets) and analyse each sentence on its own (no document context), jurisdiction `eu`. Label names map to ids 0–7 of the Hugging Face `unfair_tos` config in the order shown.');
    both('');
    const headers = ['label', 'category', 'gold', 'TP', 'FP', 'FN', 'P', 'R', 'F1'];
    const rows = Object.entries(LEXGLUE_MAP).map(([label, cat]) => {
      const x = D.categories[cat];
      return [label, covered.has(cat) ? cat : `${cat} (no rule)`, x.tp + x.fn, x.tp, x.fp, x.fn, fmt(x.precision), fmt(x.recall), fmt(x.f1 ?? null)];
    });
    out.text.push(textTable(headers, rows));
    out.md.push(mdTable(headers, rows));
    both('');
    const mh = ['text', 'macro-F1 (covered)', 'macro-F1 (all 8)', 'LexGLUE-style macro-F1 (8 + none)', 'LexGLUE-style micro-F1', 'micro-F1 (8 labels)'];
    const mrows = [
      ['detokenised', fmt(D.macroF1Covered), fmt(D.macroF1All8), fmt(D.macroF1LexglueStyle), fmt(D.microF1LexglueStyle), fmt(D.micro.f1)],
      ['as distributed (tokenised)', fmt(X.raw.macroF1Covered), fmt(X.raw.macroF1All8), fmt(X.raw.macroF1LexglueStyle), fmt(X.raw.microF1LexglueStyle), fmt(X.raw.micro.f1)],
    ];
    out.text.push(textTable(mh, mrows));
    out.md.push(mdTable(mh, mrows));
    both('');
    both(`"covered" = the ${D.coveredCategories} of 8 labels with at least one rule. LexGLUE's published figures add a "none" label (sentences without any unfair label), which lifts both averages.`);
    if (X.withoutCountedAs) both(`${COUNTED_AS_NOTE} Without it (detokenised): unilateral-change TP ${X.withoutCountedAs.categories['unilateral-change'].tp} / FP ${X.withoutCountedAs.categories['unilateral-change'].fp} / FN ${X.withoutCountedAs.categories['unilateral-change'].fn}, macro-F1 (all 8) ${fmt(X.withoutCountedAs.macroF1All8)}, LexGLUE-style ${fmt(X.withoutCountedAs.macroF1LexglueStyle)}.`);
    if (D.failures.length) both(`Sentences that failed to analyse: ${D.failures.length}`);
    both('');
  }

  const A = results.agb;
  if (A) {
    both('== AGB-DE (German consumer AGB clauses; flagged = any non-info finding; positive = "potentially void") ==', '## AGB-DE (DE)');
    both('');
    both('Each of the 93 contracts is analysed whole (one clause per paragraph, its section title in front when it changes), language `de`, jurisdiction `de`. A clause is flagged when any non-info finding overlaps it. The headline is the official test split; the full corpus is shown too (no training is involved).');
    both('');
    const headers = ['set', 'clauses', 'void', 'flagged', 'flagged share', 'TP', 'FP', 'FN', 'P (void)', 'R (void)', 'F1 (void)'];
    const row = (name, s) => [name, s.clauses, s.void, s.flagged, pct(s.flaggedShare), s.tp, s.fp, s.fn, fmt(s.precision), fmt(s.recall), fmt(s.f1 ?? null)];
    const rows = [row('test (official split)', A.test), row('full corpus', A.full)];
    out.text.push(textTable(headers, rows));
    out.md.push(mdTable(headers, rows));
    both('');
    const th = ['topic', 'clauses', 'void', 'flagged', 'TP', 'FP', 'P', 'R', 'F1', 'test: flagged', 'test: TP/void'];
    const trows = Object.entries(A.byTopic)
      .sort((a, b) => b[1].full.clauses - a[1].full.clauses)
      .map(([t, s]) => [t, s.full.clauses, s.full.void, s.full.flagged, s.full.tp, s.full.fp, fmt(s.full.precision), fmt(s.full.recall), fmt(s.full.f1 ?? null), s.test.flagged, `${s.test.tp}/${s.test.void}`]);
    both('Per topic (full corpus; a clause can have several topics):', '**Per topic** (full corpus; a clause can have several topics):');
    both('');
    out.text.push(textTable(th, trows));
    out.md.push(mdTable(th, trows));
    both('');
    const ch = ['our category', 'clauses flagged', 'of which void', 'precision'];
    const crows = Object.entries(A.byCategory).map(([c, s]) => [c, s.flagged, s.void, fmt(s.precision)]);
    if (crows.length) {
      both('Which of our categories fire (full corpus):', '**Which of our categories fire** (full corpus):');
      both('');
      out.text.push(textTable(ch, crows));
      out.md.push(mdTable(ch, crows));
      both('');
    }
    if (A.failures.length) both(`Contracts that failed to analyse: ${A.failures.join('; ')}`);
    if (A.outsideSplits) both(`${A.outsideSplits} clauses are in neither official split (the authors dropped singleton topic/label combinations); they count in "full corpus" only.`);
    both('');
  }

  if (results.real) renderRealContracts(results.real, { both, table: (h, rows) => (out.text.push(textTable(h, rows)), out.md.push(mdTable(h, rows))) });
  const U = results.cuad;
  if (U) {
    both('== CUAD v1 (510 US commercial contracts, full TXT): renewal term and notice period to terminate renewal ==', '## CUAD v1: renewal term and notice period (EN)');
    both('');
    both('Our `facts.renewalTerm` / `facts.noticePeriod` on the whole contract text vs the gold "-Answer" columns of `master_clauses.csv`, the gold text parsed with our own duration parser ("perpetual" = `indefinite`; several answers = any of them). "Exact" means the same ISO duration; "equivalent" also accepts the same length in another unit (12 months = 1 year, 2 weeks = 14 days). CUAD is B2B: this measures extraction, not fairness. The rules are not run here (the facts are extracted before and independently of them).');
    both('');
    const headers = ['field', 'with gold', 'gold unreadable', 'found', 'exact', 'equivalent', 'found rate', 'exact rate', 'equivalent rate', 'no gold: found anyway'];
    const row = (name, s) => [name, s.withGold, s.unreadableGold, s.found, s.exact, s.equivalent, pct(s.foundRate), pct(s.exactRate), pct(s.equivalentRate), `${s.noGoldFound}/${s.noGold}`];
    const rows = [row('renewal term', U.renewal), ...(U.renewalWithOptions ? [row('renewal term or extension option', U.renewalWithOptions)] : []), row('notice period', U.notice)];
    out.text.push(textTable(headers, rows));
    out.md.push(mdTable(headers, rows));
    both('');
    both('"Renewal term or extension option" also counts a period a party may renew or extend for at its option ("option to renew for an additional three years", `facts.extensionOption` of the extractor, not in the report): CUAD\'s Renewal Term answers include such options. They are never automatic renewals and never set `autoRenewal`; the first row counts automatic renewals only.');
    both('');
    for (const [name, s] of [['renewal term', U.renewal], ['notice period', U.notice]]) {
      const eh = ['error', 'contracts'];
      const erows = Object.entries(s.errors).sort((a, b) => b[1] - a[1]);
      both(`Errors, ${name}:`, `**Errors, ${name}:**`);
      both('');
      out.text.push(textTable(eh, erows));
      out.md.push(mdTable(eh, erows));
      both('');
      if (s.topPairs.length) {
        both(`Most common wrong values (ours for gold): ${s.topPairs.map(([p, n]) => `${p} ×${n}`).join('; ')}.`);
        both('');
      }
    }
    both(`Auto-renewal flag: true in ${U.autoRenewal.flaggedTrue}/${U.autoRenewal.withRenewalGold} contracts that have a renewal-term answer, and in ${U.autoRenewal.flaggedTrueWithout}/${U.autoRenewal.withoutRenewalGold} without one.`);
    if (U.unmatched.length) both(`Rows without a TXT file: ${U.unmatched.length}.`);
    if (U.failures.length) both(`Contracts that failed to analyse: ${U.failures.length} (${U.failures.slice(0, 5).join('; ')}).`);
    both('');
  }

  if (C) {
    both('== Where the CLAUDETTE false positives fall ==', '## Error analysis (generated)');
    both('');
    both('For each category and language: flagged sentences that lawyers tagged level 1 (fair), that carry another category\'s unfair tag instead, or no tag at all; and the rules behind the false positives. Counts only — no corpus text is reproduced.');
    both('');
    const headers = ['category', 'lang', 'FP', 'fair (level 1)', 'other tag', 'no tag', 'top other tags', 'rules (TP/FP)'];
    const rows = [];
    for (const cat of CLAUDETTE_CATEGORIES) {
      for (const lang of ['en', 'de']) {
        const x = C.byLang[lang]?.categories[cat];
        if (!x || (x.fp === 0 && x.tp === 0)) continue;
        const otherCount = x.fp - x.fairFlagged - x.untaggedFP;
        const tops = Object.entries(x.otherTagFP).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t, n]) => `${t} ${n}`).join(', ');
        const rules = Object.entries(C.byLang[lang].rules).filter(([, r]) => r.category === cat).sort((a, b) => b[1].fp - a[1].fp).map(([id, r]) => `${id} ${r.tp}/${r.fp}`).join(', ');
        rows.push([cat, lang, x.fp, x.fairFlagged, Math.max(0, otherCount), x.untaggedFP, tops || '–', rules || '–']);
      }
    }
    if (rows.length) {
      out.text.push(textTable(headers, rows));
      out.md.push(mdTable(headers, rows));
    } else both('(no findings in the CLAUDETTE categories)');
    both('');
    const oh = ['our category (not a CLAUDETTE label)', 'lang', 'sentences flagged', 'untagged', 'CLAUDETTE tags on them'];
    const orows = [];
    for (const lang of ['en', 'de']) {
      for (const [cat, o] of Object.entries(C.byLang[lang]?.otherCategories ?? {}).sort((a, b) => b[1].sentences - a[1].sentences)) {
        orows.push([cat, lang, o.sentences, o.untagged, Object.entries(o.tagged).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ') || '–']);
      }
    }
    if (orows.length) {
      both('Our other categories on CLAUDETTE (not scored; shows what they hit):', '**Our other categories on CLAUDETTE** (not scored; shows what they hit):');
      both('');
      out.text.push(textTable(oh, orows));
      out.md.push(mdTable(oh, orows));
      both('');
    }
  }
  if (A && Object.keys(A.byRule).length) {
    const rh = ['rule', 'AGB-DE clauses flagged', 'of which void'];
    const rrows = Object.entries(A.byRule).sort((a, b) => b[1].flagged - a[1].flagged).map(([id, s]) => [id, s.flagged, s.void]);
    both('Rules firing on AGB-DE (full corpus):', '**Rules firing on AGB-DE** (full corpus):');
    both('');
    out.text.push(textTable(rh, rrows));
    out.md.push(mdTable(rh, rrows));
    both('');
  }
  if (results.profile) {
    const P = results.profile;
    both(`== Rule cost: each rule alone over the ${P.sampleDocs} longest CLAUDETTE documents (pipeline without rules: ${P.baseMs.toFixed(0)} ms) ==`, `## Rule cost\n\nEach rule alone over the ${P.sampleDocs} longest CLAUDETTE documents, one after the other on a warm worker (pipeline without rules: ${P.baseMs.toFixed(0)} ms; differences under ~100 ms are noise on a shared machine), the 10 most expensive:`);
    both('');
    const rows = P.rules.slice(0, 10).map((r) => [r.id, r.ms.toFixed(0)]);
    out.text.push(textTable(['rule', 'extra ms'], rows));
    out.md.push(mdTable(['rule', 'extra ms'], rows));
    both('');
  }
  // headline first: ours next to the published reference points
  const H = [];
  const hl = (measure, ours, reference) => H.push([measure, ours, reference]);
  for (const lang of ['en', 'de']) {
    const L = C?.byLang[lang];
    if (L) hl(`CLAUDETTE ${lang.toUpperCase()}, macro-F1 over ${CLAUDETTE_CATEGORIES.filter((c) => covered.has(c)).length} covered categories (sentence level)`, fmt(L.macroF1Covered), lang === 'en' ? 'trained on UNFAIR-ToS (older 50-ToS English corpus, 8 labels + none): 0.75 (TF-IDF + SVM) to 0.83 (Legal-BERT)' : 'trained models: see Galassi et al. 2024');
  }
  if (X) {
    hl('UNFAIR-ToS sample (EN), macro-F1 over 8 labels / LexGLUE-style 8 + none', `${fmt(X.detokenized.macroF1All8)} / ${fmt(X.detokenized.macroF1LexglueStyle)}`, '0.75 to 0.83 (8 + none, full test split, trained); zero-shot gpt-3.5-turbo 0.22 on this sample');
  }
  if (A) hl('AGB-DE test split (DE), F1 on the void class (P / R)', `${fmt(A.test.f1 ?? null)} (${fmt(A.test.precision)} / ${fmt(A.test.recall)})`, 'best 0.35 (bert-base-german-cased, P 0.50 / R 0.27), trained');
  if (A) hl('AGB-DE test split, share of clauses flagged', pct(A.test.flaggedShare), `${pct(A.test.void / A.test.clauses)} of clauses are void`);
  if (U) hl('CUAD renewal term, exact / equivalent', `${pct(U.renewal.exactRate)} / ${pct(U.renewal.equivalentRate)} of ${U.renewal.withGold}`, '–');
  if (U?.renewalWithOptions) hl('CUAD renewal term or extension option (options are no automatic renewals), exact / equivalent', `${pct(U.renewalWithOptions.exactRate)} / ${pct(U.renewalWithOptions.equivalentRate)} of ${U.renewalWithOptions.withGold}`, '–');
  if (U) hl('CUAD notice period to terminate renewal, exact / equivalent', `${pct(U.notice.exactRate)} / ${pct(U.notice.equivalentRate)} of ${U.notice.withGold}`, '–');
  if (results.real) hl('real contracts, held-out half: recall / precision / facts / fair-vs-trap AUC', ['recall', 'precision', 'factsAccuracy', 'auc'].map((k) => fmt(results.real.halves.measuring[k])).join(' / '), 'targets 0.85 / 0.85 / 0.90 / 0.90');
  if (H.length) {
    const hh = ['measure', 'knebel rules', 'published reference'];
    out.text.splice(headlineAt, 0, '== Headline ==', '', textTable(hh, H), '');
    out.md.splice(headlineAt, 0, '## Headline', '', mdTable(hh, H), '');
  }
  return out;
}

function writeDocs(path, md, meta) {
  const BEGIN = '<!-- BEGIN GENERATED by `npm run eval`: edit outside these markers; this block is rewritten on every run -->';
  const END = '<!-- END GENERATED -->';
  const generated = [
    BEGIN,
    '',
    md.join('\n').replace(/\n{3,}/g, '\n\n').trim(),
    '',
    '## Published reference points',
    '',
    ...REFERENCES.map((r) => `- ${r}`),
    '',
    '## Datasets and licences',
    '',
    `Read from \`${meta.datasetsShown}\` (never copied into this repository):`,
    '',
    ...LICENCES.map((l) => `- ${l}`),
    '',
    END,
  ].join('\n');
  let doc;
  if (existsSync(path)) {
    const old = readFileSync(path, 'utf8');
    const a = old.indexOf('<!-- BEGIN GENERATED');
    const b = old.indexOf(END);
    doc = a >= 0 && b > a ? `${old.slice(0, a)}${generated}${old.slice(b + END.length)}` : `${old.trimEnd()}\n\n${generated}\n`;
  } else {
    doc = `# Evaluation\n\n${generated}\n`;
  }
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, doc);
  renameSync(tmp, path);
}

// ---------------------------------------------------------------------------------------------
// Main.
// ---------------------------------------------------------------------------------------------

const USAGE = `usage: npm run eval [-- options]   (or: node scripts/eval.mjs [options] after npm run build)

  --json FILE         also write the raw numbers as JSON
  --only LIST         comma-separated subset of: ${PARTS.join(', ')}, ocr
  --jobs N            worker threads (default: available cores)
  --no-docs           do not rewrite docs/evaluation.md
  --no-model          skip the held-out fold models of the statistical second opinion
  --rules REGEX       only the built-in rules whose id matches (quick iteration; no docs)
  --profile-rules     also time each rule alone on a sample of documents
  --show-errors N     print up to N false positives / negatives per category to stderr
                      (corpus text, for local debugging only; never written to files)

Datasets: $KNEBEL_DATASETS, else ../shared/datasets next to the repository.`;

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        json: { type: 'string' },
        only: { type: 'string' },
        jobs: { type: 'string' },
        'no-docs': { type: 'boolean', default: false },
        'no-model': { type: 'boolean', default: false },
        'profile-rules': { type: 'boolean', default: false },
        'show-errors': { type: 'string' },
        rules: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`eval: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const requested = args.only ? args.only.split(',').map((s) => s.trim()).filter(Boolean) : [...PARTS, 'ocr'];
  // the scanned and photographed twins need no datasets: their own module (scripts/eval/ocr.mjs)
  if (requested.includes('ocr')) await (await import('./eval/ocr.mjs')).runOcrEval({ docs: !args['no-docs'] });
  const parts = requested.filter((p) => p !== 'ocr');
  if (args.only && parts.length === 0) return;
  const bad = parts.filter((p) => !PARTS.includes(p));
  if (bad.length) {
    console.error(`eval: unknown part(s) ${bad.join(', ')}; choose from ${PARTS.join(', ')}`);
    process.exit(2);
  }
  const showErrors = args['show-errors'] === undefined ? 0 : Number(args['show-errors']);
  if (!Number.isInteger(showErrors) || showErrors < 0) {
    console.error('eval: --show-errors needs a whole number');
    process.exit(2);
  }
  const jobs = args.jobs === undefined ? Math.max(1, Math.min(availableParallelism(), 8)) : Number(args.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error('eval: --jobs needs a positive whole number');
    process.exit(2);
  }

  const datasets = resolve(process.env.KNEBEL_DATASETS || join(ROOT, '..', 'shared', 'datasets'));
  if (!existsSync(datasets) || !statSync(datasets).isDirectory()) {
    console.log(`datasets not found at ${datasets}, skipping`);
    return;
  }
  if (!existsSync(join(DIST, 'analyze.js'))) {
    console.error('eval: dist/ is missing: run `npm run build` first (or use `npm run eval`)');
    process.exit(2);
  }
  const present = {
    claudette: existsSync(join(datasets, 'claudette-multilingual', 'sentences.jsonl')),
    lexglue: existsSync(join(datasets, 'unfair-tos-lexglue-sample', 'unfair_tos_sample.jsonl')),
    agb: existsSync(join(datasets, 'agb-de', 'agb-de-anonym.csv')),
    cuad: existsSync(join(datasets, 'cuad', 'master_clauses.csv')),
    real: existsSync(join(datasets, 'real-contracts', 'labels.json')),
  };
  const run = PARTS.filter((p) => parts.includes(p) && present[p]); // in PARTS order: real reuses the CUAD results
  for (const p of parts.filter((q) => !present[q])) console.log(`${p}: dataset not found under ${datasets}, skipping`);
  if (run.length === 0) {
    console.log(`no evaluation datasets found at ${datasets}, skipping`);
    return;
  }

  const started = performance.now();
  const loadBefore = loadavg()[0];
  // snapshot rules/ once; validate here, parse the same text in every worker
  const { parseRuleFile } = await import(pathToFileURL(join(DIST, 'rules', 'load.js')).href);
  const ruleFiles = listYaml(join(ROOT, 'rules')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const problems = [];
  let rules = [];
  for (const f of ruleFiles) {
    const r = parseRuleFile(f.path, f.text, 'builtin');
    problems.push(...r.problems);
    if (r.rule) rules.push({ id: r.rule.id, category: r.rule.category });
  }
  if (problems.length) {
    console.error('eval: the built-in rule pack is invalid:');
    for (const p of problems) console.error(`  ${p.file}${p.line ? `:${p.line}` : ''}${p.column ? `:${p.column}` : ''} ${p.field ?? ''}: ${p.reason}`);
    process.exit(4);
  }
  let ruleFilter = null;
  if (args.rules) {
    try {
      ruleFilter = new RegExp(args.rules);
    } catch (error) {
      console.error(`eval: --rules: ${error.message}`);
      process.exit(2);
    }
    rules = rules.filter((r) => ruleFilter.test(r.id));
    console.log(`only the ${rules.length} rule(s) whose id matches /${args.rules}/: ${rules.map((r) => r.id).join(', ')}`);
  }
  const rulesHash = createHash('sha256').update(ruleFiles.map((f) => `${relative(ROOT, f.path)}\n${f.text}`).join('\0')).digest('hex').slice(0, 12);
  const pool = new Pool(jobs, { verbose: showErrors > 0, ruleFiles, ruleIds: rules.map((r) => r.id) });
  await pool.ready;
  const opts = {
    covered: new Set(rules.map((r) => r.category)),
    verbose: showErrors > 0,
    errors: [],
    rulePredictions: { claudette: new Map(), lexglue: new Map() },
    progress: async (name, promise) => {
      const t = performance.now();
      process.stderr.write(`${name}… `);
      const r = await promise;
      process.stderr.write(`${((performance.now() - t) / 1000).toFixed(1)} s\n`);
      return r;
    },
  };
  const results = {};
  const timings = {};
  let seconds = 0;
  try {
    for (const part of run) {
      const t = performance.now();
      if (part === 'claudette') results.claudette = await evalClaudette(pool, join(datasets, 'claudette-multilingual'), opts);
      if (part === 'lexglue') results.lexglue = await evalLexglue(pool, join(datasets, 'unfair-tos-lexglue-sample'), opts);
      if (part === 'agb') results.agb = await evalAgb(pool, join(datasets, 'agb-de'), opts);
      if (part === 'cuad') results.cuad = await evalCuad(pool, join(datasets, 'cuad'), opts);
      if (part === 'real') results.real = await opts.progress('real contracts', evalRealContracts(datasets, ROOT, DIST, { cuadRejected: results.cuad?.notAContract ?? null }));
      timings[part] = (performance.now() - t) / 1000;
    }
    // the statistical second opinion, held out (scripts/eval/model-folds.mjs)
    if (present.claudette && !args['no-model'] && !ruleFilter) {
      const t = performance.now();
      const { evalModel } = await import('./eval/model-folds.mjs');
      results.model = await opts.progress('model folds', evalModel(ROOT, datasets, { claudette: run.includes('claudette') ? opts.rulePredictions.claudette : null, lexglue: run.includes('lexglue') && present.lexglue ? opts.rulePredictions.lexglue : null }, (m) => process.stderr.write(`\n  ${m}`)));
      timings.model = (performance.now() - t) / 1000;
    }
    seconds = (performance.now() - started) / 1000;
    if (args['profile-rules'] && present.claudette) results.profile = await opts.progress('rule cost', profileRules(pool, join(datasets, 'claudette-multilingual'), rules));
  } finally {
    await pool.close();
  }
  const dirtyList = (dir) => (git(['status', '--porcelain', '--', dir]) ?? '').split('\n').filter(Boolean).length;
  const dirty = [[dirtyList('rules'), 'rules/'], [dirtyList('src'), 'src/']].filter(([n]) => n > 0).map(([n, d]) => `${n} in ${d}`);
  const meta = {
    date: new Date().toISOString().slice(0, 10),
    time: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']) ?? 'unknown',
    dirty: dirty.length ? `plus uncommitted files: ${dirty.join(', ')}` : '',
    rules,
    rulesHash,
    jobs,
    seconds,
    timings,
    load: [loadBefore, loadavg()[0]],
    datasetsShown: process.env.KNEBEL_DATASETS ? datasets : '../shared/datasets',
  };
  const out = render(results, meta);
  if (results.model) {
    const { renderModel } = await import('./eval/model-folds.mjs');
    const m = renderModel(results.model, { text: textTable, md: mdTable });
    out.text.push('', ...m.text);
    out.md.push('', ...m.md);
  }
  console.log(out.text.join('\n'));
  console.log(`timings: ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}; total ${seconds.toFixed(1)} s`);

  if (showErrors > 0) {
    const groups = new Map();
    for (const e of opts.errors) {
      const key = `${e.set} ${e.lang} ${e.category} ${e.kind.startsWith('P') || e.kind.includes(' for ') ? 'wrong' : e.kind}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(e);
    }
    for (const [key, list] of [...groups.entries()].sort()) {
      console.error(`\n--- ${key} (${list.length})`);
      for (const e of list.slice(0, showErrors)) console.error(`  [${e.doc}${e.rules.length ? ` ${e.rules.join(',')}` : ''}${e.kind.includes(' for ') ? ` ${e.kind}` : ''}] ${e.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    }
  }

  const complete = PARTS.every((p) => run.includes(p)) && !ruleFilter;
  if (!args['no-docs']) {
    if (complete) {
      writeDocs(join(ROOT, 'docs', 'evaluation.md'), out.md, meta);
      console.log('wrote docs/evaluation.md');
    } else {
      console.log('docs/evaluation.md not rewritten: only a subset of the datasets or rules was evaluated');
    }
  }
  if (args.json) {
    const json = { meta: { ...meta, node: process.versions.node, datasets, timings, parts: run }, ...results };
    writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`wrote ${args.json}`);
  }
}

const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === SELF;
if (isMainThread && isEntryPoint) {
  main().catch((error) => {
    console.error(`eval: ${error.stack ?? error}`);
    process.exit(1);
  });
} else if (!isMainThread) {
  runWorker().catch((error) => {
    // surface rule-pack problems to the main thread's error handler
    const e = new Error(error.message);
    throw Object.assign(e, { problems: error.problems });
  });
}
