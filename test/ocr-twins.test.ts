import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OkDocument, Report } from '../src/report/schema.js';
import { knebelJson, ROOT } from './helpers.js';

/**
 * The scanned and photographed twins (fixtures/scans/, scripts/lib/scan-twins.mjs) give the
 * facts and findings of the born-digital original, through the real CLI, with the network off:
 * in a network namespace without interfaces (`unshare -n`, when root) and with a preload that
 * records and refuses any socket, name lookup or fetch in every process and thread.
 */
const dir = mkdtempSync(join(tmpdir(), 'knebel-net-'));
const netLog = join(dir, 'network.log');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const canUnshare = process.getuid?.() === 0 && spawnSync('unshare', ['-n', 'true']).status === 0;
if (!canUnshare) console.log('ocr-twins: unshare -n is not available (needs root): running with the socket guard only');

function checkOffline(args: string[]): Report {
  const node = [process.execPath, 'bin/knebel.js', 'check', '--format', 'json', ...args];
  const [command, ...rest] = canUnshare ? ['unshare', '-n', ...node] : node;
  const env = { ...process.env, NODE_OPTIONS: `--require ${join(ROOT, 'test/no-network.cjs')}`, KNEBEL_NET_LOG: netLog };
  const result = spawnSync(command, rest, { cwd: ROOT, env, encoding: 'utf8', timeout: 900_000 });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
}

const FACTS = ['minimumTerm', 'autoRenewal', 'renewalTerm', 'noticePeriod', 'noticeAnchor', 'noMinimumTerm', 'contractType', 'contractDate', 'startDate', 'cancellationChannels'] as const;
const rules = (doc: OkDocument, pages?: number[]) => doc.findings.filter((f) => !pages || pages.includes(f.evidence.page)).map((f) => f.ruleId).sort();

describe('OCR twins read offline', () => {
  it('the socket guard itself catches a connection from a worker thread', () => {
    const probe = "new (require('node:worker_threads').Worker)(\"try { require('node:net').connect(9, '127.0.0.1') } catch {}\", { eval: true })";
    spawnSync(process.execPath, ['-e', probe], { env: { ...process.env, NODE_OPTIONS: `--require ${join(ROOT, 'test/no-network.cjs')}`, KNEBEL_NET_LOG: netLog } });
    expect(readFileSync(netLog, 'utf8')).toMatch(/worker thread.*socket connect/);
    rmSync(netLog);
  });

  it('a scanned PDF and a phone photo of page 1 give the facts and findings of the born-digital contract', () => {
    const original = knebelJson(['fixtures/de/fitnessstudio-knebel.pdf']).report.documents[0] as OkDocument;
    const report = checkOffline(['--jobs', '2', 'fixtures/scans/de/fitnessstudio-knebel-scan.pdf', 'fixtures/scans/de/fitnessstudio-knebel-photo-p1.jpg']);
    expect(existsSync(netLog) ? readFileSync(netLog, 'utf8') : '').toBe('');
    const [scan, photo] = report.documents as OkDocument[];
    expect(scan).toMatchObject({ ok: true, format: 'pdf', pages: 3 });
    expect(photo).toMatchObject({ ok: true, format: 'image', pages: 1 });
    const { evidence: _a, ...originalFacts } = original.facts;
    const { evidence: _b, ...scanFacts } = scan.facts;
    expect(scanFacts).toEqual(originalFacts);
    expect(rules(scan)).toEqual(rules(original));
    for (const key of FACTS) expect(photo.facts[key]).toEqual(original.facts[key]);
    expect(rules(photo)).toEqual(rules(original, [1]));
    expect(scan.ocr?.pages).toHaveLength(3);
    expect(photo.ocr?.pages[0]).toMatchObject({ page: 1, engine: 'tesseract.js' });
    expect(photo.ocr?.pages[0].confidence).toBeGreaterThan(80);
    // evidence: same pages, and quotes equal but for OCR noise (letters compared, diacritics aside)
    const letters = (s: string) => s.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    for (const finding of scan.findings) {
      const candidates = original.findings.filter((f) => f.ruleId === finding.ruleId && f.evidence.page === finding.evidence.page);
      const best = Math.max(...candidates.map((f) => similarity(letters(f.evidence.text), letters(finding.evidence.text))));
      expect(best === 1 || finding.evidence.ocrConfidence !== undefined || best > 0.97, `${finding.ruleId}: ${best}`).toBe(true);
    }
  }, 900_000);

  it('the other scan twins (a fair German contract, an English one) give the facts and findings of their originals', () => {
    const pairs = [
      ['fixtures/de/fitnessstudio-fair.pdf', 'fixtures/scans/de/fitnessstudio-fair-scan.pdf'],
      ['fixtures/en/gym-knebel.pdf', 'fixtures/scans/en/gym-knebel-scan.pdf'],
    ];
    const originals = knebelJson(pairs.map(([original]) => original)).report.documents as OkDocument[];
    const scans = checkOffline(['--jobs', '2', ...pairs.map(([, scan]) => scan)]).documents as OkDocument[];
    pairs.forEach(([, name], i) => {
      expect(scans[i], name).toMatchObject({ ok: true, format: 'pdf', pages: originals[i].pages });
      const { evidence: _a, ...originalFacts } = originals[i].facts;
      const { evidence: _b, ...scanFacts } = scans[i].facts;
      expect(scanFacts, name).toEqual(originalFacts);
      expect(rules(scans[i]), name).toEqual(rules(originals[i]));
    });
  }, 900_000);
});

/** 1 − edit distance / length, on letters only. */
function similarity(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return 1 - previous[b.length] / Math.max(a.length, b.length, 1);
}
