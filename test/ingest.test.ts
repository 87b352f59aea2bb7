import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { decodeText } from '../src/ingest/decode.js';
import { detectKind, looksLikeHtml, looksLikeMarkdown } from '../src/ingest/detect.js';
import { htmlToText } from '../src/ingest/html.js';
import { ingest } from '../src/ingest/index.js';
import { markdownToText } from '../src/ingest/markdown.js';

const sample = 'Kündigungsfrist für Verträge: drei Monate zum Monatsende, Gebühr 5 €.';

describe('text decoding', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(sample, 'utf8'))).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]))).toEqual({ text: sample, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with BOM, and LE without', () => {
    const le = Buffer.from(sample, 'utf16le');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(sample);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: sample, encoding: 'utf-16be' });
    expect(decodeText(le).encoding).toBe('utf-16le');
  });

  it('reads Windows-1252 / Latin-1 with umlauts, € and typographic quotes', () => {
    const bytes = Buffer.from([...Buffer.from('K', 'latin1'), 0xfc, ...Buffer.from('ndigung ', 'latin1'), 0x84, 0x80, 0x93]);
    expect(decodeText(bytes)).toEqual({ text: 'Kündigung „€“', encoding: 'windows-1252' });
  });

  it('rejects binary data', () => {
    expect(() => decodeText(new Uint8Array(200).map((_, i) => (i * 7) % 32))).toThrow(InputError);
  });
});

describe('format detection by content', () => {
  it('knows PDF, DOCX, legacy formats and images by their bytes', () => {
    expect(detectKind(Buffer.from('%PDF-1.7\n...'))).toBe('pdf');
    expect(detectKind(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml')]))).toBe('docx');
    expect(() => detectKind(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text')]))).toThrow(/OpenDocument/);
    expect(() => detectKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toThrow(/legacy Word/);
    expect(() => detectKind(Buffer.from('{\\rtf1\\ansi'))).toThrow(/RTF/);
    expect(detectKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe('image');
    expect(() => detectKind(Buffer.from('\0\0\0\x18ftypheic\0\0'))).toThrow(/HEIC.*JPEG/);
    expect(detectKind(Buffer.from(sample))).toBe('text');
  });

  it('tells HTML, Markdown and plain text apart', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<p>a</p><p>b</p><div>c</div>')).toBe(true);
    expect(looksLikeHtml('Preis < 5 € und > 3 €')).toBe(false);
    expect(looksLikeMarkdown('# Vertrag\n\nText')).toBe(true);
    expect(looksLikeMarkdown('Vertrag\n=======\n\nText')).toBe(false);
    expect(looksLikeMarkdown('Ein normaler Vertrag.')).toBe(false);
  });

  it('rejects empty and oversized input', async () => {
    await expect(ingest(new Uint8Array(0))).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    await expect(ingest(Buffer.from(sample), { maxBytes: 10 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});

describe('HTML to text', () => {
  it('keeps visible text and block structure only', () => {
    const html = `<html><head><title>T</title><style>p{}</style><script>var term = "99 months";</script></head>
      <body><nav>Home</nav><h2>3. Laufzeit</h2><p>Die Mindestlaufzeit&nbsp;beträgt <b>12&nbsp;Monate</b> &amp; mehr.</p>
      <div style="display: none">Verstecktes 48 Monate</div><p hidden>hidden</p><noscript>noscript</noscript>
      <iframe src="https://example.com">frame text</iframe><img src="https://example.com/x.png" alt="">
      <ol><li>Erstens</li><li>Zweitens<ol><li>Unterpunkt</li></ol></li></ol><ul><li>Punkt</li></ul></body></html>`;
    const text = htmlToText(html);
    expect(text).not.toMatch(/99 months|48 Monate|hidden|noscript|frame text|p\{\}/);
    expect(text).toContain('3. Laufzeit\n\nDie Mindestlaufzeit beträgt 12 Monate & mehr.');
    expect(text).toMatch(/1\. Erstens/);
    expect(text).toMatch(/2\. Zweitens\s+1\. Unterpunkt/);
    expect(text).toContain('- Punkt');
    expect(htmlToText('<ol><li>A<ol><li>B</li></ol></li></ol>', { hierarchicalLists: true })).toMatch(/1\. A\s+1\.1\. B/);
  });

  it('keeps the columns of a table, its cells joined by bars as in Markdown', () => {
    const html = '<table><tr><th>Tarif</th><th>Laufzeit</th></tr><tr><td>Basic</td><td>12 Monate</td></tr><tr><td hidden>x</td><td>Solo</td></tr></table>';
    expect(htmlToText(html)).toBe('Tarif | Laufzeit\n\nBasic | 12 Monate\n\nSolo');
    // a table inside a cell keeps its own count of cells
    expect(htmlToText('<table><tr><td>A<table><tr><td>B</td><td>C</td></tr></table></td><td>D</td></tr></table>')).toMatch(/A\s+B \| C\s+\| D/);
  });
});

describe('Markdown to text', () => {
  it('drops markup and keeps structure', () => {
    const md = '# Vertrag\n\n## 2. Laufzeit\n\nDie **Mindestlaufzeit** beträgt _12 Monate_, siehe [AGB](https://x.example).\n\n* Punkt eins\n1. Erstens\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    expect(markdownToText(md)).toBe('Vertrag\n\n2. Laufzeit\n\nDie Mindestlaufzeit beträgt 12 Monate, siehe AGB.\n\n- Punkt eins\n1. Erstens\n\na | b\n1 | 2');
  });
});
