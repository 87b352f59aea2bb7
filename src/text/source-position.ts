import type { SourceText } from '../ingest/types.js';
import type { NormalizedText } from './normalize.js';
import { lastAtOrBefore } from './sorted.js';

/** 1-based line and column (UTF-16 code units, as SARIF's columnKind says). */
export interface Position {
  line: number;
  column: number;
}

/** Where a quote starts and just past where it ends. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Line and column of offsets into a text; "\r\n", "\r" and "\n" each end a line. */
export function positionsIn(text: string): (offset: number) => Position {
  const starts = [0];
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return (offset) => {
    const line = lastAtOrBefore(starts, offset);
    return { line: line + 1, column: offset - starts[line] + 1 };
  };
}

/**
 * The span of a quote (offsets into the normalized text) in the file a user opens. For text,
 * Markdown and HTML that is the source file itself: each offset goes back through the normalizer's
 * origin map to its page, then through the reader's map to the decoded file, so a hard-wrapped or
 * hyphenated clause points at the lines it is written on. PDF and DOCX have no lines of their own:
 * there the span is in the text `knebel text FILE` prints, next to the page and clause.
 */
export function sourceSpans(normalized: NormalizedText, source?: SourceText): (start: number, end: number) => Span {
  const text = normalized.text;
  // the last character of the quote, not counting a line break it ends with
  const lastOf = (start: number, end: number) => Math.max(start, text[end - 1] === '\n' ? end - 2 : end - 1);
  if (!source) {
    const at = positionsIn(text);
    return (start, end) => {
      const from = at(start);
      const to = end > start && text[end - 1] === '\n' ? at(end - 1) : at(end);
      return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    };
  }
  const at = positionsIn(source.text);
  const sourceOffset = (offset: number) => {
    const raw = normalized.rawPosition(offset);
    const origin = source.origins[raw.page] ?? 0;
    if (typeof origin === 'number') return origin + raw.offset;
    return origin.length ? origin[Math.max(0, Math.min(raw.offset, origin.length - 1))] : 0;
  };
  return (start, end) => {
    const from = at(sourceOffset(start));
    const last = sourceOffset(lastOf(start, end));
    const to = at(last + 1);
    // a quote whose characters came from inserted text (a list number) can map behind its start
    if (to.line < from.line || (to.line === from.line && to.column <= from.column)) return { ...from, endLine: from.line, endColumn: from.column + 1 };
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
}
