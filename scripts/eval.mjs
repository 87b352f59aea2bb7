// Measure the built-in rules against public corpora in ../shared/datasets (or $KNEBEL_DATASETS):
// CLAUDETTE (EN + DE ToS, sentence-level unfair-term tags), the LexGLUE UNFAIR-ToS sample,
// AGB-DE (German clauses judged valid / potentially void) and CUAD (renewal term and notice period).
// Run after `npm run build` (npm run eval does both). Prints tables, rewrites the generated part of
// docs/evaluation.md and, with --json FILE, writes the raw numbers.
//
// The corpora measure; they do not teach. Nothing here looks at a document's name or text to
// change what the analyzer does: every document goes through the same public pipeline.
//
// This file is the entry and the wiring only; each corpus, the arithmetic, the tables and the
// docs writer are modules of their own in scripts/eval/.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { evalAgb } from './eval/agb.mjs';
import { PARTS, USAGE, checkOptions, readArgs, requestedParts } from './eval/args.mjs';
import { evalClaudette } from './eval/claudette.mjs';
import { evalCuad } from './eval/cuad.mjs';
import { writeDocs } from './eval/evaluation-docs.mjs';
import { DIST, ROOT, git } from './eval/files.mjs';
import { evalLexglue } from './eval/lexglue.mjs';
import { Pool } from './eval/pool.mjs';
import { profileRules } from './eval/profile.mjs';
import { evalRealContracts } from './eval/real-contracts.mjs';
import { render } from './eval/render.mjs';
import { snapshotRules } from './eval/rule-snapshot.mjs';
import { mdTable, textTable } from './eval/tables.mjs';


/**
 * Each dataset part: its folder under the datasets, the file whose presence says it is there, and
 * how it runs (`results`: the parts run before it, in PARTS order).
 */
const CORPORA = {
  claudette: { dir: 'claudette-multilingual', file: 'sentences.jsonl', run: ({ pool, dir, opts }) => evalClaudette(pool, dir, opts) },
  lexglue: { dir: 'unfair-tos-lexglue-sample', file: 'unfair_tos_sample.jsonl', run: ({ pool, dir, opts }) => evalLexglue(pool, dir, opts) },
  agb: { dir: 'agb-de', file: 'agb-de-anonym.csv', run: ({ pool, dir, opts }) => evalAgb(pool, dir, opts) },
  cuad: { dir: 'cuad', file: 'master_clauses.csv', run: ({ pool, dir, opts }) => evalCuad(pool, dir, opts) },
  // real reuses the CUAD results: the CUAD documents rejected as not a contract
  real: { dir: 'real-contracts', file: 'labels.json', run: ({ datasets, opts, results }) => opts.progress('real contracts', evalRealContracts(datasets, ROOT, DIST, { cuadRejected: results.cuad?.notAContract ?? null })) },
};

/** `name… 1.2 s` on stderr around a promise. */
async function progress(name, promise) {
  const t = performance.now();
  process.stderr.write(`${name}… `);
  const r = await promise;
  process.stderr.write(`${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  return r;
}

/** --show-errors: up to `n` errors per set, language, category and kind, on stderr. */
function printErrors(errors, n) {
  const groups = new Map();
  for (const e of errors) {
    const key = `${e.set} ${e.lang} ${e.category} ${e.kind.startsWith('P') || e.kind.includes(' for ') ? 'wrong' : e.kind}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  for (const [key, list] of [...groups.entries()].sort()) {
    console.error(`\n--- ${key} (${list.length})`);
    for (const e of list.slice(0, n)) console.error(`  [${e.doc}${e.rules.length ? ` ${e.rules.join(',')}` : ''}${e.kind.includes(' for ') ? ` ${e.kind}` : ''}] ${e.text.replace(/\s+/g, ' ').slice(0, 400)}`);
  }
}

async function main() {
  const args = readArgs();
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const requested = requestedParts(args);
  // the scanned and photographed twins need no datasets: their own module (scripts/eval/ocr.mjs)
  if (requested.includes('ocr')) await (await import('./eval/ocr.mjs')).runOcrEval({ docs: !args['no-docs'] });
  const parts = requested.filter((p) => p !== 'ocr');
  if (args.only && parts.length === 0) return;
  const { showErrors, jobs } = checkOptions(args, parts);

  const datasets = resolve(process.env.KNEBEL_DATASETS || join(ROOT, '..', 'shared', 'datasets'));
  if (!existsSync(datasets) || !statSync(datasets).isDirectory()) {
    console.log(`datasets not found at ${datasets}, skipping`);
    return;
  }
  if (!existsSync(join(DIST, 'analyze.js'))) {
    console.error('eval: dist/ is missing: run `npm run build` first (or use `npm run eval`)');
    process.exit(2);
  }
  const present = Object.fromEntries(PARTS.map((p) => [p, existsSync(join(datasets, CORPORA[p].dir, CORPORA[p].file))]));
  const run = PARTS.filter((p) => parts.includes(p) && present[p]); // in PARTS order: real reuses the CUAD results
  for (const p of parts.filter((q) => !present[q])) console.log(`${p}: dataset not found under ${datasets}, skipping`);
  if (run.length === 0) {
    console.log(`no evaluation datasets found at ${datasets}, skipping`);
    return;
  }

  const started = performance.now();
  const loadBefore = loadavg()[0];
  const { ruleFiles, rules, ruleFilter, rulesHash } = await snapshotRules(args.rules);
  const pool = new Pool(jobs, { verbose: showErrors > 0, ruleFiles, ruleIds: rules.map((r) => r.id) });
  await pool.ready;
  const opts = {
    covered: new Set(rules.map((r) => r.category)),
    verbose: showErrors > 0,
    errors: [],
    rulePredictions: { claudette: new Map(), lexglue: new Map() },
    progress,
  };
  const results = {};
  const timings = {};
  let seconds = 0;
  try {
    for (const part of run) {
      const t = performance.now();
      results[part] = await CORPORA[part].run({ pool, dir: join(datasets, CORPORA[part].dir), datasets, opts, results });
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
    if (args['profile-rules'] && present.claudette) results.profile = await opts.progress('rule cost', profileRules(pool, join(datasets, CORPORA.claudette.dir), rules));
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
  if (showErrors > 0) printErrors(opts.errors, showErrors);

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

const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMainThread && isEntryPoint) {
  main().catch((error) => {
    console.error(`eval: ${error.stack ?? error}`);
    process.exit(1);
  });
}
