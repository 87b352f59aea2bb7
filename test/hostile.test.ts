import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../src/analyze.js';
import { knebel, knebelJson } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'knebel-hostile-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Every hostile input ends in one clean line with a stable code and exit 3. */
function expectCleanError(path: string, code: string, extra: string[] = []) {
  const result = knebel(['check', ...extra, path]);
  expect(result.stderr).toContain(`[${code}]`);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(result.code).toBe(3);
}

async function docx(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const body = (text: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${text}</w:body></w:document>`;
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const contract = 'Die Mindestlaufzeit beträgt 36 Monate. Der Vertrag verlängert sich stillschweigend um weitere 12 Monate, sofern er nicht gekündigt wird.';

describe('nothing is fetched', () => {
  let server: Server;
  let hits = 0;
  let port = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => server.close());

  it('never loads remote images, frames, scripts or styles of HTML', () => {
    const url = `http://127.0.0.1:${port}`;
    const path = file('remote.html', `<!doctype html><html><head><link rel="stylesheet" href="${url}/s.css"><script src="${url}/a.js"></script><script>fetch("${url}/x")</script></head><body><img src="${url}/i.png"><iframe src="${url}/f"></iframe><object data="${url}/o"></object><p>${contract}</p></body></html>`);
    const { code, report } = knebelJson([path]);
    expect(code).toBe(0);
    expect(report.documents[0].facts.minimumTerm).toBe('P36M');
    expect(hits).toBe(0);
  });

  it('never follows external relationships of a DOCX', async () => {
    const url = `http://127.0.0.1:${port}`;
    const image = `<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:link="rIdExt"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    const bytes = await docx({
      'word/document.xml': body(paragraph(contract) + image),
      'word/_rels/document.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${url}/remote.png" TargetMode="External"/><Relationship Id="rIdFile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>`,
    });
    const { code, report } = knebelJson([file('external.docx', bytes)]);
    expect(code).toBe(0);
    expect(report.documents[0].facts.minimumTerm).toBe('P36M');
    expect(JSON.stringify(report)).not.toContain('root:');
    expect(hits).toBe(0);
  });
});

describe('archives that would blow up', () => {
  it('refuses a DOCX zip bomb before inflating it', async () => {
    const bytes = await docx({ 'word/document.xml': body(paragraph(contract)), 'word/media/padding.bin': new Uint8Array(210 * 1024 * 1024) });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expectCleanError(file('bomb.docx', bytes), 'ZIP_BOMB');
  });

  it('refuses a DOCX with thousands of entries', async () => {
    const parts: Record<string, string> = { 'word/document.xml': body(paragraph(contract)) };
    for (let i = 0; i < 6000; i++) parts[`word/x/${i}.xml`] = '<x/>';
    expectCleanError(file('many.docx', await docx(parts)), 'ZIP_BOMB');
  });
});

describe('limits', () => {
  it('stops at the character limit with a clear error (50 MB of text)', () => {
    const path = file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'Die Mindestlaufzeit beträgt 24 Monate. '));
    expectCleanError(path, 'TOO_LONG');
    const raised = knebelJson(['--max-chars', '100', 'fixtures/de/mobilfunk-fair.txt']);
    expect(raised.report.documents[0].error.code).toBe('TOO_LONG');
  });

  it('analyses a single 1 MB line, and stops a 20 MB one at the time budget', { timeout: 180000 }, () => {
    const line = (n: number) => `${'Dies ist ein Satz ohne Ende und ohne Punkt '.repeat(n)}und die Mindestlaufzeit beträgt 36 Monate.`;
    // --force-contract: the filler sentence is no contract; this test is about line length
    const { code, report } = knebelJson(['--force-contract', file('one-line.txt', line(24000))]);
    expect(code).toBe(0);
    expect(report.documents[0].facts.minimumTerm).toBe('P36M');
    // analysis is linear: 20 MB take several seconds here (10 MB: ~3 s), far over the 1 s budget
    const slow = knebelJson(['--force-contract', '--jobs', '1', '--time-budget', '1', '--max-chars', '30000000', file('twenty-mb-line.txt', line(500000)), 'fixtures/de/mobilfunk-fair.txt']);
    expect(slow.code).toBe(3);
    expect(slow.report.documents.map((d: { ok: boolean; error?: { code: string } }) => (d.ok ? 'ok' : d.error?.code))).toEqual(['TIME_LIMIT', 'ok']);
  });

  it('refuses files over --max-bytes and PDFs over --max-pages', () => {
    expect(knebelJson(['--max-bytes', '1000', 'fixtures/de/fitnessstudio-knebel.pdf']).report.documents[0].error.code).toBe('TOO_LARGE');
    expect(knebelJson(['--max-pages', '2', 'fixtures/de/fitnessstudio-knebel.pdf']).report.documents[0].error.code).toBe('TOO_MANY_PAGES');
  });
});

describe('paths that are not files', () => {
  it('answers a directory, a missing path, a broken symlink, a FIFO and /dev/zero', () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub, { recursive: true });
    symlinkSync(join(dir, 'nowhere.pdf'), join(dir, 'broken-link.pdf'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const result = knebelJson([join(dir, 'missing.pdf'), join(dir, 'broken-link.pdf'), join(dir, 'pipe.txt'), '/dev/zero', 'fixtures/de/mobilfunk-fair.txt']);
    expect(result.code).toBe(3);
    const codes = result.report.documents.map((d: { ok: boolean; error?: { code: string } }) => (d.ok ? 'ok' : d.error?.code));
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'READ_ERROR', 'READ_ERROR', 'ok']);
  });
});

describe('interrupted and sharded batches', () => {
  it('reports what it finished when interrupted (SIGINT) and exits 130', { timeout: 120000 }, async () => {
    const { spawn } = await import('node:child_process');
    const copies = join(dir, 'many');
    mkdirSync(copies, { recursive: true });
    const pdf = readFileSync('fixtures/de/fitnessstudio-knebel.pdf');
    const files = Array.from({ length: 60 }, (_, i) => file(`many/contract-${String(i).padStart(2, '0')}.pdf`, pdf));
    const json = join(dir, 'interrupted.json');
    // JSON lines on stdout show when the first document is done: the signal comes then, not after a guessed delay
    const child = spawn(process.execPath, ['bin/knebel.js', 'check', '--format', 'jsonl', '--write', `json:${json}`, '--jobs', '1', ...files], { cwd: new URL('..', import.meta.url) });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('\n')) resolve();
      });
    });
    child.kill('SIGINT');
    const code = await closed;
    expect(code).toBe(130);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.documents.length).toBeGreaterThan(0);
    expect(report.documents.length).toBeLessThan(files.length);
    expect(report.summary.interrupted).toBe(true);
    expect(stderr).toMatch(/interrupted \(SIGINT\): \d+ of 60 documents reported/);
  });

  it('splits a batch into disjoint, complete, deterministic shards', { timeout: 120000 }, () => {
    const args = ['--include', '*.txt', '--include', '*.md', '--include', '*.html', 'fixtures/de', 'fixtures/en'];
    const all = knebelJson(args).report.documents.map((d: { source: string }) => d.source);
    const shards = [1, 2, 3].map((k) => knebelJson(['--shard', `${k}/3`, ...args]).report.documents.map((d: { source: string }) => d.source));
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
    expect(knebelJson(['--shard', '2/3', ...args]).report.documents.map((d: { source: string }) => d.source)).toEqual(shards[1]);
    expect(knebel(['check', '--shard', '4/3', 'fixtures/de']).code).toBe(2);
  });
});

describe('disguised text', () => {
  it('sees through zero-width characters and Cyrillic look-alikes inside keywords', async () => {
    const clean = (await analyzeText('Die Mindestlaufzeit beträgt 36 Monate. This agreement automatically renews for successive 12 month terms.', { language: 'de' })).report;
    const disguised = (await analyzeText('Die Mindest\u200blaufzeit beträgt 36 Monate. This agreement \u0430utom\u0430tically renews for successive 12 month terms.', { language: 'de' })).report;
    expect(disguised.facts.minimumTerm).toBe('P36M');
    const en = (await analyzeText('This agreement \u0430utom\u0430tically renews for successive twelve (12) month terms unless cancelled.', { language: 'en' })).report;
    expect(en.facts.renewalTerm).toBe('P12M');
    expect(disguised.facts.minimumTerm).toBe(clean.facts.minimumTerm);
  });

  it('reports gibberish (a broken font encoding) instead of scoring it', async () => {
    const shifted = readFileSync('fixtures/src/de/mobilfunk-knebel.txt', 'utf8').replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 3) % 26) + 97));
    expectCleanError(file('shifted.txt', shifted), 'GARBLED_TEXT');
    expectCleanError(file('glyphs.txt', '\uE001\uE002\uE003 '.repeat(500)), 'GARBLED_TEXT');
  });
});

describe('user patterns cannot hang the tool', () => {
  const rule = (pattern: string) => `id: slow
category: fees
title: { en: Slow }
match:
  patterns:
    en: ['${pattern}']
severity:
  - level: low
message: { en: 'Slow' }
explanation: { en: 'Slow' }
suggestion: { en: 'Fast' }
examples:
  flag: { en: ['aaa'] }
  pass: { en: ['b'] }
`;

  it('runs a catastrophic pattern in linear time', () => {
    const pack = join(dir, 'pack-catastrophic');
    mkdirSync(pack, { recursive: true });
    writeFileSync(join(pack, 'slow.yml'), rule('(a+)+$'));
    const text = file('aaaa.txt', `The minimum term is one month. ${'a'.repeat(200000)}! You can cancel at any time.`);
    const result = knebel(['check', '--format', 'json', '--rules', pack, text]);
    expect(result.code).toBe(0);
  });

  it('rejects lookaround and backreferences in user packs with file and line', () => {
    const pack = join(dir, 'pack-lookbehind');
    mkdirSync(pack, { recursive: true });
    writeFileSync(join(pack, 'slow.yml'), rule('(?<!an)frist'));
    const result = knebel(['check', '--rules', pack, 'fixtures/de/mobilfunk-fair.txt']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/slow\.yml:6:\d+ match\.patterns\.en\.0: pattern not accepted by the linear-time engine/);
  });
});
