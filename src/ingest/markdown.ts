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
  let cursor = 0;
  for (let i = 0; i < plain.length; i++) {
    const found = source.indexOf(plain[i], cursor);
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
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading) {
      push('');
      push(inline(heading[1]), line);
      push('');
      continue;
    }
    text = text.replace(/^\s*>\s?/, '');
    text = text.replace(/^(\s*)[*+]\s+/, '$1- ');
    if (/^\s*\|.*\|\s*$/.test(text)) text = text.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join('   ');
    push(inline(text), line);
  }
  return TrackedText.concat(out)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}

function inline(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?!\w)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
