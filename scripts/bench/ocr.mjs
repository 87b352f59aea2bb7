// OCR part of `npm run bench` (also `node scripts/bench/ocr.mjs` alone): seconds per page at
// 300 dpi for knebel's built-in engine (tesseract.js, WebAssembly) next to the native tesseract
// CLI on the same rendered pages when it is installed, peak memory, and pages per second through
// the CLI with 1 and 2 jobs. Child modes of this file do the rendering and the in-process runs.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as proctree from './proctree.mjs';

const SELF = fileURLToPath(import.meta.url);
const SCAN = 'fixtures/scans/de/fitnessstudio-knebel-scan.pdf';
const BATCH = ['fixtures/scans/de/fitnessstudio-fair-scan.pdf', 'fixtures/scans/en/gym-knebel-scan.pdf'];

/** Run a command; wall ms, CPU ms and peak RSS of its process tree (threads included). */
function sampled(cmd, args, { cwd, env } = {}) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = proctree.available ? proctree.treeSampler(child.pid, 50) : null;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      const tree = sampler?.stop() ?? { peakRss: NaN, cpuMs: NaN };
      resolve({ wall: performance.now() - start, cpu: tree.cpuMs, rss: tree.peakRss, status, stdout, stderr });
    });
  });
}

async function childRender(dist, pdf, outDir) {
  const { PDFParse } = await import('pdf-parse');
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const { fromRgba, toPgm } = await import(pathToFileURL(path.join(dist, 'ocr/gray.js')).href);
  const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync(pdf)) });
  const shot = await parser.getScreenshot({ scale: 300 / 72, imageBuffer: true, imageDataUrl: false });
  for (const [i, page] of shot.pages.entries()) {
    const image = await loadImage(Buffer.from(page.data));
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    const gray = fromRgba(canvas.getContext('2d').getImageData(0, 0, image.width, image.height).data, image.width, image.height);
    fs.writeFileSync(path.join(outDir, `page-${i + 1}.pgm`), toPgm(gray));
  }
  await parser.destroy();
}

/** In-process: engine start-up, then each page recognized (the same PGM the CLI tesseract reads). */
async function childWasm(dist, pages) {
  const { createWasmEngine } = await import(pathToFileURL(path.join(dist, 'ocr/engine.js')).href);
  const { DEFAULT_OCR_LANG } = await import(pathToFileURL(path.join(dist, 'ocr/limits.js')).href);
  let t = performance.now();
  const engine = await createWasmEngine(DEFAULT_OCR_LANG);
  const init = performance.now() - t;
  const perPage = [];
  for (const file of pages) {
    const bytes = fs.readFileSync(file);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
    const image = { width: Number(header[1]), height: Number(header[2]), data: bytes.subarray(header[0].length) };
    t = performance.now();
    await engine.recognize(image);
    perPage.push(performance.now() - t);
  }
  await engine.close();
  console.log(JSON.stringify({ init, perPage }));
}

const nativeLangs = () => {
  const r = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : '';
};

/** The measurements, for bench.mjs (results.ocr) or printed alone. */
export async function benchOcr({ root, dist, bin, tmp, rounds = 1, log = console.error }) {
  const dir = path.join(tmp, 'ocr-pages');
  fs.mkdirSync(dir, { recursive: true });
  log('ocr: rendering the scan twin at 300 dpi');
  spawnSync(process.execPath, [SELF, 'render', dist, path.join(root, SCAN), dir], { cwd: root, stdio: 'inherit' });
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => path.join(dir, f));
  const hasNative = /\bdeu\b/.test(nativeLangs());
  const wasmRuns = [];
  const nativeRuns = [];
  for (let round = 0; round < rounds; round++) {
    log(`ocr: round ${round + 1}/${rounds}: tesseract.js`);
    const run = await sampled(process.execPath, [SELF, 'wasm', dist, ...pages], { cwd: root });
    const out = JSON.parse(run.stdout.trim().split('\n').pop());
    wasmRuns.push({ ...out, cpu: run.cpu, rss: run.rss, wall: run.wall });
    if (hasNative) {
      log(`ocr: round ${round + 1}/${rounds}: native tesseract`);
      for (const page of pages) {
        // one thread, as each worker of a batch would run it; the CLI's default uses OpenMP threads
        nativeRuns.push(await sampled('tesseract', [page, '-', '-l', 'deu', '--dpi', '300'], { env: { OMP_THREAD_LIMIT: '1' } }));
      }
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  const wasmPage = median(wasmRuns.flatMap((r) => r.perPage));
  // CPU per page of the whole wasm process, start-up excluded by scaling with the page share of the wall time
  const wasmCpuPage = median(wasmRuns.map((r) => (r.cpu * (r.perPage.reduce((a, b) => a + b, 0) / r.wall)) / r.perPage.length));
  const nativePage = hasNative ? median(nativeRuns.map((r) => r.wall)) : NaN;
  const nativeCpuPage = hasNative ? median(nativeRuns.map((r) => r.cpu)) : NaN;
  const batch = [];
  const batchPages = 4;
  for (const jobs of [1, 2]) {
    log(`ocr: knebel check --jobs ${jobs} over ${BATCH.length} scans (${batchPages} pages)`);
    const run = await sampled(process.execPath, [bin, 'check', '--format', 'json', '--no-config', '--jobs', String(jobs), ...BATCH], { cwd: root });
    const report = JSON.parse(run.stdout || '{"documents":[]}');
    batch.push({ jobs, wall: run.wall, pagesPerSec: batchPages / (run.wall / 1000), rss: run.rss, failed: report.documents.filter((d) => !d.ok).length });
  }
  return {
    pages: pages.length,
    init: median(wasmRuns.map((r) => r.init)),
    wasmPage,
    wasmCpuPage,
    wasmRss: Math.max(...wasmRuns.map((r) => r.rss)),
    nativePage,
    nativeCpuPage,
    nativeRss: hasNative ? Math.max(...nativeRuns.map((r) => r.rss)) : NaN,
    ratio: wasmPage / nativePage,
    cpuRatio: wasmCpuPage / nativeCpuPage,
    batch,
  };
}

export function ocrTable(o, { ms, mb, num, ratio }) {
  return [
    ['engine', 's/page (wall)', 's/page (CPU)', 'peak RSS', 'start-up'],
    ['tesseract.js (built in)', num(o.wasmPage / 1000, 2), num(o.wasmCpuPage / 1000, 2), mb(o.wasmRss), ms(o.init)],
    ['tesseract CLI (native, 1 thread)', num(o.nativePage / 1000, 2), num(o.nativeCpuPage / 1000, 2), mb(o.nativeRss), '–'],
    ['ratio built-in ÷ native', ratio(o.ratio), ratio(o.cpuRatio), '', ''],
    ...o.batch.map((b) => [`knebel check --jobs ${b.jobs} (4 scan pages)`, `${num(b.pagesPerSec, 3)} pages/s`, ms(b.wall), mb(b.rss), b.failed ? `${b.failed} failed` : '']),
  ];
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'render') await childRender(...rest.slice(0, 3));
else if (mode === 'wasm') await childWasm(rest[0], rest.slice(1));
else if (process.argv[1] === SELF) {
  const root = path.resolve(path.dirname(SELF), '../..');
  const stats = await import('./stats.mjs');
  const result = await benchOcr({ root, dist: path.join(root, 'dist'), bin: path.join(root, 'bin/knebel.js'), tmp: path.join(root, '.bench/tmp'), rounds: Number(mode ?? 1) || 1 });
  console.log(stats.textTable(ocrTable(result, stats)));
  console.log(JSON.stringify(result));
}
