/**
 * Sentence boundaries inside one paragraph. A period ends a sentence unless it closes an
 * abbreviation (z. B., Abs., Nr., i. V. m., e.g., Inc.), an ordinal or date number ("1. März"),
 * or a single letter.
 */
const ABBREVIATIONS = new Set(
  (
    'abs nr bzw ggf ca vgl usw etc inkl zzgl evtl max min mind mtl monatl jährl lit art ziff dr prof str tel ' +
    'geb hrsg bspw sog gem lt allg einschl insb bzgl ggü sa so mo di mi do fr u.a z.b d.h i.e e.g u.u o.ä i.v.m ' +
    'inc ltd co corp no nos vs approx incl para paras sec secs st mr mrs ms jr sr pp p cf viz al est dept ' +
    'jan feb mar apr jun jul aug sep sept oct okt nov dec dez'
  ).split(' '),
);

/**
 * Longest sentence handed to the rules. Real clauses stay far below it; longer runs without a
 * full stop (tables, garbage, hostile input) are cut at a comma, semicolon or space, which keeps
 * rule matching linear in the document and quotes readable.
 */
export const MAX_SENTENCE = 1500;

export interface SentenceSpan {
  start: number;
  end: number;
}

const CANDIDATE = /[.!?;]["'”’»)]*(?=\s+(["'„“«(]?[\p{Lu}\d§]))/gu;

/** Split `text` (one paragraph) into sentence spans relative to `text`. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const punct = m[0][0];
    if (punct === ';') continue; // semicolons join list items of one sentence
    if (punct === '.' && !endsSentence(text, m.index)) continue;
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) spans.push(trimSpan(text, start, end));
    start = end;
  }
  if (text.slice(start).trim()) spans.push(trimSpan(text, start, text.length));
  return spans.flatMap((span) => (span.end - span.start > MAX_SENTENCE ? cut(text, span) : [span]));
}

function cut(text: string, span: SentenceSpan): SentenceSpan[] {
  const pieces: SentenceSpan[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    const at = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const space = window.lastIndexOf(' ');
    const end = start + (at > MAX_SENTENCE / 2 ? at + 1 : space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE);
    pieces.push(trimSpan(text, start, end));
    start = end;
  }
  if (text.slice(start, span.end).trim()) pieces.push(trimSpan(text, start, span.end));
  return pieces.filter((p) => p.end > p.start);
}

function endsSentence(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const token = /([\p{L}\d.]+)$/u.exec(before)?.[1] ?? '';
  if (token === '') return true;
  if (/^\d{1,3}$/.test(token)) return false; // ordinals and days: "am 1. März", "ab dem 13. Monat"
  const word = token.toLowerCase();
  if (/^\p{L}$/u.test(word)) return false; // single letters: initials, "z. B."
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^.*\./, ''))) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "e.g", "i.e", "z.B"
  return true;
}

function trimSpan(text: string, start: number, end: number): SentenceSpan {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
