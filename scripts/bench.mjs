#!/usr/bin/env node
// `npm run bench`: performance of knebel on a reproducible corpus. Measurement only: it never
// fails on a slow result (exit 1 only if the benchmark itself breaks); timings are never asserted
// in unit tests. Method and latest figures: docs/benchmark.md.
//
//   node scripts/bench.mjs [--quick] [--seed S] [--batch N] [--cold-runs N] [--profile]
//                          [--only cold,stages,cli,batch,pdf,ocr] [--wait-load SECONDS]
//                          [--docs | --no-docs] [--json FILE]
//
// Needs `npm run build` first (npm run bench does both). Offline; the corpus is generated into
// .bench/corpus/<seed>-<generator hash>/ and reused by later runs with the same seed.
//
// Measures, in one run:
//  - cold start: `node -e 0`, `knebel --version`, `knebel --help` (spawnSync, interleaved, median/p90)
//  - per-stage time of analyzeBytes() (ingest … report), rules loaded once, per page and size,
//    and whether analysis cost is linear in size (100 pages vs 20 pages)
//  - end to end per document by format and size: in-process and through the CLI
//  - batch throughput of analyzeAll() (worker processes) with 1 job and with every core; peak RSS
//  - knebel's end-to-end PDF time against bare pdf-parse extraction (and pdftotext if installed)
//  - OCR seconds per page at 300 dpi against the native tesseract CLI, peak memory, pages/s with
//    1 and 2 jobs (scripts/bench/ocr.mjs)
// and prints tables, writes .bench/results.json and (full runs) the summary into docs/benchmark.md.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');
const BENCH = path.join(ROOT, '.bench');
const SNAPSHOT = path.join(BENCH, 'snapshot');
const DOC_FILE = path.join(ROOT, 'docs', 'benchmark.md');
const BARE = path.join(ROOT, 'scripts', 'bench', 'pdfparse-bare.mjs');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: 'knebel-bench-1' },
    batch: { type: 'string' },
    'cold-runs': { type: 'string' },
    'batch-rounds': { type: 'string' },
    profile: { type: 'boolean', default: false },
    only: { type: 'string' },
    'wait-load': { type: 'string', default: '0' },
    docs: { type: 'boolean' },
    'no-snapshot': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    json: { type: 'string', default: path.join(BENCH, 'results.json') },
    // internal: run one measurement phase in this (child) process
    phase: { type: 'string' },
    input: { type: 'string' },
    output: { type: 'string' },
  },
});

// ---------------------------------------------------------------------------------------------
// child process: one phase

if (args.phase) {
  const phases = await import('./bench/phases.mjs');
  const input = JSON.parse(fs.readFileSync(args.input, 'utf8'));
  const fn = { stages: phases.stagesPhase, batch: phases.batchPhase }[args.phase];
  if (!fn) throw new Error(`unknown phase ${args.phase}`);
  const result = await fn(input);
  fs.writeFileSync(args.output, JSON.stringify(result));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// parent: orchestrate

const { makeSizedSet, makeBatchSet, GENERATOR_HASH, HAVE_DEJAVU, SIZES } = await import('./bench/corpus.mjs');
const { median, p90, sum, ms, ratio, mb, num, textTable, mdTable } = await import('./bench/stats.mjs');
const { STAGES } = await import('./bench/phases.mjs');
const { summariseProfile, formatProfile } = await import('./bench/profile.mjs');
const proctree = await import('./bench/proctree.mjs');

const QUICK = args.quick;
const CORES = os.availableParallelism();
const BATCH = Number(args.batch ?? (QUICK ? 60 : 1000));
const COLD_RUNS = Math.max(10, Number(args['cold-runs'] ?? (QUICK ? 10 : 20)));
const SIZES_RUN = QUICK ? [1, 5, 20] : SIZES;
const ONLY = new Set((args.only ?? 'cold,stages,cli,batch,pdf,ocr').split(',').map((s) => s.trim()));
const WRITE_DOCS = args.docs ?? (!QUICK && !args['no-docs'] && !args.only);
const TMP = path.join(BENCH, 'tmp');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const PDFTOTEXT = (() => {
  const r = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
})();

if (!fs.existsSync(path.join(ROOT, 'dist', 'analyze.js'))) {
  console.error('bench: dist/ is missing: run `npm run build` first (or `npm run bench`, which builds)');
  process.exit(1);
}
fs.mkdirSync(TMP, { recursive: true });

/**
 * Measure a copy of the built package (bin, dist, rules, schema, package.json; node_modules
 * linked) in .bench/snapshot, so that a rebuild in the working tree during a long run can neither
 * change nor break what is measured. --no-snapshot measures the working tree in place.
 */
function makeSnapshot() {
  fs.rmSync(SNAPSHOT, { recursive: true, force: true });
  fs.mkdirSync(SNAPSHOT, { recursive: true });
  for (const entry of ['bin', 'dist', 'rules', 'models', 'schema', 'package.json']) {
    const from = path.join(ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(SNAPSHOT, entry), { recursive: true, preserveTimestamps: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(SNAPSHOT, 'node_modules'), 'dir');
  // the built-in rule cache (if this build has one) is keyed by absolute path: rebuild it for the copy
  const load = pathToFileURL(path.join(SNAPSHOT, 'dist', 'rules', 'load.js')).href;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import * as m from ${JSON.stringify(load)}; import { writeFileSync } from 'node:fs'; if (m.buildRuleCache && m.RULE_CACHE_FILE) writeFileSync(m.RULE_CACHE_FILE, JSON.stringify(m.buildRuleCache()));`], { encoding: 'utf8' });
  const check = spawnSync(process.execPath, [path.join(SNAPSHOT, 'bin', 'knebel.js'), '--version'], { encoding: 'utf8' });
  if (r.status !== 0 || check.status !== 0) throw new Error(`snapshot of the build in ${SNAPSHOT} does not run: ${r.stderr}${check.stderr}`);
  return SNAPSHOT;
}
const PKG = args['no-snapshot'] ? ROOT : makeSnapshot();
const DIST = path.join(PKG, 'dist');
const BIN = path.join(PKG, 'bin', 'knebel.js');

const log = (...a) => console.error(...a);
const now = () => performance.now();
const sleep = (s) => new Promise((r) => setTimeout(r, s * 1000));

async function waitForLoad(maxSeconds) {
  const start = Date.now();
  while (os.loadavg()[0] >= 2 && (Date.now() - start) / 1000 < maxSeconds) {
    log(`  load average ${os.loadavg()[0].toFixed(2)} ≥ 2: waiting (up to ${maxSeconds} s)…`);
    await sleep(15);
  }
}

/** Run one phase in a child process (own heap, own peak RSS); returns its JSON result. */
function runPhase(name, input, nodeArgs = []) {
  const id = `${name}-${process.pid}-${Math.round(Math.random() * 1e9)}`;
  const inFile = path.join(TMP, `${id}.in.json`);
  const outFile = path.join(TMP, `${id}.out.json`);
  fs.writeFileSync(inFile, JSON.stringify(input));
  const r = spawnSync(process.execPath, ['--expose-gc', ...nodeArgs, SELF, '--phase', name, '--input', inFile, '--output', outFile], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`phase ${name} failed (exit ${r.status ?? r.signal})`);
  const result = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  fs.rmSync(inFile, { force: true });
  fs.rmSync(outFile, { force: true });
  return result;
}

/**
 * Run a command; returns wall ms, exit status and peak RSS. With `memory`, the peak RSS is the sum
 * over the whole process tree (worker processes included) sampled every 50 ms from /proc on Linux,
 * else the largest process as /usr/bin/time -v reports it, else NaN.
 */
async function timed(cmd, cmdArgs, { stdoutFile, memory = true } = {}) {
  if (memory && proctree.available) {
    const fd = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
    const start = now();
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
    const sampler = proctree.treeSampler(child.pid, 50);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const status = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
    const wall = now() - start;
    const tree = sampler.stop();
    if (stdoutFile) fs.closeSync(fd);
    return { wall, status, rss: tree.peakRss, cpuMs: tree.cpuMs, stderr };
  }
  const useTime = memory && TIME;
  const [file, argv] = useTime ? [TIME, ['-v', cmd, ...cmdArgs]] : [cmd, cmdArgs];
  const fd = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
  const start = now();
  const r = spawnSync(file, argv, { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const wall = now() - start;
  if (stdoutFile) fs.closeSync(fd);
  const stderr = r.stderr?.toString() ?? '';
  const rss = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]) * 1024 : NaN;
  return { wall, status: r.status, rss, stderr };
}

const repsFor = (firstMs, budgetMs, min, max) => Math.max(min, Math.min(max, Math.ceil(budgetMs / Math.max(firstMs, 1))));

// ---------------------------------------------------------------------------------------------
// corpus

const corpusDir = path.join(BENCH, 'corpus', `${args.seed.replace(/[^\w.-]/g, '_')}-${GENERATOR_HASH}`);
const results = {
  meta: {
    date: new Date().toISOString(),
    quick: QUICK,
    seed: args.seed,
    corpus: path.relative(ROOT, corpusDir),
    generator: GENERATOR_HASH,
    font: HAVE_DEJAVU ? 'DejaVu Sans' : 'Helvetica (DejaVu missing)',
    machine: {
      cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
      cores: CORES,
      ramGB: Math.round(os.totalmem() / 1024 ** 3),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
    },
    knebel: JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8')).version,
    measured: path.relative(ROOT, PKG) || '.',
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || null,
    dirty: (spawnSync('git', ['status', '--porcelain', '--', 'src', 'rules'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || '') !== '',
    loadBefore: null,
    loadAfter: null,
    pdftotext: PDFTOTEXT,
    timeV: TIME,
  },
};

log(`knebel bench${QUICK ? ' (quick)' : ''}: seed ${args.seed}, corpus ${path.relative(ROOT, corpusDir)}`);
const t0 = now();
let made = 0;
const sized = await makeSizedSet(corpusDir, args.seed, SIZES_RUN, () => made++);
const batchDocs = ONLY.has('batch') || ONLY.has('pdf') ? await makeBatchSet(corpusDir, args.seed, BATCH, (i) => {
  if ((i + 1) % 100 === 0) log(`  corpus: ${i + 1}/${BATCH} batch documents`);
}) : [];
log(`  corpus ready in ${ms(now() - t0)} (${sized.length} sized contracts × 3 formats, ${batchDocs.length} batch documents)`);

/** Sized documents, one entry per file. */
const sizedFiles = sized.flatMap((d) => ['txt', 'docx', 'pdf'].map((format) => ({ name: d.name, lang: d.lang, pages: d.pages, chars: d.chars, facts: d.facts, format, path: path.join(d.dir, d.files[format]) })));

if (Number(args['wait-load']) > 0) await waitForLoad(Number(args['wait-load']));
results.meta.date = new Date().toISOString();
results.meta.loadBefore = os.loadavg().map((x) => Number(x.toFixed(2)));
if (results.meta.loadBefore[0] >= 2) log(`  WARNING: load average ${results.meta.loadBefore[0]} ≥ 2 on ${CORES} cores: figures will be inflated (use --wait-load 600)`);

// ---------------------------------------------------------------------------------------------
// 1. cold start

if (ONLY.has('cold')) {
  log('cold start…');
  const cmds = [
    ['node -e 0', ['-e', '0']],
    ['knebel --version', [BIN, '--version']],
    ['knebel --help', [BIN, '--help']],
  ];
  const runs = Object.fromEntries(cmds.map(([name]) => [name, []]));
  for (let round = 0; round <= COLD_RUNS; round++) {
    for (const [name, argv] of cmds) {
      const start = now();
      const r = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: 'ignore' });
      const wall = now() - start;
      if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
      if (round > 0) runs[name].push(wall); // round 0 warms the file cache
    }
  }
  const base = median(runs['node -e 0']);
  results.coldStart = cmds.map(([name]) => ({ command: name, runs: runs[name].length, median: median(runs[name]), p90: p90(runs[name]), vsNode: median(runs[name]) / base }));
}

// ---------------------------------------------------------------------------------------------
// 2. per-stage times and in-process end to end (with bare pdf-parse on the same PDFs)

if (ONLY.has('stages')) {
  log('per-stage times (in-process)…');
  const stage = runPhase('stages', { dist: DIST, docs: sizedFiles, budgetMs: QUICK ? 600 : 5000, minReps: QUICK ? 2 : 3, maxReps: QUICK ? 5 : 15 });
  results.stages = stage;
}

// ---------------------------------------------------------------------------------------------
// 3. end to end through the CLI, one document per process

const helpCheck = spawnSync(process.execPath, [BIN, 'check', '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout ?? '';
const CLI_HAS_JOBS = /--jobs\b/.test(helpCheck);
const CLI_NO_CONFIG = /--no-config\b/.test(helpCheck) ? ['--no-config'] : [];

function checkReport(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

if (ONLY.has('cli')) {
  log('end to end through the CLI…');
  const out = path.join(TMP, 'cli.json');
  results.cli = [];
  for (const d of sizedFiles) {
    const run = () => timed(process.execPath, [BIN, 'check', '--format', 'json', ...CLI_NO_CONFIG, d.path], { stdoutFile: out });
    const runs = [await run()];
    const reps = repsFor(runs[0].wall, QUICK ? 800 : 4000, QUICK ? 1 : 2, 5);
    for (let i = 1; i < reps; i++) runs.push(await run());
    const report = checkReport(out);
    const doc = report?.documents?.[0];
    results.cli.push({
      name: d.name,
      format: d.format,
      lang: d.lang,
      pages: d.pages,
      runs: runs.length,
      wall: median(runs.map((r) => r.wall)),
      rss: Math.max(...runs.map((r) => r.rss)),
      status: runs[0].status,
      ok: doc?.ok ?? false,
    });
    log(`  ${d.name}.${d.format}: ${ms(median(runs.map((r) => r.wall)))} (${runs.length} runs)`);
  }
}

// ---------------------------------------------------------------------------------------------
// 4. batch throughput (worker processes)

if (ONLY.has('batch')) {
  const docs = batchDocs.map((d) => ({ path: d.path, pages: d.pages, facts: d.facts }));
  // rounds alternate the job counts; other processes only ever slow a run down, so the fastest
  // round of each job count is kept (all rounds are in results.json)
  const rounds = Math.max(1, Number(args['batch-rounds'] ?? (QUICK ? 1 : 2)));
  results.batchRounds = [];
  for (let round = 0; round < rounds; round++) {
    for (const jobs of CORES > 1 ? [1, CORES] : [1]) {
      log(`batch: ${docs.length} documents, jobs ${jobs} (round ${round + 1}/${rounds})…`);
      const r = runPhase('batch', { dist: DIST, docs, jobs });
      log(`  ${ms(r.wall)}, ${num(r.docsPerSec)} docs/s, CPU ${(r.utilisation * 100).toFixed(0)} % of ${jobs}, other processes ${num(r.otherCores, 2)} cores`);
      results.batchRounds.push({ round, ...r });
    }
  }
  results.batch = [...new Set(results.batchRounds.map((r) => r.jobs))].map((jobs) => results.batchRounds.filter((r) => r.jobs === jobs).reduce((a, b) => (b.wall < a.wall ? b : a)));
}

// ---------------------------------------------------------------------------------------------
// 5. PDFs: knebel check against bare pdf-parse (whole processes) and pdftotext

if (ONLY.has('pdf')) {
  log('PDF: knebel check vs bare pdf-parse…');
  const sets = [
    ['sized PDFs', sizedFiles.filter((d) => d.format === 'pdf')],
    ['batch PDFs', batchDocs.filter((d) => d.format === 'pdf').map((d) => ({ ...d, path: d.path }))],
  ].filter(([, files]) => files.length > 0);
  results.pdf = [];
  const reps = QUICK ? 1 : 3;
  for (const [label, files] of sets) {
    const list = path.join(TMP, `${label.replace(/\W+/g, '-')}.list`);
    fs.writeFileSync(list, `${files.map((f) => f.path).join('\n')}\n`);
    const checkArgs = (extra = []) => [BIN, 'check', '--format', 'json', ...CLI_NO_CONFIG, ...extra, ...files.map((f) => f.path)];
    const check = [];
    const checkOne = [];
    const bare = [];
    const bareInner = [];
    for (let i = 0; i < reps; i++) {
      const out = path.join(TMP, 'pdf-check.json');
      const c = await timed(process.execPath, checkArgs(), { stdoutFile: out });
      const report = checkReport(out);
      c.failed = report ? report.documents.filter((d) => !d.ok).length : files.length;
      check.push(c);
      if (CLI_HAS_JOBS) checkOne.push(await timed(process.execPath, checkArgs(['--jobs', '1']), { stdoutFile: out }));
      const bareOut = path.join(TMP, 'pdf-bare.json');
      bare.push(await timed(process.execPath, [BARE, list], { stdoutFile: bareOut }));
      bareInner.push(JSON.parse(fs.readFileSync(bareOut, 'utf8')).extractMs);
    }
    let pdftotext = null;
    if (PDFTOTEXT) {
      const walls = [];
      for (let i = 0; i < reps; i++) {
        walls.push(sum(files.map((f) => {
          const start = now();
          spawnSync(PDFTOTEXT, ['-q', '-enc', 'UTF-8', f.path, '-'], { stdio: 'ignore' });
          return now() - start;
        })));
      }
      pdftotext = median(walls);
    }
    const entry = {
      set: label,
      files: files.length,
      pages: sum(files.map((f) => f.pages)),
      runs: reps,
      check: median(check.map((r) => r.wall)),
      checkRss: Math.max(...check.map((r) => r.rss)),
      checkFailed: check[0].failed,
      checkJobs1: checkOne.length ? median(checkOne.map((r) => r.wall)) : null,
      bare: median(bare.map((r) => r.wall)),
      bareExtractOnly: median(bareInner),
      bareRss: Math.max(...bare.map((r) => r.rss)),
      pdftotext,
    };
    entry.ratio = entry.check / entry.bare;
    entry.ratioJobs1 = entry.checkJobs1 ? entry.checkJobs1 / entry.bare : null;
    entry.vsPdftotext = pdftotext ? entry.check / pdftotext : null;
    results.pdf.push(entry);
    log(`  ${label}: check ${ms(entry.check)}, bare pdf-parse ${ms(entry.bare)} → ${ratio(entry.ratio)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 6. optional CPU profiles of the workloads behind the targets

if (args.profile) {
  log('CPU profiles…');
  const dir = path.join(BENCH, 'profiles');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const newest = () => fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  const prof = ['--cpu-prof', '--cpu-prof-dir', dir];
  results.profiles = [];
  const rename = (label) => {
    const file = newest();
    const target = path.join(dir, `${label}.cpuprofile`);
    fs.renameSync(file, target);
    const summary = summariseProfile(target, 15);
    results.profiles.push({ label, ...summary, file: path.relative(ROOT, target) });
    log(formatProfile({ ...summary, file: label }));
  };
  const big = Math.max(...SIZES_RUN);
  for (const lang of ['de', 'en']) {
    const docs = sizedFiles.filter((d) => d.lang === lang && d.format === 'txt' && (d.pages === 20 || d.pages === big));
    runPhase('stages', { dist: DIST, docs, budgetMs: 0, minReps: 1, maxReps: 1 }, prof);
    rename(`analysis-${lang}-txt`);
  }
  const { ruleCosts, formatRuleCosts } = await import('./bench/rule-costs.mjs');
  results.ruleCosts = [];
  for (const lang of ['de', 'en']) {
    const doc = sizedFiles.find((d) => d.lang === lang && d.format === 'txt' && d.pages === 20) ?? sizedFiles.find((d) => d.lang === lang && d.format === 'txt');
    const costs = await ruleCosts(doc.path, 8, DIST);
    costs.file = path.relative(ROOT, costs.file);
    results.ruleCosts.push(costs);
    log(formatRuleCosts(costs));
  }
  const pdfs = sizedFiles.filter((d) => d.format === 'pdf' && d.pages <= 20);
  spawnSync(process.execPath, [...prof, BIN, 'check', '--format', 'json', ...CLI_NO_CONFIG, ...pdfs.map((d) => d.path)], { cwd: ROOT, stdio: 'ignore' });
  rename('cli-check-pdfs');
  spawnSync(process.execPath, [...prof, BIN, '--help'], { cwd: ROOT, stdio: 'ignore' });
  rename('cli-help');
}

if (ONLY.has('ocr')) {
  const { benchOcr } = await import('./bench/ocr.mjs');
  results.ocr = await benchOcr({ root: ROOT, dist: DIST, bin: BIN, tmp: TMP, rounds: QUICK ? 1 : 2, log });
}

results.meta.loadAfter = os.loadavg().map((x) => Number(x.toFixed(2)));
results.meta.cliHasJobs = CLI_HAS_JOBS;

// ---------------------------------------------------------------------------------------------
// summary: targets and tables

const byKey = (list, pred) => list.filter(pred);
const targets = [];
const target = (name, goal, measured, met, note = '') => targets.push({ name, goal, measured, met, note });
/** Quick runs use 60 small documents and few PDFs: start-up dominates, so batch and PDF figures only indicate. */
const quickNote = (goal) => (QUICK ? `${goal} (quick run: indicative only)` : goal);
if (results.ocr && Number.isFinite(results.ocr.ratio)) target('OCR time per page ÷ native tesseract CLI (300 dpi)', '≤ 2×', ratio(results.ocr.ratio), results.ocr.ratio <= 2);

if (results.coldStart) {
  for (const c of results.coldStart.slice(1)) target(`cold start \`${c.command}\``, '≤ 1.5× `node -e 0`', `${ratio(c.vsNode)} (${ms(c.median)} vs ${ms(results.coldStart[0].median)})`, c.vsNode <= 1.5);
}
if (results.stages) {
  const rs = results.stages.results;
  const twenty = byKey(rs, (r) => r.pages === 20);
  if (twenty.length) {
    const worst = twenty.reduce((a, b) => (b.afterIngest > a.afterIngest ? b : a));
    const warm = twenty.every((r) => r.afterIngestWarm !== undefined) ? `; back to back without forced GC: median ${ms(median(twenty.map((r) => r.afterIngestWarm)))}, worst ${ms(Math.max(...twenty.map((r) => r.afterIngestWarm)))}` : '';
    target('analysis after ingestion, 20-page contract', '< 20 ms', `median ${ms(median(twenty.map((r) => r.afterIngest)))}, worst ${ms(worst.afterIngest)} (${worst.lang} ${worst.format}), each run after a forced GC${warm}`, twenty.every((r) => r.afterIngest < 20));
  }
  const sizes = [...new Set(rs.map((r) => r.pages))].sort((a, b) => a - b);
  const [small, large] = sizes.includes(100) && sizes.includes(20) ? [20, 100] : sizes.slice(-2);
  if (small && large) {
    const ratios = [];
    for (const lang of ['de', 'en']) {
      for (const format of ['txt', 'docx', 'pdf']) {
        const a = rs.find((r) => r.pages === small && r.lang === lang && r.format === format);
        const b = rs.find((r) => r.pages === large && r.lang === lang && r.format === format);
        if (a && b) ratios.push({ lang, format, ratio: b.afterIngest / a.afterIngest });
      }
    }
    results.linearity = { small, large, expected: large / small, ratios };
    const worst = ratios.reduce((x, y) => (y.ratio > x.ratio ? y : x));
    target(`cost linear in size (${large} vs ${small} pages)`, `≈ ${large / small}× (≤ ${(large / small * 1.2).toFixed(1)}×)`, `median ${ratio(median(ratios.map((r) => r.ratio)))}, worst ${ratio(worst.ratio)} (${worst.lang} ${worst.format})`, ratios.every((r) => r.ratio <= (large / small) * 1.2));
  }
}
if (results.pdf) {
  for (const p of results.pdf) target(`\`knebel check\` over ${p.set} vs bare pdf-parse (one process each)`, quickNote('≤ 1.25×'), `${ratio(p.ratio)} (${ms(p.check)} vs ${ms(p.bare)}, ${p.files} files, ${p.pages} pages)`, p.ratio <= 1.25);
}
if (results.batch) {
  const one = results.batch.find((b) => b.jobs === 1);
  const all = results.batch.find((b) => b.jobs === CORES && CORES > 1);
  if (one && all) {
    results.speedup = one.wall / all.wall;
    target(`batch speed-up 1 → ${CORES} cores (analyzeAll)`, quickNote('≥ 1.8×'), `${ratio(results.speedup)} (${num(one.docsPerSec)} → ${num(all.docsPerSec)} docs/s)`, results.speedup >= 1.8);
    target('batch uses every core', 'CPU ≈ 100 % of all cores', `${(all.utilisation * 100).toFixed(0)} % of ${CORES} cores`, all.utilisation >= 0.85);
  }
  for (const b of results.batch) {
    const growth = b.rss.at100 / b.rss.at25;
    target(`peak memory flat over the batch (jobs ${b.jobs})`, 'RSS at end ≤ 1.2× RSS at 25 %', `${mb(b.rss.at25)} → ${mb(b.rss.at100)} (${ratio(growth)}), peak ${mb(b.maxRSS)}`, growth <= 1.2);
  }
  target('`knebel check --jobs N` (worker pool)', 'option exists, default = cores', CLI_HAS_JOBS ? 'present' : 'not in `knebel check --help`', CLI_HAS_JOBS);
}
results.targets = targets;

// tables (rows of strings) shared by the console and docs/benchmark.md
const tables = {};
if (results.coldStart) {
  tables.cold = [['command', 'median', 'p90', '× node'], ...results.coldStart.map((c) => [c.command, ms(c.median), ms(c.p90), ratio(c.vsNode)])];
}
if (results.stages) {
  const rs = results.stages.results;
  const rows = [['lang', 'pages', 'ingest txt', 'ingest docx', 'ingest pdf', ...STAGES.slice(1), 'other', 'after ingest']];
  for (const lang of ['de', 'en']) {
    for (const pages of SIZES_RUN) {
      const group = rs.filter((r) => r.lang === lang && r.pages === pages);
      if (!group.length) continue;
      const per = (v) => num(v / pages, v / pages < 1 ? 3 : 2);
      const ing = (f) => per(group.find((r) => r.format === f)?.stages.ingest ?? NaN);
      rows.push([lang, String(pages), ing('txt'), ing('docx'), ing('pdf'), ...STAGES.slice(1).map((s) => per(median(group.map((r) => r.stages[s])))), per(median(group.map((r) => r.unattributed))), per(median(group.map((r) => r.afterIngest)))]);
    }
  }
  tables.stages = rows;
  tables.firstUse = [['lang', 'document', 'first in process', 'rules stage', 'warm', 'rules stage'],
    ...results.stages.firstUse.map((f) => [f.lang, `${f.name}.txt`, ms(f.first), ms(f.firstRules), ms(f.warm), ms(f.warmRules)])];
  const e2e = [['lang', 'pages', 'txt', 'docx', 'pdf', 'pdf (CPU)', 'bare pdf-parse', 'pdf ÷ bare', 'CLI txt', 'CLI docx', 'CLI pdf', 'CLI peak RSS']];
  for (const lang of ['de', 'en']) {
    for (const pages of SIZES_RUN) {
      const get = (f) => rs.find((r) => r.lang === lang && r.pages === pages && r.format === f);
      const cli = (f) => results.cli?.find((r) => r.lang === lang && r.pages === pages && r.format === f);
      if (!get('txt')) continue;
      const pdf = get('pdf');
      e2e.push([lang, String(pages), ms(get('txt').wall), ms(get('docx').wall), ms(pdf.wall), ms(pdf.cpu), ms(pdf.bare?.wall), ratio(pdf.wall / pdf.bare?.wall), ms(cli('txt')?.wall), ms(cli('docx')?.wall), ms(cli('pdf')?.wall), mb(Math.max(...['txt', 'docx', 'pdf'].map((f) => cli(f)?.rss ?? NaN)))]);
    }
  }
  tables.e2e = e2e;
}
if (results.batch) {
  const one = results.batch.find((b) => b.jobs === 1);
  tables.batch = [['jobs', 'docs', 'pages', 'wall', 'docs/s', 'pages/s', 'speed-up', 'CPU use', 'CPU/doc', 'other load', 'RSS @25 %', 'RSS @100 %', 'peak RSS', 'reports held', 'failed', 'wrong facts'],
    ...results.batch.map((b) => [String(b.jobs), String(b.documents), String(b.pages), ms(b.wall), num(b.docsPerSec), num(b.pagesPerSec), ratio(one.wall / b.wall), `${(b.utilisation * 100).toFixed(0)} %`, ms(b.cpuPerDoc), Number.isFinite(b.otherCores) ? `${num(Math.max(0, b.otherCores), 2)} cores` : '–', mb(b.rss.at25), mb(b.rss.at100), mb(b.maxRSS), `${num(b.reportJsonBytes / 1048576)} MB`, String(b.failed), String(b.wrongFacts)])];
}
if (results.pdf) {
  tables.pdf = [['set', 'files', 'pages', 'knebel check', ...(CLI_HAS_JOBS ? ['check --jobs 1'] : []), 'bare pdf-parse', '(extraction only)', 'ratio', 'pdftotext', 'check ÷ pdftotext', 'RSS check / bare'],
    ...results.pdf.map((p) => [p.set, String(p.files), String(p.pages), ms(p.check), ...(CLI_HAS_JOBS ? [ms(p.checkJobs1)] : []), ms(p.bare), ms(p.bareExtractOnly), ratio(p.ratio), ms(p.pdftotext ?? NaN), ratio(p.vsPdftotext ?? NaN), `${mb(p.checkRss)} / ${mb(p.bareRss)}`])];
}
if (results.ocr) tables.ocr = (await import('./bench/ocr.mjs')).ocrTable(results.ocr, { ms, mb, num, ratio });
tables.targets = [['target', 'goal', 'measured', 'met'], ...targets.map((t) => [t.name, t.goal, t.measured, t.met ? 'yes' : '**no**'])];

const m = results.meta;
const machineLine = `${m.machine.cpu}, ${m.machine.cores} cores, ${m.machine.ramGB} GB RAM, ${m.machine.os}, Node ${m.machine.node}`;
const headerLines = [
  `Taken ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${machineLine}.`,
  `knebel ${m.knebel} (commit ${m.commit}${m.dirty ? ', uncommitted changes in src/ or rules/' : ''}), seed \`${m.seed}\`, font ${m.font}${QUICK ? ', **quick run**' : ''}; load average ${m.loadBefore?.[0]} before, ${m.loadAfter?.[0]} after.`,
];

// console
const section = (title, rows, note) => `\n${title}\n${textTable(rows.map((r) => r.map((c) => String(c).replace(/\*\*/g, '').replace(/`/g, ''))))}${note ? `\n${note}` : ''}`;
let out = headerLines.map((l) => l.replace(/\*\*/g, '').replace(/`/g, '')).join('\n');
if (tables.cold) out += section('Cold start (spawnSync, ms)', tables.cold);
if (tables.stages) out += section('Per-stage time per page (ms/page; median over txt/docx/pdf except ingest)', tables.stages);
if (tables.firstUse) out += section('First document of a language in a fresh process (RegExp compilation) vs warm', tables.firstUse);
if (tables.e2e) out += section('End to end per document (median; in-process unless "CLI")', tables.e2e);
if (tables.batch) out += section('Batch (analyzeAll, worker pool)', tables.batch);
if (tables.pdf) out += section('PDF: whole process, knebel check vs bare pdf-parse', tables.pdf);
if (tables.ocr) out += section('OCR at 300 dpi (scan twin of the German gym contract)', tables.ocr);
out += section('Targets', tables.targets);
console.log(out);

fs.mkdirSync(path.dirname(args.json), { recursive: true });
fs.writeFileSync(args.json, `${JSON.stringify({ ...results, tables }, null, 1)}\n`);
log(`\nwrote ${path.relative(ROOT, args.json)}`);

// docs/benchmark.md: the generated part between the markers
if (WRITE_DOCS) {
  const BEGIN = '<!-- bench:begin (generated by scripts/bench.mjs; do not edit) -->';
  const END = '<!-- bench:end -->';
  const md = [
    BEGIN,
    '',
    ...headerLines,
    '',
    '### Targets',
    '',
    mdTable(tables.targets),
    ...(tables.cold ? ['', '### Cold start', '', `${COLD_RUNS} runs each, interleaved, after one warm-up round.`, '', mdTable(tables.cold)] : []),
    ...(tables.stages ? ['', '### Per-stage time per page', '', 'Milliseconds per page, median of repeated in-process runs of `analyzeBytes()` with the rules preloaded; stages after ingest are the median over the TXT, DOCX and PDF forms of the same contract. "other" is time inside `analyzeBytes()` outside the timed stages (language and garbled-text checks).', '', mdTable(tables.stages)] : []),
    ...(tables.firstUse ? ['', '### First document in a process', '', 'The first analysis of a language in a fresh process against the same document analysed warm: the difference is mostly V8 compiling that language\'s rule and fact regular expressions on first use, which every CLI process and every pool worker pays once.', '', mdTable(tables.firstUse)] : []),
    ...(tables.e2e ? ['', '### End to end per document', '', 'In-process `analyzeBytes()` (rules preloaded, parsers warm) and bare `new PDFParse({data}).getText()` on the same bytes, run alternately; "CLI" is one `node bin/knebel.js check --format json FILE` process per document, cold start included.', '', mdTable(tables.e2e)] : []),
    ...(tables.batch ? ['', '### Batch throughput', '', `\`analyzeAll()\` over ${BATCH} small mixed documents (1–3 pages; TXT, DOCX, PDF; German and English), file paths in, each run in its own process; job counts alternate over ${results.batchRounds.length / results.batch.length} round(s) and the fastest run of each is shown. CPU use = CPU time of the process tree (threads and worker processes) ÷ (wall × jobs); "other load" = cores the rest of the machine kept busy meanwhile (/proc/stat), which is CPU our workers could not have; "reports held" = JSON size of the reports \`analyzeAll\` keeps until the batch ends. RSS sampled every 100 ms.`, '', mdTable(tables.batch)] : []),
    ...(tables.pdf ? ['', '### PDF: knebel against bare extraction', '', 'Whole processes, wall clock: `node bin/knebel.js check --format json FILES…` against `node scripts/bench/pdfparse-bare.mjs` (imports only pdf-parse, extracts the same files in one process); pdftotext is one process per file. Peak RSS is the sum over the process tree (worker processes included), sampled every 50 ms.', '', mdTable(tables.pdf)] : []),
    ...(tables.ocr ? ['', '### OCR', '', 'Pages of `fixtures/scans/de/fitnessstudio-knebel-scan.pdf` rendered at 300 dpi; the built-in engine (tesseract.js) and the native `tesseract` CLI (one thread, `-l deu`) read the same grayscale images; CPU and peak RSS of the whole process tree. Batch: `knebel check --jobs N` over two 2-page scan twins (scripts/bench/ocr.mjs).', '', mdTable(tables.ocr)] : []),
    '',
    END,
  ].join('\n');
  let doc = fs.existsSync(DOC_FILE) ? fs.readFileSync(DOC_FILE, 'utf8') : '# Benchmark\n\nSee scripts/bench.mjs.\n\n## Latest figures\n\n';
  const a = doc.indexOf('<!-- bench:begin');
  const b = doc.indexOf(END);
  doc = a >= 0 && b > a ? doc.slice(0, a) + md + doc.slice(b + END.length) : `${doc.trimEnd()}\n\n${md}\n`;
  fs.writeFileSync(DOC_FILE, doc);
  log(`wrote ${path.relative(ROOT, DOC_FILE)}`);
}
