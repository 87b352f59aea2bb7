import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/policy/config.js';
import { knebel, knebelJson, type CliResult } from './helpers.js';
import { deflatedZeros, docxArchive, nestedFormsPdf, pdfFile, pdfStream, wordBody, wordParagraph, zlibZeros } from './hostile-inputs.js';

/**
 * The hostile inputs of issue 16, made here and run through the real CLI. Each `it` is one or
 * more cases of the count in README "Limits and hostile input".
 */
const dir = mkdtempSync(join(tmpdir(), 'knebel-bounds-'));
const file = (name: string | Buffer, content: string | Uint8Array) => {
  const path = typeof name === 'string' ? join(dir, name) : Buffer.concat([Buffer.from(`${dir}/`), name]);
  writeFileSync(path, content);
  return typeof name === 'string' ? (path as string) : path.toString('latin1');
};
const contract = 'Die Mindestlaufzeit beträgt 36 Monate. Der Vertrag verlängert sich stillschweigend um weitere 12 Monate, sofern er nicht mit einer Frist von 3 Monaten gekündigt wird.';
const ascii = contract.replace(/ä/g, 'ae').replace(/ü/g, 'ue');
const codes = (result: { report: { documents: { ok: boolean; error?: { code: string } }[] } }) => result.report.documents.map((d) => (d.ok ? 'ok' : d.error?.code));
const consumer = ['--start', '2024-01-01', '--today', '2025-01-01'];
const letter = ['--name', 'Erika Muster', '--member-id', '4711'];
const timed = (run: () => CliResult) => {
  const started = Date.now();
  return { ...run(), seconds: (Date.now() - started) / 1000 };
};

describe('1. every command has the time budget and the limits', () => {
  const forms = file('forms.pdf', nestedFormsPdf(40, ascii));

  it('stops text, deadline, letter and diff on a PDF of nested form XObjects (2^40 draws in 8 KB)', { timeout: 120000 }, () => {
    for (const args of [['text', forms], ['deadline', forms, ...consumer], ['letter', forms, ...consumer, ...letter], ['diff', 'fixtures/de/mobilfunk-fair.txt', forms]]) {
      const result = knebel([...args, '--time-budget', '2']);
      expect(result.code, args[0]).toBe(3);
      expect(result.stderr).toMatch(/longer than 2 s and was stopped.*\[TIME_LIMIT\]/);
    }
  });

  it('reads 1 MB of "**a " Markdown in linear time (text and check)', { timeout: 60000 }, () => {
    const path = file('quadratic.md', `# Vertrag\n\n${contract}\n\n${'**a '.repeat(250000)}`);
    const text = timed(() => knebel(['text', path]));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Mindestlaufzeit');
    expect(text.seconds).toBeLessThan(30);
    expect(codes(knebelJson([path]))).not.toContain('TIME_LIMIT');
  });

  it('refuses HTML nested 400,000 deep at once instead of parsing it in O(n²)', { timeout: 60000 }, () => {
    const path = file('deep.html', `<!doctype html><html><body><p>${contract}</p>${'<div>'.repeat(400000)}</body></html>`);
    const text = timed(() => knebel(['text', path]));
    expect(text.stderr).toMatch(/nested deeper than 10,000 elements.*\[TOO_LARGE\]/);
    expect(text.seconds).toBeLessThan(30);
    expect(codes(knebelJson([path]))).toEqual(['TOO_LARGE']);
  });

  it('never advises an option the command does not have', { timeout: 120000 }, () => {
    const long = file('long.txt', `${contract}\n`.repeat(50));
    for (const [command, extra] of [['check', []], ['text', []], ['deadline', consumer], ['letter', [...consumer, ...letter]], ['diff', [long]]] as [string, string[]][]) {
      const help = knebel([command, '--help']).stdout;
      for (const limit of [['--max-bytes', '100'], ['--max-chars', '100']]) {
        const result = knebel([command, long, ...extra, ...limit]);
        expect(result.code, `${command} ${limit[0]}`).toBe(3);
        const advised = result.stderr.match(/--[a-z-]+/g) ?? [];
        expect(advised.length, result.stderr).toBeGreaterThan(0);
        for (const option of advised) expect(help, `${command} advises ${option}`).toContain(option);
      }
    }
  });
});

describe('2. memory is bounded for the whole worker', () => {
  /** A TrueType font file that inflates to 1 GB of zeros: pdf.js reads it whole. */
  const bomb = pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FontDescriptor 6 0 R >>',
    pdfStream('', `BT /F1 12 Tf 72 720 Td (${ascii}) Tj ET`),
    '<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>',
    pdfStream('/Filter /FlateDecode', zlibZeros(1024)),
  ]);

  it('stops a PDF stream bomb at --max-memory (TOO_LARGE) and goes on with the batch, also on two workers', { timeout: 120000 }, () => {
    const first = file('stream-bomb-1.pdf', bomb);
    const second = file('stream-bomb-2.pdf', bomb);
    const result = knebelJson(['--max-memory', '250', '--jobs', '2', first, second, 'fixtures/de/mobilfunk-fair.txt']);
    expect(codes(result)).toEqual(['TOO_LARGE', 'TOO_LARGE', 'ok']);
    expect(result.report.documents[0].error.message).toContain('--max-memory');
    const text = knebel(['text', '--max-memory', '250', first]);
    expect(text.code).toBe(3);
    expect(text.stderr).toMatch(/more than 250 MB.*\[TOO_LARGE\]/);
  });
});

describe('3. zip limits cannot be dodged', () => {
  const paragraph = wordBody(wordParagraph(contract));

  it('counts the bytes of a prefixed DOCX where JSZip finds them', () => {
    const prefix = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(60)]);
    const path = file('prefixed.docx', docxArchive(paragraph, [{ name: 'word/media/pad.bin', data: deflatedZeros(300), method: 8, size: 300 * 1024 * 1024 }], prefix));
    expect(codes(knebelJson(['--max-unzipped-bytes', '1000000', path]))).toEqual(['ZIP_BOMB']);
  });

  it('stops a part that inflates past the size its directory declares, after that many bytes', () => {
    const path = file('lying.docx', docxArchive(paragraph, [{ name: 'word/media/pad.bin', data: deflatedZeros(500), method: 8, size: 1000 }]));
    const result = timed(() => knebelJson([path]));
    expect(codes(result)).toEqual(['ZIP_BOMB']);
    expect(result.report.documents[0].error.message).toContain('declares (1000 bytes)');
    expect(result.seconds).toBeLessThan(30);
  });

  it('refuses a DOCX nested a million elements deep, and still reads an honest one', () => {
    expect(codes(knebelJson([file('nested.docx', docxArchive(wordBody('<w:p>'.repeat(1_000_000))))]))).toEqual(['CORRUPT_DOCX']);
    const honest = knebelJson([file('honest.docx', docxArchive(paragraph))]);
    expect(honest.report.documents[0].facts.minimumTerm).toBe('P36M');
  });
});

describe('4. reads of user-named files are bounded', () => {
  const rule = (extra: string, message = 'Found it') => `${extra}id: probe-rule
category: fees
title: { en: Probe }
match:
  patterns:
    en: ['automatically renews']
severity:
  - level: low
message: { en: '${message}' }
explanation: { en: 'Probe' }
suggestion: { en: 'Probe' }
examples:
  flag: { en: ['It automatically renews.'] }
  pass: { en: ['It ends.'] }
`;
  const pack = (name: string, files: Record<string, string>) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
    return path;
  };

  it('refuses --config and --baseline of /dev/zero at once (exit 2), and a rule file linked to it (exit 4)', () => {
    for (const option of ['--config', '--baseline']) {
      const result = timed(() => knebel(['check', option, '/dev/zero', 'fixtures/de/mobilfunk-fair.txt']));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/not a regular file/);
      expect(result.seconds).toBeLessThan(20);
    }
    const linked = pack('pack-dev-zero', {});
    symlinkSync('/dev/zero', join(linked, 'zero.yml'));
    const result = knebel(['check', '--rules', linked, 'fixtures/de/mobilfunk-fair.txt']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/zero\.yml: cannot read rule file: not a regular file/);
  });

  it('reports a YAML alias bomb in a rule pack with file and line (exit 4)', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)];
    const path = pack('pack-aliases', { 'bomb.yml': rule(`${levels.join('\n')}\n`) });
    const result = knebel(['check', '--rules', path, 'fixtures/de/mobilfunk-fair.txt']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/bomb\.yml:2:\d+: YAML aliases expand too far/);
  });

  it('fails the run as a rule-pack problem when the workers cannot load the rules (exit 4), blaming no document', () => {
    const path = pack('pack-heavy', { 'probe-rule.yml': rule('') });
    const result = knebel(['check', '--format', 'json', '--max-memory', '40', '--rules', path, 'fixtures/de/mobilfunk-fair.txt']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/pack-heavy: loading these rules needs more than 40 MB/);
    expect(result.stdout).toBe('');
  });

  it('refuses an 8 MB config in one line, and strips comments from an 8 MB string without overflowing', () => {
    const huge = file('huge.config.json', `{ "$schema": "${'a'.repeat(8 * 1024 * 1024)}" }`);
    const result = knebel(['check', '--config', huge, 'fixtures/de/mobilfunk-fair.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/over the limit of 1,048,576 bytes/);
    expect(parseConfig(`{ // comment\n "$schema": "${'a\\"'.repeat(4 * 1024 * 1024)}", }`, 'x.json').$schema).toHaveLength(8 * 1024 * 1024);
  });

  it("prints '{constructor}' in a rule's message as written", () => {
    const path = pack('pack-constructor', { 'probe-rule.yml': rule('', '{constructor} {toString} {value}') });
    const text = file('renews.txt', 'This agreement automatically renews for successive twelve month terms unless cancelled. The minimum term is 24 months.');
    const result = knebelJson(['--rules', path, text]);
    const finding = result.report.documents[0].findings.find((f: { ruleId: string }) => f.ruleId === 'probe-rule');
    expect(finding.message).toMatch(/^\{constructor\} \{toString\}/);
    expect(result.stdout).not.toContain('[native code]');
  });
});
