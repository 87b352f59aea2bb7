import { TrackedText } from '../text/tracked.js';

/**
 * Plain text of a Markdown document: the markup goes, the structure (headings, numbered and
 * bulleted items, paragraphs) stays as lines and blank lines.
 */
export function markdownToText(markdown: string): string {
  return markdownToTracked(markdown).text;
}

/** Lines of a text with the offset each starts at ("\r\n", "\r" and "\n" all end a line). */
function linesWithStarts(text: string): { line: string; start: number }[] {
  const lines: { line: string; start: number }[] = [];
  const breaks = /\r\n?|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push({ line: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  lines.push({ line: text.slice(start), start });
  return lines;
}

/**
 * Where each character of a line's plain text stands in its Markdown source line: markup only
 * removes characters, so each one is looked for from where the previous one was found (a replaced
 * bullet or table bar keeps the place before it). Lines are exact; columns are exact unless the
 * markup inserted characters.
 */
function alignLine(plain: string, source: string, start: number): TrackedText {
  const origin = new Int32Array(plain.length);
  // a character missing after the cursor is missing after any later cursor too: not searched again
  // (a 1 MB table row gains spaces its source lacks; searching for each of them was quadratic)
  const missing = new Set<string>();
  let cursor = 0;
  for (let i = 0; i < plain.length; i++) {
    const found = missing.has(plain[i]) ? -1 : source.indexOf(plain[i], cursor);
    if (found === -1) missing.add(plain[i]);
    const at = found === -1 ? Math.min(cursor, Math.max(0, source.length - 1)) : found;
    origin[i] = start + at;
    if (found !== -1) cursor = found + 1;
  }
  return TrackedText.withOrigins(plain, origin);
}

/** `markdownToText` that remembers, for each character, its offset in the Markdown source. */
export function markdownToTracked(markdown: string): TrackedText {
  const out: TrackedText[] = [];
  let fence = false;
  let lineStart = 0;
  const push = (plain: string, source = '') => {
    if (out.length) out.push(TrackedText.fromSource('\n', lineStart, -1));
    out.push(source ? alignLine(plain, source, lineStart) : TrackedText.fromSource(plain, lineStart, -1));
  };
  for (const { line, start } of linesWithStarts(markdown)) {
    lineStart = start;
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) {
      push(line, line);
      continue;
    }
    if (/^\s*(?:={3,}|-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      push(''); // setext underline or horizontal rule
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table separator
    let text = line;
    const heading = /^\s{0,3}#{1,6}\s+/.exec(text);
    if (heading) {
      push('');
      // the closing "#"s and spaces are cut by trimming, not by a pattern that backtracks over every space
      push(inline(text.slice(heading[0].length).trimEnd().replace(/\s#+$/, '').trimEnd()), line);
      push('');
      continue;
    }
    text = text.replace(/^\s*>\s?/, '');
    text = text.replace(/^(\s*)[*+]\s+/, '$1- ');
    if (/^\s*\|.*\|\s*$/.test(text)) text = text.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join(' | '); // bars kept: plan tables keep their columns for the facts
    push(inline(text), line);
  }
  return TrackedText.concat(out)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}

/**
 * Text between a pair of `delimiter`s, the markers dropped: an opener is followed by a non-space,
 * its closer is the next delimiter preceded by one. One pass over the text: a regex with a lazy
 * body retried from every unclosed "**" was quadratic (a 1 MB line of "**a " ran for minutes).
 */
function unwrapPairs(text: string, delimiter: string, dropBody = false): string {
  let out = '';
  let last = 0;
  let from = 0;
  const space = (c: string | undefined) => c === undefined || /\s/.test(c);
  for (;;) {
    const open = text.indexOf(delimiter, from);
    if (open < 0) break;
    const body = open + delimiter.length;
    if (!dropBody && space(text[body])) {
      from = open + 1;
      continue;
    }
    let close = text.indexOf(dropBody ? '-->' : delimiter, body + (dropBody ? 0 : 1));
    while (!dropBody && close >= 0 && space(text[close - 1])) close = text.indexOf(delimiter, close + 1);
    // no closer after this opener means none after any later opener either
    if (close < 0) break;
    out += text.slice(last, open) + (dropBody ? '' : text.slice(body, close));
    last = from = close + (dropBody ? 3 : delimiter.length);
  }
  return out + text.slice(last);
}

/**
 * The other inline patterns are linear by construction: each bracketed part excludes its own
 * opening character, so a scan from one opener stops at the next one.
 */
const INLINE: [RegExp, string][] = [
  [/!\[([^\][]*)\]\([^()]*\)/g, '$1'],
  [/\[([^\][]+)\]\([^()]*\)/g, '$1'],
  [/\[([^\][]+)\]\[[^\][]*\]/g, '$1'],
  [/<\/?[a-zA-Z][^<>]*>/g, ''],
];
const AFTER_EMPHASIS: [RegExp, string][] = [
  [/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?!\w)/g, '$1$3'],
  [/`([^`]+)`/g, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'],
];

function inline(text: string): string {
  let out = unwrapPairs(text, '<!--', true);
  out = INLINE.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), out);
  out = unwrapPairs(unwrapPairs(out, '**'), '__');
  return AFTER_EMPHASIS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), out);
}
