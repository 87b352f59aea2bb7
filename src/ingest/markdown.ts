/**
 * Plain text of a Markdown document: the markup goes, the structure (headings, numbered and
 * bulleted items, paragraphs) stays as lines and blank lines.
 */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(line);
      continue;
    }
    if (/^\s*(?:={3,}|-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      out.push(''); // setext underline or horizontal rule
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table separator
    let text = line;
    const heading = /^\s{0,3}#{1,6}\s+/.exec(text);
    if (heading) {
      // the closing "#"s and spaces are cut by trimming, not by a pattern that backtracks over every space
      out.push('', inline(text.slice(heading[0].length).trimEnd().replace(/\s#+$/, '').trimEnd()), '');
      continue;
    }
    text = text.replace(/^\s*>\s?/, '');
    text = text.replace(/^(\s*)[*+]\s+/, '$1- ');
    if (/^\s*\|.*\|\s*$/.test(text)) text = text.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join('   ');
    out.push(inline(text));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
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
