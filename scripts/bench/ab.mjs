#!/usr/bin/env node
// A/B of the analysis after ingestion between two commits, on this machine, back to back:
//
//   node scripts/bench/ab.mjs --base REF [--head REF] [--rounds N] [--pages P] [--seed S] [--json FILE]
//
// Each REF other than "." (the working tree's own build, the default head) is exported with
// `git archive` into .bench/ab/<commit>/, linked to this tree's node_modules and built once
// (`npm run build`; reused by later runs). Both sides then measure the same generated P-page
// contracts (German and English; TXT, DOCX and PDF) with the bench's own stages phase, each
// round in a fresh child process, the sides alternating A B, B A, … so that a change in machine
// load hits both alike. Per round: the median over the documents of the after-ingestion wall time
// (forced GC before each run: the figure of the performance target) and of the CPU time of the
// TXT analyses (process.cpuUsage; ingestion of a text file is negligible), which is less sensitive
// to other processes on a shared machine. Prints the medians over the rounds and their ratio;
// the load average is recorded before and after. Needs git; offline.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..', '..');
const BENCH = path.join(ROOT, '.bench');

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string', default: '.' },
    rounds: { type: 'string', default: '6' },
    pages: { type: 'string', default: '20' },
    seed: { type: 'string', default: 'knebel-bench-1' },
    json: { type: 'string' },
    // internal: one measurement round in this (child) process
    phase: { type: 'boolean', default: false },
    input: { type: 'string' },
    output: { type: 'string' },
  },
});

if (args.phase) {
  const { stagesPhase } = await import('./phases.mjs');
  const input = JSON.parse(fs.readFileSync(args.input, 'utf8'));
  fs.writeFileSync(args.output, JSON.stringify(await stagesPhase(input)));
  process.exit(0);
}

const log = (...a) => console.error(...a);
const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });

if (!args.base) {
  log('usage: node scripts/bench/ab.mjs --base REF [--head REF|.] [--rounds N] [--pages P] [--seed S] [--json FILE]');
  process.exit(2);
}

/** The built package of a commit (or of the working tree for "."): its dist directory. */
function buildOf(ref) {
  if (ref === '.') {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'analyze.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    return { label: `working tree (${git('rev-parse', '--short', 'HEAD').stdout.trim()})`, dist: path.join(ROOT, 'dist') };
  }
  const sha = git('rev-parse', '--short', `${ref}^{commit}`).stdout.trim();
  if (!sha) throw new Error(`unknown commit ${ref}`);
  const dir = path.join(BENCH, 'ab', sha);
  if (!fs.existsSync(path.join(dir, 'dist', 'analyze.js'))) {
    log(`building ${sha} in ${path.relative(ROOT, dir)}…`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const tar = spawnSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: ROOT, stdio: 'inherit' });
    if (tar.status !== 0) throw new Error(`git archive ${sha} failed`);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const build = spawnSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error(`npm run build failed for ${sha}`);
  }
  return { label: sha, dist: path.join(dir, 'dist') };
}

const { makeSizedSet, GENERATOR_HASH } = await import('./corpus.mjs');
const { median } = await import('./stats.mjs');

const pages = Number(args.pages);
const rounds = Math.max(1, Number(args.rounds));
const sides = [buildOf(args.base), buildOf(args.head)];
const corpusDir = path.join(BENCH, 'corpus', `${args.seed.replace(/[^\w.-]/g, '_')}-${GENERATOR_HASH}`);
const sized = await makeSizedSet(corpusDir, args.seed, [pages]);
const docs = sized.flatMap((d) => ['txt', 'docx', 'pdf'].map((format) => ({ name: d.name, lang: d.lang, pages: d.pages, chars: d.chars, facts: d.facts, format, path: path.join(d.dir, d.files[format]) })));
const tmp = path.join(BENCH, 'tmp');
fs.mkdirSync(tmp, { recursive: true });

function round(side) {
  const id = `ab-${process.pid}-${Math.round(Math.random() * 1e9)}`;
  const inFile = path.join(tmp, `${id}.in.json`);
  const outFile = path.join(tmp, `${id}.out.json`);
  fs.writeFileSync(inFile, JSON.stringify({ dist: side.dist, docs, budgetMs: 0, minReps: 5, maxReps: 5 }));
  const r = spawnSync(process.execPath, ['--expose-gc', SELF, '--phase', '--input', inFile, '--output', outFile], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`round of ${side.label} failed (exit ${r.status ?? r.signal})`);
  const { results } = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  fs.rmSync(inFile, { force: true });
  fs.rmSync(outFile, { force: true });
  return {
    afterIngest: median(results.map((x) => x.afterIngest)),
    afterIngestWarm: median(results.map((x) => x.afterIngestWarm)),
    cpuTxt: median(results.filter((x) => x.format === 'txt').map((x) => x.cpu)),
    findings: results.map((x) => x.findings),
  };
}

const loadBefore = os.loadavg().map((x) => Number(x.toFixed(2)));
const runs = sides.map(() => []);
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? [0, 1] : [1, 0];
  for (const s of order) {
    const r = round(sides[s]);
    runs[s].push(r);
    log(`  round ${i + 1}/${rounds} ${sides[s].label}: after ingestion ${r.afterIngest.toFixed(1)} ms (forced GC), ${r.afterIngestWarm.toFixed(1)} ms back to back, CPU txt ${r.cpuTxt.toFixed(1)} ms; load ${os.loadavg()[0].toFixed(2)}`);
  }
}
const loadAfter = os.loadavg().map((x) => Number(x.toFixed(2)));
const summary = sides.map((side, s) => ({
  side: side.label,
  rounds: runs[s].length,
  afterIngest: median(runs[s].map((r) => r.afterIngest)),
  afterIngestWarm: median(runs[s].map((r) => r.afterIngestWarm)),
  cpuTxt: median(runs[s].map((r) => r.cpuTxt)),
}));
const [a, b] = summary;
const pct = (x, y) => `${x >= y ? '+' : ''}${(((x - y) / y) * 100).toFixed(1)} %`;
console.log(`A/B, ${pages}-page contracts (de/en × txt/docx/pdf), ${rounds} rounds per side, interleaved; load average ${loadBefore[0]} before, ${loadAfter[0]} after (${os.availableParallelism()} cores)`);
for (const x of summary) console.log(`  ${x.side.padEnd(28)} after ingestion ${x.afterIngest.toFixed(1)} ms (forced GC), ${x.afterIngestWarm.toFixed(1)} ms back to back, CPU per txt analysis ${x.cpuTxt.toFixed(1)} ms`);
console.log(`  B vs A: after ingestion ${pct(b.afterIngest, a.afterIngest)}, back to back ${pct(b.afterIngestWarm, a.afterIngestWarm)}, CPU ${pct(b.cpuTxt, a.cpuTxt)}`);
if (args.json) fs.writeFileSync(args.json, `${JSON.stringify({ date: new Date().toISOString(), pages, loadBefore, loadAfter, summary, runs: runs.map((r, s) => ({ side: sides[s].label, rounds: r })) }, null, 1)}\n`);
