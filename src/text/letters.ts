/** Letter tests by hand, for the backward scans a regex anchored at `$` does slowly (it retries at every position). */

const LETTER = /^\p{L}$/u;

/** Is the code point ending at `end` (exclusive) a letter? Returns its width in code units, 0 if not. */
export function letterBefore(text: string, end: number): 0 | 1 | 2 {
  const code = text.charCodeAt(end - 1);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 1;
  if (code < 0x80 || Number.isNaN(code)) return 0;
  const width = code >= 0xdc00 && code <= 0xdfff && end >= 2 ? 2 : 1;
  return LETTER.test(text.slice(end - width, end)) ? width : 0;
}

/** Where the run of letters that ends at `end` begins, not before `from` (`end` itself when there is none). */
export function letterRunStart(text: string, end: number, from = 0): number {
  let start = end;
  for (let width = letterBefore(text, start); width > 0 && start - width >= from; width = letterBefore(text, start)) start -= width;
  return start;
}
