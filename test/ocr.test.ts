import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageHeader } from '../src/ocr/header.js';
import { linesToPage } from '../src/ocr/page-text.js';
import { parseTsv } from '../src/ocr/system.js';
import { de } from '../src/lang/de.js';
import { en } from '../src/lang/en.js';
import { normalize } from '../src/text/normalize.js';
import { ROOT } from './helpers.js';
import { declaredPng, imageWithoutText, manyPageTiff, textImage } from './ocr-helpers.js';

const repairs = (pages: string[], ocrPages: boolean[], pack = de) => normalize(pages, { ocrPages, repairs: pack.ocrRepairs, units: pack.units }).text;

describe('OCR repairs in the normalizer (language packs), only on text OCR read', () => {
  it('reads "$ 1" and "8& 2" before a section number as "§"', () => {
    expect(repairs(['$ 1 Vertragsgegenstand\n\n8& 2 Laufzeit\n\ngemäß $ 3 Abs. 2'], [true])).toBe('§ 1 Vertragsgegenstand\n\n§ 2 Laufzeit\n\ngemäß § 3 Abs. 2');
    expect(repairs(['S 4 Kündigung\n\nText'], [true])).toBe('§ 4 Kündigung\n\nText');
    // also at the top of a later page (pages are joined by form feeds)
    expect(repairs(['Text auf Seite eins.', '8 2 Verlängerung\n\nText'], [true, true])).toBe('Text auf Seite eins.\n\n§ 2 Verlängerung\n\nText');
  });

  it('leaves dollars alone in English and in text layers', () => {
    expect(repairs(['The fee is $ 10 per month.'], [true], en)).toBe('The fee is $ 10 per month.');
    expect(repairs(['$ 1 Vertragsgegenstand'], [false])).toBe('$ 1 Vertragsgegenstand');
  });

  it('turns l, I and O inside numbers before a unit into digits', () => {
    expect(repairs(['Die Laufzeit beträgt l2 Monate, die Frist 1O Tage oder I8 Wochen.'], [true])).toBe('Die Laufzeit beträgt 12 Monate, die Frist 10 Tage oder 18 Wochen.');
    expect(repairs(['The term is l2 months.'], [true], en)).toBe('The term is 12 months.');
    // no unit after it, or no digit in it: a word, not a number
    expect(repairs(['Modell l2 und IO Monate'], [true])).toBe('Modell l2 und IO Monate');
  });

  it('re-joins words broken with hyphen look-alikes and drops staple and punch-hole marks', () => {
    expect(repairs(['Die Mindest¬\nlaufzeit beträgt zwei Jahre.'], [true])).toBe('Die Mindestlaufzeit beträgt zwei Jahre.');
    expect(repairs(['o\nDer Vertrag beginnt am 1. März. |\n| Er läuft ein Jahr.\n°'], [true])).toBe('Der Vertrag beginnt am 1. März. Er läuft ein Jahr.');
  });

  it('repairs only the pages OCR read in a mixed document', () => {
    expect(repairs(['$ 1 Text vom Scanner', '$ 2 Text aus der Textebene'], [true, false])).toBe('§ 1 Text vom Scanner $ 2 Text aus der Textebene');
  });
});

describe('OCR output to page text', () => {
  it('lays out lines and records the words the engine was unsure of, by offset', () => {
    const page = linesToPage([
      [{ text: 'Laufzeit', confidence: 96 }, { text: 'l2', confidence: 41 }],
      [{ text: 'Monate.', confidence: 90 }],
    ]);
    expect(page.text).toBe('Laufzeit l2\nMonate.');
    expect(page.uncertain).toEqual([{ start: 9, end: 11, confidence: 41 }]);
    expect(page.confidence).toBeGreaterThan(80);
  });

  it("groups the system tesseract's TSV words into lines", () => {
    const tsv = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t95\tHallo\n5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t90\tWelt\n5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t80\tZwei\n';
    expect(linesToPage(parseTsv(tsv)).text).toBe('Hallo Welt\nZwei');
  });
});

describe('image headers are checked before anything is decoded', () => {
  it('reads the declared size of a PNG and the page count of a TIFF', () => {
    expect(readImageHeader(declaredPng(50000, 40000), 'png', 1000)).toMatchObject({ width: 50000, height: 40000 });
    expect(readImageHeader(manyPageTiff(3), 'tiff', 1000)).toMatchObject({ width: 1, height: 1, pages: 3 });
    expect(() => readImageHeader(manyPageTiff(5000), 'tiff', 1000)).toThrow(/more than 1000 pages/);
  });
});

describe('analysing a text file loads nothing of OCR', () => {
  it('leaves tesseract.js and the canvas unloaded', () => {
    // in a fresh process: this test file itself loads the canvas to draw its images
    const script = `
      const { analyze } = await import('./dist/index.js');
      await analyze({ text: 'Der Vertrag hat eine Mindestlaufzeit von 24 Monaten und verlängert sich um 12 Monate.' });
      const cache = (await import('node:module')).createRequire(import.meta.url).cache;
      console.log(JSON.stringify(Object.keys(cache).filter((k) => /tesseract|@napi-rs|utif2/.test(k))));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([]);
  });
});

describe('hostile and unreadable images through the CLI', () => {
  let dir: string;
  const files: Record<string, string> = {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'knebel-ocr-'));
    const write = (name: string, bytes: Buffer) => {
      files[name] = join(dir, name);
      writeFileSync(files[name], bytes);
    };
    write('bomb.png', declaredPng(60000, 60000));
    write('large.png', declaredPng(12000, 9000));
    write('pages.tif', manyPageTiff(5000));
    const photo = readFileSync(join(ROOT, 'fixtures/scans/de/fitnessstudio-knebel-photo-p1.jpg'));
    write('truncated.jpg', photo.subarray(0, Math.floor(photo.length / 2)));
    write('heic.heic', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(64)]));
    write('tiny.png', await textImage(['Kündigungsfrist drei Monate'], 300, 120));
    write('nothing.jpg', await imageWithoutText());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (args: string[]) => {
    const result = spawnSync(process.execPath, ['bin/knebel.js', 'check', '--format', 'json', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    return { code: result.status, stderr: result.stderr, report: JSON.parse(result.stdout || '{"documents":[]}') };
  };

  it('refuses each with a clear code, no stack trace, and analyses the rest of the batch', () => {
    const names = ['bomb.png', 'large.png', 'pages.tif', 'truncated.jpg', 'heic.heic', 'tiny.png', 'nothing.jpg'];
    const { code, stderr, report } = check([...names.map((n) => files[n]), 'fixtures/de/mobilfunk-knebel.txt']);
    expect(code).toBe(3);
    expect(stderr).not.toMatch(/\n\s+at /);
    const byName = Object.fromEntries(report.documents.map((d: { source: string }) => [d.source.split('/').pop(), d]));
    expect(byName['bomb.png'].error).toMatchObject({ code: 'IMAGE_TOO_LARGE' });
    expect(byName['large.png'].error.message).toMatch(/108 megapixels.*--max-pixels/);
    expect(byName['pages.tif'].error).toMatchObject({ code: 'TOO_MANY_PAGES' });
    expect(byName['truncated.jpg'].error).toMatchObject({ code: 'CORRUPT_IMAGE' });
    expect(byName['heic.heic'].error.message).toMatch(/export it as JPEG/);
    expect(byName['tiny.png'].error).toMatchObject({ code: 'IMAGE_UNREADABLE' });
    expect(byName['tiny.png'].error.message).toMatch(/too small/);
    expect(['NO_TEXT', 'IMAGE_UNREADABLE']).toContain(byName['nothing.jpg'].error.code);
    expect(byName['mobilfunk-knebel.txt'].ok).toBe(true);
  }, 300_000);

  it('--max-pixels lets a genuine large image through the header check', () => {
    const { report } = check(['--max-pixels', '200000000', '--ocr', 'never', files['large.png']]);
    expect(report.documents[0].error.code).toBe('NO_TEXT_LAYER');
  }, 60_000);

  it('--join reads photos as the pages of one document: evidence says page 2', async () => {
    const first = join(dir, 'p1.png');
    const second = join(dir, 'p2.png');
    writeFileSync(first, await textImage(['§ 1 Vertragslaufzeit', 'Der Vertrag wird für eine Mindestlaufzeit', 'von 24 Monaten geschlossen.', 'Der Beitrag beträgt 39,90 Euro im Monat.']));
    writeFileSync(second, await textImage(['§ 2 Verlängerung und Kündigung', 'Der Vertrag verlängert sich automatisch um', 'jeweils 12 Monate, wenn er nicht mit einer', 'Frist von drei Monaten gekündigt wird.']));
    const { code, report } = check(['--join', first, second]);
    expect(code).toBe(0);
    const [doc] = report.documents;
    expect(doc).toMatchObject({ ok: true, format: 'image', pages: 2, source: `${first} + ${second}` });
    expect(doc.facts).toMatchObject({ minimumTerm: 'P24M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P3M' });
    expect(doc.findings.find((f: { ruleId: string }) => f.ruleId === 'auto-renewal').evidence.page).toBe(2);
    expect(doc.ocr.pages.map((p: { page: number }) => p.page)).toEqual([1, 2]);
  }, 300_000);
});
