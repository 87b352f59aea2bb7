// OCR part of `npm run eval` (also `node scripts/eval/ocr.mjs` alone, after `npm run build`):
// how well the scanned and photographed twins (fixtures/scans/, made by scripts/lib/scan-twins.mjs)
// are read. For each twin: character accuracy of the normalized OCR text against the born-digital
// text (1 − edit distance ÷ length, white space collapsed), and whether facts and findings agree
// with the original's (the photo shows page 1 only: compared with what the original has there).
// Rewrites the generated part of docs/ocr.md.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TWINS = [
  { twin: 'fixtures/scans/de/fitnessstudio-knebel-scan.pdf', original: 'fixtures/de/fitnessstudio-knebel.pdf', kind: 'scan' },
  { twin: 'fixtures/scans/de/fitnessstudio-fair-scan.pdf', original: 'fixtures/de/fitnessstudio-fair.pdf', kind: 'scan' },
  { twin: 'fixtures/scans/en/gym-knebel-scan.pdf', original: 'fixtures/en/gym-knebel.pdf', kind: 'scan' },
  { twin: 'fixtures/scans/de/fitnessstudio-knebel-photo-p1.jpg', original: 'fixtures/de/fitnessstudio-knebel.pdf', kind: 'phone photo', pages: [1] },
];
const FACTS = ['minimumTerm', 'autoRenewal', 'renewalTerm', 'noticePeriod', 'noticeAnchor', 'noMinimumTerm', 'contractType', 'contractDate', 'startDate', 'cancellationChannels', 'prices', 'fees', 'priceChange', 'pause', 'extraordinaryTermination'];

/** Levenshtein distance, two rows of typed arrays. */
function editDistance(a, b) {
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, row] = [row, previous];
  }
  return previous[b.length];
}

const flat = (text) => text.replace(/\s+/g, ' ').trim();

export async function evalOcr({ root = ROOT, dist = join(root, 'dist'), log = console.error } = {}) {
  const { analyzeBytes } = await import(pathToFileURL(join(dist, 'analyze.js')).href);
  const { normalize } = await import(pathToFileURL(join(dist, 'text/normalize.js')).href);
  const { ingest } = await import(pathToFileURL(join(dist, 'ingest/index.js')).href);
  const { closeOcrEngines } = await import(pathToFileURL(join(dist, 'ocr/index.js')).href);
  const rows = [];
  try {
    for (const t of TWINS) {
      log(`ocr eval: ${t.twin}`);
      const original = await analyzeBytes(readFileSync(join(root, t.original)), t.original);
      const started = performance.now();
      const twin = await analyzeBytes(readFileSync(join(root, t.twin)), t.twin);
      const seconds = (performance.now() - started) / 1000;
      let reference = original.normalized.text;
      if (t.pages) {
        const pages = (await ingest(readFileSync(join(root, t.original)))).pages;
        reference = normalize(t.pages.map((p) => pages[p - 1])).text;
      }
      const a = flat(reference);
      const b = flat(twin.normalized.text);
      const accuracy = 1 - editDistance(a, b) / a.length;
      const inPages = (f) => !t.pages || t.pages.includes(f.evidence.page);
      const expected = original.report.findings.filter(inPages).map((f) => f.ruleId).sort();
      const got = twin.report.findings.map((f) => f.ruleId).sort();
      const missed = expected.filter((id, i) => expected.indexOf(id) === i && got.filter((g) => g === id).length < expected.filter((e) => e === id).length);
      const extra = got.filter((id, i) => got.indexOf(id) === i && expected.filter((e) => e === id).length < got.filter((g) => g === id).length);
      const factKeys = t.pages ? FACTS.slice(0, 10) : FACTS;
      const factsDiffer = factKeys.filter((k) => JSON.stringify(original.report.facts[k]) !== JSON.stringify(twin.report.facts[k]));
      rows.push({
        twin: t.twin,
        kind: t.kind,
        pages: twin.report.pages,
        confidence: twin.report.ocr?.pages.map((p) => p.confidence) ?? [],
        accuracy,
        findings: { expected: expected.length, agreeing: expected.length - missed.length, missed, extra },
        facts: { compared: factKeys.length, differ: factsDiffer },
        lowConfidenceQuotes: twin.report.findings.filter((f) => f.evidence.ocrConfidence !== undefined).length,
        seconds,
      });
    }
  } finally {
    await closeOcrEngines();
  }
  return rows;
}

export function ocrTable(rows) {
  const pct = (x) => `${(x * 100).toFixed(2)} %`;
  return [
    ['twin', 'kind', 'pages', 'OCR confidence', 'character accuracy', 'findings agreeing', 'facts agreeing', 'quotes marked', 's/page'],
    ...rows.map((r) => [
      r.twin.replace('fixtures/scans/', ''),
      r.kind,
      String(r.pages),
      r.confidence.join(', '),
      pct(r.accuracy),
      `${r.findings.agreeing}/${r.findings.expected}${r.findings.missed.length ? ` (missed ${r.findings.missed.join(', ')})` : ''}${r.findings.extra.length ? ` (extra ${r.findings.extra.join(', ')})` : ''}`,
      `${r.facts.compared - r.facts.differ.length}/${r.facts.compared}${r.facts.differ.length ? ` (${r.facts.differ.join(', ')})` : ''}`,
      String(r.lowConfidenceQuotes),
      (r.seconds / r.pages).toFixed(1),
    ]),
  ];
}

/** Replace the generated part of docs/ocr.md. */
export function writeOcrDocs(table, meta, file = join(ROOT, 'docs', 'ocr.md')) {
  const BEGIN = '<!-- eval-ocr:begin (generated by scripts/eval/ocr.mjs; do not edit) -->';
  const END = '<!-- eval-ocr:end -->';
  const md = [BEGIN, '', meta, '', `| ${table[0].join(' | ')} |`, `| ${table[0].map(() => '---').join(' | ')} |`, ...table.slice(1).map((r) => `| ${r.join(' | ')} |`), '', END].join('\n');
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# OCR\n\n';
  const a = doc.indexOf('<!-- eval-ocr:begin');
  const b = doc.indexOf(END);
  doc = a >= 0 && b > a ? doc.slice(0, a) + md + doc.slice(b + END.length) : `${doc.trimEnd()}\n\n${md}\n`;
  writeFileSync(file, doc);
}

/** Measure, print, and (with `docs`) rewrite docs/ocr.md's table. */
export async function runOcrEval({ docs = true } = {}) {
  const rows = await evalOcr();
  const table = ocrTable(rows);
  console.log('\nOCR twins against the born-digital originals');
  for (const r of table) console.log(`  ${r.join(' | ')}`);
  if (docs) {
    const { execFileSync } = await import('node:child_process');
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    writeOcrDocs(table, `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}.`);
    console.log('wrote docs/ocr.md');
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runOcrEval({ docs: !process.argv.includes('--no-docs') });
