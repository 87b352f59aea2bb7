// Measurements that run inside a child process of scripts/bench.mjs (one process per phase, so
// each phase's peak RSS is its own). Each takes a plain JSON input and returns a JSON result.

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as proctree from './proctree.mjs';
import { median } from './stats.mjs';

export const STAGES = ['ingest', 'normalize', 'segment', 'extract', 'rules', 'score', 'report'];
const FACT_KEYS = ['minimumTerm', 'autoRenewal', 'renewalTerm', 'noticePeriod', 'noMinimumTerm'];

const gc = () => globalThis.gc?.();

/** Keys of the known facts that the report got wrong. */
export function factMismatches(known, reported) {
  return FACT_KEYS.filter((k) => k in known && reported?.[k] !== known[k]);
}

/** How many runs fit a time budget, given the first run's time. */
const repsFor = (firstMs, budgetMs, min, max) => Math.max(min, Math.min(max, Math.ceil(budgetMs / Math.max(firstMs, 0.01))));

/**
 * Per-stage times of analyzeBytes (rules loaded once) for each document, and for PDFs the bare
 * pdf-parse extraction of the same bytes, run alternately so both see the same machine load.
 */
export async function stagesPhase({ dist, docs, budgetMs = 2000, minReps = 3, maxReps = 15 }) {
  const { analyzeBytes } = await import(join(dist, 'analyze.js'));
  const { loadRules } = await import(join(dist, 'rules', 'load.js'));
  const { PDFParse } = await import('pdf-parse');
  const t0 = performance.now();
  const rules = loadRules();
  const loadRulesMs = performance.now() - t0;

  const knebel = async (bytes, source, collect = true) => {
    if (collect) gc();
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    // KNEBEL_BENCH_NO_MODEL=1: rules only, the figure before the statistical second opinion
    const analysis = await analyzeBytes(bytes, source, { rules, ...(process.env.KNEBEL_BENCH_NO_MODEL ? { model: false } : {}) });
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    // CPU time of the process over the run: less sensitive than wall time to other load on the machine
    return { wall, cpu: (cpu.user + cpu.system) / 1000, timings: analysis.timings, report: analysis.report };
  };
  const bare = async (bytes) => {
    gc();
    const start = performance.now();
    const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
    try {
      const result = await parser.getText({ pageJoiner: '' });
      return { wall: performance.now() - start, chars: result.text.length };
    } finally {
      await parser.destroy();
    }
  };

  // warm-up: load the parsers (pdf-parse, mammoth) and let the JIT see every code path once.
  // The first document of each language in this process also pays for compiling that language's
  // regular expressions (V8 compiles a RegExp on first use): recorded as firstUse.
  const smallest = [...docs].sort((a, b) => a.pages - b.pages);
  const firstUse = [];
  for (const format of ['txt', 'docx', 'pdf']) {
    for (const lang of ['de', 'en']) {
      const d = smallest.find((x) => x.format === format && x.lang === lang);
      if (!d) continue;
      const bytes = readFileSync(d.path);
      const warm = [];
      for (let i = 0; i < 3; i++) warm.push(await knebel(bytes, d.path));
      if (format === 'txt') firstUse.push({ lang, name: d.name, pages: d.pages, first: warm[0].wall, firstRules: warm[0].timings.rules, warm: warm[2].wall, warmRules: warm[2].timings.rules });
      if (format === 'pdf') for (let i = 0; i < 2; i++) await bare(bytes);
    }
  }

  const results = [];
  for (const d of docs) {
    const bytes = readFileSync(d.path);
    const runs = [await knebel(bytes, d.path)];
    const bareRuns = d.format === 'pdf' ? [await bare(bytes)] : [];
    const reps = repsFor(runs[0].wall + (bareRuns[0]?.wall ?? 0), budgetMs, minReps, maxReps);
    for (let i = 1; i < reps; i++) {
      runs.push(await knebel(bytes, d.path));
      if (d.format === 'pdf') bareRuns.push(await bare(bytes));
    }
    // the same document again, back to back without forced GCs or interleaved pdf-parse runs: the
    // steady state of a worker analysing one document after another (a forced full GC before a
    // run makes it slower by several ms: compiled code and fresh heap pages warm up again)
    const warmRuns = [];
    for (let i = 0; i < reps; i++) warmRuns.push(await knebel(bytes, d.path, false));
    const report = runs[0].report;
    const stages = Object.fromEntries(STAGES.map((s) => [s, median(runs.map((r) => r.timings[s]))]));
    results.push({
      name: d.name,
      path: d.path,
      format: d.format,
      lang: d.lang,
      pages: d.pages,
      chars: d.chars,
      runs: runs.length,
      wall: median(runs.map((r) => r.wall)),
      cpu: median(runs.map((r) => r.cpu)),
      afterIngest: median(runs.map((r) => r.wall - r.timings.ingest)),
      afterIngestWarm: median(warmRuns.map((r) => r.wall - r.timings.ingest)),
      stages,
      // time inside analyzeBytes not attributed to a stage (language and garbled-text checks)
      unattributed: median(runs.map((r) => r.wall - STAGES.reduce((n, s) => n + r.timings[s], 0))),
      bare: bareRuns.length ? { runs: bareRuns.length, wall: median(bareRuns.map((r) => r.wall)), chars: bareRuns[0].chars } : null,
      reportPages: report.pages,
      findings: report.findings.length,
      score: report.score,
      factMismatches: factMismatches(d.facts, report.facts),
    });
    process.stderr.write(`  ${d.name}.${d.format}: ${runs.length} runs, ${runs[0].wall.toFixed(0)} ms first\n`);
  }
  return { loadRulesMs, firstUse, results, maxRSS: process.resourceUsage().maxRSS * 1024 };
}

/**
 * Throughput of analyzeAll (worker processes) over file paths, with RSS sampled every 100 ms against
 * the number of documents done, and the CPU time of the whole process (all threads).
 */
/** Busy and total CPU ticks of the whole machine (Linux /proc/stat), to see what other processes took. */
function machineTicks() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

export async function batchPhase({ dist, docs, jobs }) {
  const { analyzeAll } = await import(join(dist, 'runner', 'pool.js'));
  const ticks0 = machineTicks();
  const byPath = new Map(docs.map((d) => [d.path, d]));
  let done = 0;
  const samples = [];
  // this process and its worker threads, plus worker processes if the pool forks (Linux /proc)
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let ended = false; // the sample taken when stopping comes after the workers were shut down
  const sampler = proctree.available ? proctree.treeSampler(process.pid, 100, (rss) => ended || samples.push({ done, rss, t: performance.now() - start })) : null;
  const timer = sampler ? null : setInterval(() => samples.push({ done, rss: process.memoryUsage.rss(), t: performance.now() - start }), 100);
  const reports = await analyzeAll(docs.map((d) => d.path), { jobs, onDocument: () => done++ });
  const wall = performance.now() - start;
  ended = true;
  const treeStats = sampler?.stop();
  if (timer) clearInterval(timer);
  const cpu = process.cpuUsage(cpu0);
  const ticks1 = machineTicks();
  const cpuMs = treeStats ? treeStats.cpuMs : (cpu.user + cpu.system) / 1000;
  // cores' worth of CPU the whole machine was busy with during the batch, and how much of it was not us
  const machineBusyCores = ticks0 && ticks1 ? ((ticks1.busy - ticks0.busy) / (ticks1.total - ticks0.total)) * availableParallelism() : NaN;
  const failed = reports.filter((r) => !r.ok);
  const wrongFacts = reports.filter((r) => r.ok && factMismatches(byPath.get(r.source).facts, r.facts).length > 0);
  const pages = docs.reduce((n, d) => n + d.pages, 0);
  // RSS once a quarter of the documents is done, and at the end: a flat profile keeps them close
  const at = (fraction) => samples.find((s) => s.done >= Math.ceil(docs.length * fraction))?.rss ?? NaN;
  return {
    jobs: jobs ?? availableParallelism(),
    documents: docs.length,
    pages,
    wall,
    docsPerSec: docs.length / (wall / 1000),
    pagesPerSec: pages / (wall / 1000),
    cpuMs,
    cpuPerDoc: cpuMs / docs.length,
    utilisation: cpuMs / wall / (jobs ?? availableParallelism()),
    machineBusyCores,
    otherCores: machineBusyCores - cpuMs / wall,
    // the main thread keeps every report until the batch ends (analyzeAll returns them all)
    reportJsonBytes: reports.reduce((n, r) => n + JSON.stringify(r).length, 0),
    failed: failed.length,
    failures: failed.slice(0, 5).map((r) => `${r.source}: ${r.error.code} ${r.error.message}`),
    wrongFacts: wrongFacts.length,
    // RSS of the whole tree at the last sample before the workers were shut down
    rss: { at10: at(0.1), at25: at(0.25), at50: at(0.5), at100: samples[samples.length - 1]?.rss ?? NaN, max: Math.max(...samples.map((s) => s.rss)) },
    rssCurve: samples.filter((_, i) => i % Math.max(1, Math.floor(samples.length / 40)) === 0).map((s) => [s.done, Math.round(s.rss / 1048576)]),
    processes: treeStats?.processes ?? 1,
    maxRSS: treeStats ? treeStats.peakRss : process.resourceUsage().maxRSS * 1024,
  };
}
