import { letterRunStart } from './letters.js';
import { lastAtOrBefore } from './sorted.js';
import { TrackedText } from './tracked.js';
import { startsBlock } from './structure.js';
import { repairOcr, type OcrRepairs } from './ocr-repair.js';

/** The normalized text of a document and the way back from any offset to its page. */
export interface NormalizedText {
  text: string;
  pageCount: number;
  /** 1-based page of the character at `offset` of `text`. */
  pageAt(offset: number): number;
  /** Where the character at `offset` of `text` came from: 0-based page and offset in that page's text. */
  rawPosition(offset: number): { page: number; offset: number };
  /** Lines removed as running headers, footers or page numbers. */
  strippedLines: number;
}

/** Normalizing text read by OCR: which pages OCR read, and the language's repairs of its misreadings. */
export interface OcrNormalizing {
  ocrPages: readonly boolean[];
  repairs: OcrRepairs;
  /** The language's unit words (regex sources): a number before one is a number ("l2 Monate"). */
  units: readonly { pattern: string }[];
}

/** Cyrillic and Greek letters that look like Latin ones, swapped into words to dodge keyword matching. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  ο: 'o', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

/** A word that mixes Latin with Cyrillic or Greek letters (genuine Cyrillic or Greek words are left alone). */
const MIXED_SCRIPT_WORD = /(?<!\p{L})(?=\p{L}*\p{Script=Latin})(?=\p{L}*[\p{Script=Cyrillic}\p{Script=Greek}])\p{L}+/gu;

function foldConfusables(m: RegExpExecArray): string {
  return [...m[0]].map((c) => CONFUSABLES[c] ?? c).join('');
}

/**
 * Replace only when a cheap test says the expression can match: the mixed-script and
 * combining-mark expressions try every word of the text and cost more than all other folds
 * together, on texts that almost never hold a Cyrillic, Greek or combining character.
 */
const when = (precondition: RegExp, pattern: RegExp, replacer: (m: RegExpExecArray) => string) =>
  (t: TrackedText): TrackedText => (!OUTSIDE_LATIN.test(t.text) || !precondition.test(t.text) ? t : t.replace(pattern, replacer));

/**
 * Any character outside Latin letters, punctuation and symbols (where no combining mark, Greek or
 * Cyrillic letter is): without one, neither precondition can hold. A plain class without /u is
 * ten times cheaper to scan for than a Unicode property.
 */
export const OUTSIDE_LATIN = /[^\u0000-\u02FF\u1E00-\u1EFF\u2000-\u20CF\u2100-\u2125\u2127-\u2BFF\uFB00-\uFB06\uFEFF\uFFFD]/;

const composeMarks = when(/\p{M}/u, /\p{L}\p{M}+/gu, (m) => m[0].normalize('NFC'));
const foldMixedScript = when(/[\p{Script=Cyrillic}\p{Script=Greek}]/u, MIXED_SCRIPT_WORD, foldConfusables);

const FOLDS: readonly [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/\r\n?/g, '\n'],
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ''], // soft hyphen, zero-width characters, BOM
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\v]/g, ' '], // non-breaking and other spaces, tabs
  [/[\u2010\u2011]/g, '-'], // (non-breaking) hyphens
  [/\u2028|\u2029/g, '\n'],
  [/[\uFF01-\uFF5E]+/g, (m) => m[0].normalize('NFKC')], // fullwidth Latin
  [/[\uFB00-\uFB06]/g, (m) => ({ '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' })[m[0]] ?? m[0]],
  // long s, Kelvin, Ångström and Ohm signs: Unicode case folding equates them with s, k, å, ω; the
  // patterns run without the (slow) Unicode flag, so the text says s, K, Å, Ω (src/prefilter/compile.ts)
  [/[\u017F\u212A\u212B\u2126]/g, (m) => ({ '\u017F': 's', '\u212A': 'K', '\u212B': '\u00C5', '\u2126': '\u03A9' })[m[0]] ?? m[0]],
];

/** Lines that are only a page number: "Seite 2 von 4", "Page 3 of 5", "- 2 -", "2/4". */
const PAGE_NUMBER_LINE =
  /^(?:(?:seite|page|pg\.|s\.|blatt)\s*\d+(?:\s*(?:von|of|\/|aus)\s*\d+)?|[-–—]\s*\d+\s*[-–—]|\d+\s*(?:\/|von|of)\s*\d+|\d{1,3})$/i;

/** Word heads after which a line-end hyphen is a real hyphen ("non-renewal", "month-to-month"). */
const KEEP_HYPHEN_AFTER = new Set(
  ('non self then pre post co ex anti auto opt sign pro well long short full part third first second ' +
    'one two three four five six seven eight nine ten eleven twelve thirty sixty ninety day week month year ' +
    'multi cross follow set add log check pay re')
    .split(' '),
);

/** Conjunctions that follow a suspended hyphen ("Kündigungs- und Widerrufsrecht"). */
const SUSPENDED_HYPHEN_NEXT = /^(?:und|oder|bzw\.?|sowie|and|or|bis|als auch)\b/i;

/**
 * Normalize extracted page texts into one clean text: fold look-alike characters, strip running
 * headers/footers and page numbers, re-join hyphenated words, unwrap hard-wrapped lines into
 * paragraphs (separated by one blank line), collapse spaces. Deterministic and idempotent.
 */
export function normalize(pages: readonly string[], ocr?: OcrNormalizing): NormalizedText {
  const rawPageStarts: number[] = [];
  let raw = '';
  pages.forEach((page, i) => {
    if (i > 0) raw += '\f';
    rawPageStarts.push(raw.length);
    raw += page.replace(/\f/g, '\n');
  });

  let t = composeMarks(TrackedText.from(raw));
  for (const [pattern, replacement] of FOLDS) t = t.replace(pattern, replacement);
  t = foldMixedScript(t);
  if (ocr) t = repairOcr(t, ocr.repairs, ocr.units, (origin) => ocr.ocrPages[lastAtOrBefore(rawPageStarts, origin)] === true);

  const stripped = stripRunningLines(t);
  t = stripped.text;
  t = t.replace(/\f/g, '\n');
  t = t.replace(/ *\n */g, '\n');
  t = t.replace(/^[ \t]*(?:[=\-_*~#·•.+|][ \t]*){3,}$/gm, ''); // decoration lines: underlines, rules, dot leaders
  t = joinHyphenated(t);
  t = foldMixedScript(t); // joining "Mindest-\nаuto" can make a new mixed word
  t = unwrap(t);
  t = collapseSpaces(t);
  t = t.replace(/^\n+|\n+$/g, '');

  const final = t;
  const rawPosition = (offset: number): { page: number; offset: number } => {
    const origin = final.originAt(offset);
    const page = lastAtOrBefore(rawPageStarts, origin);
    return { page, offset: origin - rawPageStarts[page] };
  };
  return {
    text: final.text,
    pageCount: Math.max(1, pages.length),
    strippedLines: stripped.count,
    pageAt: (offset) => rawPosition(offset).page + 1,
    rawPosition,
  };
}

/** Runs of spaces become one space inside a line and vanish at its ends (one pass for both). */
function collapseSpaces(t: TrackedText): TrackedText {
  const text = t.text;
  return t.replace(/^ +| +$| {2,}/gm, (m) => {
    const end = m.index + m[0].length;
    const atLineStart = m.index === 0 || text[m.index - 1] === '\n';
    const atLineEnd = end === text.length || text[end] === '\n';
    return atLineStart || atLineEnd ? '' : ' ';
  });
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/**
 * Running headers and footers are the lines (digits ignored) that recur near the top or bottom
 * of most pages, whatever order the PDF producer emitted them in. Page-number lines go too.
 */
function stripRunningLines(t: TrackedText): { text: TrackedText; count: number } {
  const text = t.text;
  const pageBounds: [number, number][] = [];
  let from = 0;
  for (;;) {
    const ff = text.indexOf('\f', from);
    pageBounds.push([from, ff < 0 ? text.length : ff]);
    if (ff < 0) break;
    from = ff + 1;
  }
  const pages = pageBounds.map(([a, b]) => linesOf(text, a, b).filter((l) => l.text.trim() !== ''));
  const key = (l: Line) => l.text.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#').toLowerCase();
  const EDGE = 2;
  const edges = (lines: Line[]) => [...lines.slice(0, EDGE), ...lines.slice(Math.max(EDGE, lines.length - EDGE))];
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    for (const k of new Set(edges(lines).map(key))) pagesWithKey.set(k, (pagesWithKey.get(k) ?? 0) + 1);
  }
  const nonEmptyPages = pages.filter((p) => p.length > 0).length;
  const threshold = Math.max(2, Math.ceil(nonEmptyPages * 0.5));
  const edits: { start: number; end: number; replacement: string }[] = [];
  for (const lines of pages) {
    for (const line of edges(lines)) {
      const trimmed = line.text.trim();
      const repeated = nonEmptyPages >= 2 && (pagesWithKey.get(key(line)) ?? 0) >= threshold && trimmed.length < 160;
      // take the line break with the line, so text around a removed header joins like any wrapped line
      const end = text[line.end] === '\n' ? line.end + 1 : line.end;
      if (repeated || PAGE_NUMBER_LINE.test(trimmed)) edits.push({ start: line.start, end, replacement: '' });
    }
  }
  edits.sort((a, b) => a.start - b.start);
  const unique = edits.filter((e, i) => i === 0 || e.start !== edits[i - 1].start);
  return { text: t.splice(unique), count: unique.length };
}

/** "Mindest-\nlaufzeit" → "Mindestlaufzeit"; "Online-\nKündigung" → "Online-Kündigung"; keeps "Kündigungs- und". */
function joinHyphenated(t: TrackedText): TrackedText {
  const text = t.text;
  const edits: { start: number; end: number; replacement: string }[] = [];
  // find each "-\n" before a letter, then read the word before it backwards: one pass over the
  // text (a regex starting at every word was the slowest step of normalization)
  const breaks = /-\n(?=\p{L})/gu;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    const start = letterRunStart(text, m.index);
    if (start === m.index) continue;
    const head = text.slice(start, m.index);
    const next = text.slice(m.index + 2, m.index + 14);
    let joined = head;
    if (SUSPENDED_HYPHEN_NEXT.test(next)) joined = `${head}- `;
    else if (/^\p{Lu}/u.test(next) || KEEP_HYPHEN_AFTER.has(head.toLowerCase()) || head.length === 1) joined = `${head}-`;
    edits.push({ start, end: m.index + 2, replacement: joined });
  }
  return t.splice(edits);
}



/**
 * Re-flow hard-wrapped lines. A line break stays when the next line opens a block (section
 * number, bullet), when a blank line separates paragraphs, or when the current line is short
 * and looks finished (a heading, or a paragraph's last line).
 */
function unwrap(t: TrackedText): TrackedText {
  const text = t.text;
  const lines = linesOf(text, 0, text.length);
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0).sort((a, b) => a - b);
  const typical = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0;
  const edits: { start: number; end: number; replacement: string }[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i].text;
    const next = lines[i + 1].text;
    const breakAt = lines[i].end; // the "\n"
    if (line === '') {
      continue; // blank lines are collapsed below
    }
    if (next === '') {
      // paragraph break: collapse the run of blank lines into a single newline
      let j = i + 1;
      while (j < lines.length && lines[j].text === '') j++;
      // no paragraph ends on "der", "the" or a comma: blank lines there split one sentence (copied web pages)
      const split = j < lines.length && DANGLING_END.test(line) && !startsBlock(lines[j].text);
      if (j < lines.length) edits.push({ start: breakAt, end: lines[j].start, replacement: split ? ' ' : '\n\n' });
      i = j - 1;
      continue;
    }
    if (!shouldJoin(line, next, typical)) {
      // a kept break becomes a paragraph break, so normalizing the result again changes nothing
      edits.push({ start: breakAt, end: breakAt + 1, replacement: '\n\n' });
      continue;
    }
    edits.push({ start: breakAt, end: breakAt + 1, replacement: /-$/.test(line) ? '' : ' ' });
  }
  return t.splice(edits);
}

/** A line end no sentence stops at: a comma, an opening bracket, a conjunction, article or preposition. */
const DANGLING_END = /[,(]$|\b(?:und|oder|and|or|der|die|das|the|of|to|von|zu|mit|with|for|für)$/i;

function shouldJoin(line: string, next: string, typical: number): boolean {
  const short = line.length < typical * 0.7;
  // a section number opens a block, unless it only wrapped mid-sentence ("… as set out in\nclause 6.")
  if (startsBlock(next)) return !short && !/[.:;!?)\]]$/.test(line) && /^\p{Ll}/u.test(line.slice(-1)) && !/^[-•*–·▪◦‣(]/u.test(next);
  if (/[;\-–]$/.test(line) || DANGLING_END.test(line)) return true;
  if (short) {
    // a short line is a heading or the end of a paragraph, unless the next line plainly continues it
    return /^\p{Ll}/u.test(next) && !/[.!?:]$/.test(line);
  }
  // a full-width line: the paragraph goes on, unless a heading-like line follows a finished sentence
  return true;
}
