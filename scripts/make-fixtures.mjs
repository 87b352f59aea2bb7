#!/usr/bin/env node
// Regenerates every file under fixtures/ (except fixtures/README.md and fixtures/src/) from the
// text sources in fixtures/src/. Run: node scripts/make-fixtures.mjs
//
// Output is deterministic: running the script twice gives byte-identical files.
//  - PDFs (pdfkit): fixed CreationDate/ModDate; pdfkit derives the document /ID and the font
//    subset tag from the info dictionary, so both are stable too.
//  - DOCX (jszip): fixed date on every entry, DEFLATE, fixed entry order.
//  - "Random" bytes come from a seeded PRNG.
//  - bad/encrypted.pdf: qpdf's AES-256 output is random on every run, so the existing file is
//    kept when it decrypts to the same content (see makeEncrypted).
//  - bad/scanned.pdf needs pdftoppm (poppler-utils), bad/encrypted.pdf needs qpdf; when a tool
//    is missing the script says so and skips only that file.
//  - KNEBEL_FIXTURES_DEBUG=1 prints how full the last page of each PDF is (for tuning texts).
//
// Source markup (fixtures/src/**/*.txt, see fixtures/README.md):
//   ---            front matter block (key: value lines) at the very top, closed by ---
//   % ...          comment line
//   # Title        document title
//   > line         block of short lines kept as-is (address block, signature lines)
//   ## Heading     section heading (DOCX: Heading 1 with auto numbering, level 0)
//   ##* Heading    unnumbered heading (DOCX: Heading 1 without numbering)
//   + text         numbered clause (DOCX: auto numbering level 1, shown as "4.1")
//   ++ text        numbered item (DOCX: auto numbering level 2, shown as "(a)")
//   other          paragraph; consecutive lines are joined with a space
// Inline markup:
//   **bold**       bold run (DOCX only; PDF/TXT drop the asterisks)
//   [text](url)    hyperlink (DOCX only; elsewhere just "text")
//   ~              optional hyphenation point (PDF: may break here with "-")
//   |              forced hyphenated line break inside a word (PDF: "Mindest-" / "laufzeit")
//   ^              at the end of a word: forced line break after that word (PDF)
//   _              non-breaking space (printed as a normal space)
//   ¦              run boundary inside a word (DOCX: the word is split over two <w:r>)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { makeScanTwins } from './lib/scan-twins.mjs';
import JSZip from 'jszip';
import { finishPdf, hardWrap, xmlEscape } from './lib/documents.mjs';
import { fnv1a, mulberry32 } from './lib/random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIX = path.join(ROOT, 'fixtures');
const SRC = path.join(FIX, 'src');

const FONT_REGULAR = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

/** Every date written into a fixture. */
const FIXED_DATE = new Date(Date.UTC(2025, 2, 1, 9, 0, 0));
const FIXED_ISO = '2025-03-01T09:00:00Z';

const written = [];
const skipped = [];
const kept = [];
const warnings = [];
const errors = [];

// ---------------------------------------------------------------------------------------------
// helpers

function out(rel, bytes) {
  const file = path.join(FIX, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  written.push(rel);
}

function readSrc(rel) {
  return fs.readFileSync(path.join(SRC, rel), 'utf8').replace(/\r\n/g, '\n');
}

function have(tool) {
  const r = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'buffer' });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.toString()}`);
  }
  return r.stdout;
}

/** mulberry32 seeded with a string (FNV-1a): reproducible "random" bytes. */
function seededBytes(seed, length) {
  const next = mulberry32(fnv1a(seed));
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = (next() * 4294967296) & 0xff;
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// source parser

function parseSource(text) {
  const meta = {};
  let body = text;
  if (text.startsWith('---\n')) {
    const end = text.indexOf('\n---\n', 4);
    if (end < 0) throw new Error('unterminated front matter');
    for (const line of text.slice(4, end).split('\n')) {
      const m = /^(\w+):\s*(.*)$/.exec(line);
      if (m) meta[m[1]] = m[2];
    }
    body = text.slice(end + 5);
  }
  const blocks = [];
  const lines = body.split('\n').filter((l) => !l.startsWith('%'));
  let chunk = [];
  const flush = () => {
    if (!chunk.length) return;
    const first = chunk[0];
    if (first.startsWith('# ')) blocks.push({ type: 'title', text: chunk.map((l) => l.replace(/^# /, '')).join(' ') });
    else if (first.startsWith('##* ')) blocks.push({ type: 'heading', numbered: false, text: chunk.join(' ').slice(4) });
    else if (first.startsWith('## ')) blocks.push({ type: 'heading', numbered: true, text: chunk.join(' ').slice(3) });
    else if (first.startsWith('> ') || first === '>') blocks.push({ type: 'lines', lines: chunk.map((l) => l.replace(/^> ?/, '')) });
    else if (first.startsWith('++ ')) blocks.push({ type: 'item', level: 2, text: chunk.join(' ').slice(3) });
    else if (first.startsWith('+ ')) blocks.push({ type: 'item', level: 1, text: chunk.join(' ').slice(2) });
    else blocks.push({ type: 'para', text: chunk.join(' ') });
    chunk = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else chunk.push(line.trimEnd());
  }
  flush();
  return { meta, blocks };
}

/** Plain text of a markup string: all markers removed, links reduced to their text. */
function plain(s) {
  return s
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/[~|^¦]/g, '')
    .replace(/_/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// PDF

const A4 = [595.28, 841.89];

function makePdf(srcRel, outRel, opts = {}) {
  const { meta, blocks } = parseSource(readSrc(srcRel));
  const L = {
    left: 64,
    right: A4[0] - 64,
    top: 88,
    bottom: 772,
    headerY: 40,
    footerY: 796,
    body: { font: 'regular', size: 9.5, lh: 13.2 },
    heading: { font: 'bold', size: 10.5, lh: 15, gap: 8 },
    title: { font: 'bold', size: 15, lh: 20, gap: 0 },
    meta: { font: 'regular', size: 8.8, lh: 12.4 },
    paraGap: 4.5,
    hang: 24,
  };
  const width = L.right - L.left;

  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: meta.title ?? '',
      Author: meta.author ?? '',
      Subject: meta.subject ?? '',
      Keywords: meta.keywords ?? '',
      Creator: 'knebel scripts/make-fixtures.mjs',
      Producer: 'PDFKit',
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
    lang: meta.lang,
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const measure = (style) => (s) => doc.font(style.font).fontSize(style.size).widthOfString(s);

  // 1. wrap every block into lines
  const events = [];
  const items = []; // { kind, style, lines: [{text, label?}], indent, gapBefore, keepNext }
  for (const b of blocks) {
    if (b.type === 'title') {
      const lines = wrap(plainKeepBreaks(b.text), width, measure(L.title), events).map((t) => ({ text: t }));
      items.push({ style: L.title, lines, indent: 0, gapBefore: 0, keepNext: true, after: 6 });
    } else if (b.type === 'lines') {
      const lines = b.lines.map((t) => ({ text: plain(t) }));
      for (const l of lines) {
        if (measure(L.meta)(l.text) > width) warnings.push(`${outRel}: line wider than the text area: "${l.text}"`);
      }
      items.push({ style: L.meta, lines, indent: 0, gapBefore: 6, keepNext: false, after: 4 });
    } else if (b.type === 'heading') {
      const lines = wrap(plainKeepBreaks(b.text), width, measure(L.heading), events).map((t) => ({ text: t }));
      items.push({ style: L.heading, lines, indent: 0, gapBefore: L.heading.gap, keepNext: true, after: 2 });
    } else {
      const text = plainKeepBreaks(b.text);
      const m = /^(\(\d+\)|\d+\.\d+(?:\.\d+)?)\s+(.*)$/.exec(text);
      if (m) {
        const lines = wrap(m[2], width - L.hang, measure(L.body), events).map((t, i) => ({ text: t, label: i === 0 ? m[1] : undefined }));
        items.push({ style: L.body, lines, indent: L.hang, gapBefore: L.paraGap, keepNext: false });
      } else {
        const lines = wrap(text, width, measure(L.body), events).map((t) => ({ text: t }));
        items.push({ style: L.body, lines, indent: 0, gapBefore: L.paraGap, keepNext: false });
      }
    }
  }

  // 2. paginate
  const pages = [[]];
  let y = L.top;
  const newPage = () => {
    pages.push([]);
    y = L.top;
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const lh = it.style.lh;
    const atTop = pages[pages.length - 1].length === 0;
    let gap = atTop ? 0 : it.gapBefore;
    // keep headings with the first two lines of what follows
    if (it.keepNext && items[i + 1]) {
      const next = items[i + 1];
      const need = gap + lh * it.lines.length + next.gapBefore + next.style.lh * Math.min(2, next.lines.length);
      if (y + need > L.bottom && !atTop) {
        newPage();
        gap = 0;
      }
    }
    // no single first line at the bottom of a page
    if (!atTop && it.lines.length >= 2 && y + gap + 2 * lh > L.bottom) {
      newPage();
      gap = 0;
    }
    y += gap;
    for (let j = 0; j < it.lines.length; j++) {
      const remaining = it.lines.length - j;
      // no single last line at the top of the next page
      const needHere = remaining === 2 && j > 0 ? 2 * lh : lh;
      if (y + needHere > L.bottom) {
        newPage();
      }
      pages[pages.length - 1].push({ ...it.lines[j], style: it.style, x: L.left, indent: it.indent, y });
      y += lh;
    }
    y += it.after ?? 0;
  }
  const total = pages.length;
  const lastY = pages[total - 1].length ? pages[total - 1][pages[total - 1].length - 1].y : L.top;
  if (process.env.KNEBEL_FIXTURES_DEBUG) console.log(`${outRel}: ${total} pages, last page filled to ${(((lastY - L.top) / (L.bottom - L.top)) * 100).toFixed(0)} %`);
  if (meta.pages && Number(meta.pages) !== total) {
    errors.push(`${srcRel}: laid out on ${total} pages, front matter says pages: ${meta.pages}`);
  }

  // 3. check the forced hyphenations landed well (line filled at least 75 %)
  for (const e of events) {
    if (e.fill < 0.75) warnings.push(`${outRel}: forced break "${e.line}" fills only ${(e.fill * 100).toFixed(0)} % of the line`);
  }

  // 4. render
  const header = meta.header ?? '';
  const footer = meta.footer ?? 'Page {page} of {pages}';
  pages.forEach((lines, p) => {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.font('regular').fontSize(8).fillColor('#555555');
    doc.text(header, L.left, L.headerY, { lineBreak: false });
    doc.moveTo(L.left, L.headerY + 13).lineTo(L.right, L.headerY + 13).lineWidth(0.5).strokeColor('#999999').stroke();
    doc.fillColor('#000000');
    for (const ln of lines) {
      doc.font(ln.style.font).fontSize(ln.style.size);
      if (ln.label) doc.text(ln.label, ln.x, ln.y, { lineBreak: false });
      doc.text(ln.text, ln.x + ln.indent, ln.y, { lineBreak: false });
    }
    const f = footer.replace('{page}', String(p + 1)).replace('{pages}', String(total));
    doc.font('regular').fontSize(8).fillColor('#555555');
    doc.moveTo(L.left, L.footerY - 6).lineTo(L.right, L.footerY - 6).lineWidth(0.5).strokeColor('#999999').stroke();
    const fw = doc.widthOfString(f);
    doc.text(f, (A4[0] - fw) / 2, L.footerY, { lineBreak: false });
    doc.fillColor('#000000');
  });
  return finishPdf(doc).then((buf) => {
    out(outRel, buf);
    return { buf, pages: total, events };
  });
}


/** Like plain() but keeps the PDF line-breaking markers ~ | ^ _ for wrap(). */
function plainKeepBreaks(s) {
  return s.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\*\*/g, '').replace(/¦/g, '');
}

/**
 * Greedy word wrap at a fixed width with our own hyphenation:
 * "~" optional break point, "|" forced hyphenated break, "^" forced break after a word,
 * "_" non-breaking space. Real hyphens ("E-Mail", "Kündigungs-") never split a word.
 */
function wrap(text, width, measure, events) {
  const show = (s) => s.replace(/[~|^]/g, '').replace(/_/g, ' ');
  const join = (a, b) => (a ? `${a} ${b}` : b);
  const fits = (s) => measure(s) <= width + 0.01;
  const queue = text.split(/ +/).filter(Boolean);
  const lines = [];
  let cur = '';
  while (queue.length) {
    let tok = queue.shift();
    const breakAfter = tok.endsWith('^');
    if (breakAfter) tok = tok.slice(0, -1);
    const forced = tok.indexOf('|');
    if (forced >= 0) {
      const pre = `${show(tok.slice(0, forced))}-`;
      const rest = tok.slice(forced + 1) + (breakAfter ? '^' : '');
      let line;
      if (fits(join(cur, pre))) {
        line = join(cur, pre);
      } else {
        if (cur) lines.push(cur);
        line = pre;
      }
      lines.push(line);
      events.push({ kind: 'hyphen', line, fill: measure(line) / width });
      cur = '';
      queue.unshift(rest);
      continue;
    }
    const shown = show(tok);
    if (fits(join(cur, shown))) {
      cur = join(cur, shown);
    } else {
      // optional hyphenation points, longest prefix first
      let split = false;
      const points = [...tok.matchAll(/~/g)].map((m) => m.index).reverse();
      for (const p of points) {
        const pre = `${show(tok.slice(0, p))}-`;
        if (fits(join(cur, pre))) {
          lines.push(join(cur, pre));
          queue.unshift(tok.slice(p + 1) + (breakAfter ? '^' : ''));
          cur = '';
          split = true;
          break;
        }
      }
      if (split) continue;
      if (cur) {
        lines.push(cur);
        cur = '';
        queue.unshift(tok + (breakAfter ? '^' : ''));
        continue;
      }
      cur = shown; // a single word wider than the line: let it overflow
    }
    if (breakAfter) {
      lines.push(cur);
      events.push({ kind: 'break', line: cur, fill: measure(cur) / width });
      cur = '';
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// plain text

const CP1252_EXTRA = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

function encode(text, encoding) {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'utf16lebom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'latin1' || encoding === 'cp1252') {
    const bytes = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0);
      if (encoding === 'cp1252' && CP1252_EXTRA[ch] !== undefined) bytes.push(CP1252_EXTRA[ch]);
      else if (cp <= 0x7f || (cp >= 0xa0 && cp <= 0xff)) bytes.push(cp);
      else throw new Error(`character ${JSON.stringify(ch)} (U+${cp.toString(16)}) not representable in ${encoding}`);
    }
    return Buffer.from(bytes);
  }
  throw new Error(`unknown encoding ${encoding}`);
}

/** Downgrade typography so the text fits plain ISO-8859-1. */
function toLatin1Text(s) {
  return s
    .replace(/(\d) ?€/g, '$1 EUR')
    .replace(/€/g, 'EUR')
    .replace(/[„“”]/g, '"')
    .replace(/[‚‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...');
}


function renderText(srcRel, { width = 72, transform = (s) => s } = {}) {
  const { blocks } = parseSource(readSrc(srcRel));
  const outLines = [];
  const nb = (s) => transform(plain(s)).replace(/ +/g, ' ');
  for (const b of blocks) {
    if (b.type === 'title') {
      const t = nb(b.text);
      outLines.push(t, '='.repeat(Math.min(width, t.length)), '');
    } else if (b.type === 'lines') {
      for (const l of b.lines) outLines.push(transform(plain(l)));
      outLines.push('');
    } else if (b.type === 'heading') {
      const t = nb(b.text);
      outLines.push(t, '-'.repeat(Math.min(width, t.length)), '');
    } else {
      const t = nb(b.text);
      const m = /^(\d+\.\d+(?:\.\d+)?|\d+\.|\(\d+\)|\([a-z]\))\s+/.exec(t);
      outLines.push(...hardWrap(t, width, m ? m[0].length : 0), '');
    }
  }
  while (outLines.length && outLines[outLines.length - 1] === '') outLines.pop();
  const long = outLines.filter((l) => l.length > width);
  if (long.length) warnings.push(`${srcRel}: ${long.length} line(s) longer than ${width} columns`);
  return `${outLines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// DOCX

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';


function docxRuns(text, links) {
  // split into link / bold / plain segments; "¦" splits runs inside a word
  const out = [];
  const re = /\[([^\]]+)\]\(([^)]+)\)|\*\*([^*]+)\*\*/g;
  let last = 0;
  let m;
  const runs = (s, bold) =>
    s
      .split('¦')
      .filter((x) => x !== '')
      .map((part) => {
        const t = xmlEscape(part.replace(/[~|^]/g, '').replace(/_/g, '\u00a0'));
        return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
      })
      .join('');
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(runs(text.slice(last, m.index), false));
    if (m[1] !== undefined) {
      const id = `rId${100 + links.length}`;
      links.push({ id, url: m[2] });
      out.push(
        `<w:hyperlink r:id="${id}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">${xmlEscape(m[1])}</w:t></w:r></w:hyperlink>`,
      );
    } else {
      out.push(runs(m[3], true));
    }
    last = re.lastIndex;
  }
  if (last < text.length) out.push(runs(text.slice(last), false));
  return out.join('');
}

function para(style, inner, numLevel) {
  const ppr = [];
  if (style) ppr.push(`<w:pStyle w:val="${style}"/>`);
  if (numLevel !== undefined) ppr.push(`<w:numPr><w:ilvl w:val="${numLevel}"/><w:numId w:val="1"/></w:numPr>`);
  return `<w:p>${ppr.length ? `<w:pPr>${ppr.join('')}</w:pPr>` : ''}${inner}</w:p>`;
}

function docxParts(srcRel) {
  const { meta, blocks } = parseSource(readSrc(srcRel));
  const links = [];
  const body = [];
  for (const b of blocks) {
    if (b.type === 'title') body.push(para('Title', docxRuns(b.text, links)));
    else if (b.type === 'lines') for (const l of b.lines) body.push(para('NoSpacing', docxRuns(l, links)));
    else if (b.type === 'heading') body.push(para('Heading1', docxRuns(b.text, links), b.numbered ? 0 : undefined));
    else if (b.type === 'item') body.push(para('ListParagraph', docxRuns(b.text, links), b.level));
    else body.push(para(null, docxRuns(b.text, links)));
  }
  const sect =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  const documentXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body.join('')}${sect}</w:body></w:document>`;

  const lvl = (ilvl, fmt, text, left, hanging, extra = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr>${extra}</w:lvl>`;
  const levels = [
    lvl(0, 'decimal', '%1.', 567, 567, '<w:rPr><w:b/></w:rPr>'),
    lvl(1, 'decimal', '%1.%2', 567, 567),
    lvl(2, 'lowerLetter', '(%3)', 1134, 567),
    lvl(3, 'lowerRoman', '(%4)', 1701, 567),
    lvl(4, 'decimal', '%1.%2.%3.%4.%5', 2268, 567),
    lvl(5, 'decimal', '%1.%2.%3.%4.%5.%6', 2835, 567),
    lvl(6, 'decimal', '%1.%2.%3.%4.%5.%6.%7', 3402, 567),
    lvl(7, 'decimal', '%1.%2.%3.%4.%5.%6.%7.%8', 3969, 567),
    lvl(8, 'decimal', '%1.%2.%3.%4.%5.%6.%7.%8.%9', 4536, 567),
  ];
  const numberingXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:nsid w:val="4B1D2C3E"/><w:multiLevelType w:val="multilevel"/>` +
    `${levels.join('')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

  const stylesXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:after="240"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="280" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>` +
    `<w:pPr><w:ind w:left="720"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="NoSpacing"><w:name w:val="No Spacing"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>` +
    `</w:styles>`;

  const settingsXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`;

  const rootRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
    `</Relationships>`;

  const docRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
    `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
    links
      .map((l) => `<Relationship Id="${l.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xmlEscape(l.url)}" TargetMode="External"/>`)
      .join('') +
    `</Relationships>`;

  const coreXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlEscape(meta.title ?? '')}</dc:title><dc:creator>${xmlEscape(meta.author ?? '')}</dc:creator><dc:language>${xmlEscape(meta.lang ?? 'en-GB')}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_ISO}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_ISO}</dcterms:modified>` +
    `</cp:coreProperties>`;
  const appXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>knebel scripts/make-fixtures.mjs</Application></Properties>`;

  return [
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', rootRels],
    ['docProps/core.xml', coreXml],
    ['docProps/app.xml', appXml],
    ['word/document.xml', documentXml],
    ['word/styles.xml', stylesXml],
    ['word/numbering.xml', numberingXml],
    ['word/settings.xml', settingsXml],
    ['word/_rels/document.xml.rels', docRels],
  ];
}

async function makeDocx(srcRel, outRel) {
  const zip = new JSZip();
  for (const [name, content] of docxParts(srcRel)) {
    zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  const buf = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
  out(outRel, buf);
}

// ---------------------------------------------------------------------------------------------
// "bad" inputs

async function makeScanned(sourcePdf, outRel) {
  if (!have('pdftoppm')) {
    skipped.push(`${outRel}: pdftoppm not found (apt-get install -y poppler-utils)`);
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'knebel-fixtures-'));
  try {
    const inPdf = path.join(tmp, 'in.pdf');
    fs.writeFileSync(inPdf, sourcePdf);
    run('pdftoppm', ['-r', '80', '-png', '-gray', '-f', '1', '-l', '1', '-singlefile', inPdf, path.join(tmp, 'page')]);
    const png = fs.readFileSync(path.join(tmp, 'page.png'));
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      info: { Title: 'Scan', Creator: 'knebel scripts/make-fixtures.mjs (simulated scan)', Producer: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    });
    doc.image(png, 0, 0, { width: A4[0], height: A4[1] });
    out(outRel, await finishPdf(doc));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function makeEncrypted(sourcePdf, outRel) {
  if (!have('qpdf')) {
    skipped.push(`${outRel}: qpdf not found (apt-get install -y qpdf)`);
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'knebel-fixtures-'));
  try {
    const inPdf = path.join(tmp, 'in.pdf');
    const freshPdf = path.join(tmp, 'fresh.pdf');
    fs.writeFileSync(inPdf, sourcePdf);
    // AES-256 (R6) draws a random file key and random salts on every run, and qpdf has no switch
    // to seed them (--static-id / --static-aes-iv only fix the /ID and the IVs). So the bytes of
    // a fresh encryption always differ; to keep the committed file stable we keep the existing
    // fixtures/bad/encrypted.pdf whenever it decrypts (password "knebel") to exactly what the
    // fresh one decrypts to.
    run('qpdf', ['--static-id', '--static-aes-iv', '--encrypt', 'knebel', 'knebel-owner', '256', '--', inPdf, freshPdf]);
    const decrypt = (file, name) => {
      const dest = path.join(tmp, name);
      const r = spawnSync('qpdf', ['--static-id', '--password=knebel', '--decrypt', file, dest]);
      return r.status === 0 ? fs.readFileSync(dest) : null;
    };
    const existing = path.join(FIX, outRel);
    if (fs.existsSync(existing)) {
      const before = decrypt(existing, 'old-plain.pdf');
      const now = decrypt(freshPdf, 'new-plain.pdf');
      if (before && now && before.equals(now)) {
        kept.push(`${outRel} (content unchanged; AES-256 output is never byte-reproducible, so the existing file was kept)`);
        return;
      }
    }
    out(outRel, fs.readFileSync(freshPdf));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// main

async function main() {
  // Optional arguments: only (re)build outputs whose path contains one of them, e.g.
  //   node scripts/make-fixtures.mjs de/fitnessstudio
  const only = process.argv.slice(2);
  const want = (rel) => only.length === 0 || only.some((o) => rel.includes(o));
  const crlf = (s) => s.replace(/\n/g, '\r\n');
  const copy = (srcRel, outRel) => want(outRel) && out(outRel, fs.readFileSync(path.join(SRC, srcRel)));

  // German gym contracts (PDF); bad/* fixtures are derived from them
  const needDe = ['de/fitnessstudio-knebel.pdf', 'de/fitnessstudio-fair.pdf', 'bad/scanned.pdf', 'bad/encrypted.pdf', 'bad/truncated.pdf', 'scans/'];
  let deKnebel;
  let deFair;
  if (needDe.some(want)) {
    deKnebel = await makePdf('de/fitnessstudio-knebel.txt', 'de/fitnessstudio-knebel.pdf');
    deFair = await makePdf('de/fitnessstudio-fair.txt', 'de/fitnessstudio-fair.pdf');
  }

  // English gym (PDF + Markdown)
  let enKnebel;
  if (want('en/gym-knebel.pdf') || want('scans/')) enKnebel = await makePdf('en/gym-knebel.txt', 'en/gym-knebel.pdf');
  copy('en/gym-fair.md', 'en/gym-fair.md');

  // English SaaS (DOCX)
  if (want('en/saas-knebel.docx')) await makeDocx('en/saas-knebel.txt', 'en/saas-knebel.docx');
  if (want('en/saas-fair.docx')) await makeDocx('en/saas-fair.txt', 'en/saas-fair.docx');

  // German mobile contracts (plain text in several encodings)
  if (want('de/mobilfunk-knebel.txt')) {
    out('de/mobilfunk-knebel.txt', encode(crlf(renderText('de/mobilfunk-knebel.txt', { transform: toLatin1Text })), 'latin1'));
  }
  if (want('de/mobilfunk-knebel-cp1252.txt')) {
    out('de/mobilfunk-knebel-cp1252.txt', encode(crlf(renderText('de/mobilfunk-knebel.txt')), 'cp1252'));
  }
  if (want('de/mobilfunk-fair.txt') || want('de/mobilfunk-fair-utf16.txt')) {
    const fairText = renderText('de/mobilfunk-fair.txt');
    out('de/mobilfunk-fair.txt', encode(fairText, 'utf8bom'));
    out('de/mobilfunk-fair-utf16.txt', encode(fairText, 'utf16lebom'));
  }

  // English streaming terms (HTML, hand-written, copied verbatim)
  copy('en/streaming-terms-knebel.html', 'en/streaming-terms-knebel.html');
  copy('en/streaming-terms-fair.html', 'en/streaming-terms-fair.html');

  // scanned and photographed twins of the PDFs (OCR tests and eval)
  if (want('scans/')) {
    const sources = [
      { rel: 'de/fitnessstudio-knebel.pdf', pdf: deKnebel.buf },
      { rel: 'de/fitnessstudio-fair.pdf', pdf: deFair.buf },
      { rel: 'en/gym-knebel.pdf', pdf: enKnebel.buf },
    ];
    for (const [rel, bytes] of await makeScanTwins(sources, FIXED_DATE)) out(rel, bytes);
  }

  // bad inputs
  if (want('bad/scanned.pdf')) await makeScanned(deKnebel.buf, 'bad/scanned.pdf');
  if (want('bad/encrypted.pdf')) makeEncrypted(deFair.buf, 'bad/encrypted.pdf');
  if (want('bad/truncated.pdf')) out('bad/truncated.pdf', deKnebel.buf.subarray(0, 3000));
  if (want('bad/empty.txt')) out('bad/empty.txt', Buffer.alloc(0));
  if (want('bad/random.pdf')) out('bad/random.pdf', seededBytes('knebel/bad/random.pdf', 4096));
  copy('bad/not-a-docx.txt', 'bad/not-a-docx.docx');
  copy('bad/french.txt', 'bad/french.txt');
  if (want('bad/legacy.doc')) {
    const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    out('bad/legacy.doc', Buffer.concat([ole2, seededBytes('knebel/bad/legacy.doc', 4096)]));
  }

  for (const f of written) console.log(`wrote fixtures/${f}`);
  for (const k of kept) console.log(`kept fixtures/${k}`);
  for (const s of skipped) console.log(`SKIPPED fixtures/${s}`);
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const e of errors) console.error(`ERROR: ${e}`);
  if (errors.length) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
