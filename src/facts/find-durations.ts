import type { LanguagePack } from '../lang/types.js';
import { GuardedRegExp } from '../prefilter/guarded.js';
import { letterRunStart } from '../text/letters.js';
import type { Duration, DurationUnit } from '../model/duration.js';

export interface DurationMatch extends Duration {
  /** Offsets relative to the searched text. */
  start: number;
  end: number;
  text: string;
  /** "zwölf (13) Monate": the word wins, the conflict is kept for the report. */
  conflict?: { words: number; digits: number };
}

interface CompiledUnits {
  units: RegExp;
  compound: RegExp | null;
  fillers: Set<string>;
}

const compiled = new WeakMap<LanguagePack, CompiledUnits>();

function compile(pack: LanguagePack): CompiledUnits {
  let c = compiled.get(pack);
  if (!c) {
    // guarded: a sentence without a unit word is not searched at all
    const units = new GuardedRegExp(`(?<![\\p{L}\\d])(?:${pack.units.map((u) => `(${u.pattern})`).join('|')})(?![\\p{L}])`, 'giu');
    const compound = pack.compoundUnits.length
      ? new GuardedRegExp(`(?<![\\p{L}])(\\d{1,3}|\\p{L}+?)-?(?:${pack.compoundUnits.map((u) => `(${u.pattern})`).join('|')})(?![\\p{L}])`, 'giu')
      : null;
    c = { units, compound, fillers: new Set(pack.fillers) };
    compiled.set(pack, c);
  }
  return c;
}

/** Words already read, per language (a contract asks about the same few words before every unit). */
const numberWordsRead = new WeakMap<LanguagePack, Map<string, number | null>>();
/** Most words remembered per language; past it the memory starts afresh. */
const MAX_NUMBER_WORDS = 10_000;

/** Value of a number written in words ("vierundzwanzig", "twenty-four", "einhundertachtzig"), or null. */
export function parseNumberWords(input: string, pack: LanguagePack): number | null {
  let read = numberWordsRead.get(pack);
  if (!read) numberWordsRead.set(pack, (read = new Map()));
  const known = read.get(input);
  if (known !== undefined) return known;
  if (read.size >= MAX_NUMBER_WORDS) read.clear();
  const value = readNumberWords(input, pack);
  read.set(input, value);
  return value;
}

function readNumberWords(input: string, pack: LanguagePack): number | null {
  const word = input.toLowerCase().trim().replace(/\s+/g, ' ');
  const { ones, tens, hundred, order, joiner } = pack.numbers;
  if (word in ones) return ones[word];
  if (word in tens) return tens[word];
  const hundredAt = word.indexOf(hundred);
  if (hundredAt >= 0) {
    const head = word.slice(0, hundredAt).trim();
    const rest = word.slice(hundredAt + hundred.length).replace(/^(?:\s*and\s*|\s+|-)/, '');
    const multiplier = head === '' ? 1 : ones[head];
    if (multiplier === undefined) return null;
    const remainder = rest === '' ? 0 : parseNumberWords(rest, pack);
    return remainder === null ? null : multiplier * 100 + remainder;
  }
  const parts = word.split(joiner);
  if (parts.length === 2) {
    const [first, second] = parts;
    const [unitPart, tensPart] = order === 'ones-first' ? [first, second] : [second, first];
    if (unitPart in ones && tensPart in tens && ones[unitPart] > 0 && ones[unitPart] < 10) return tens[tensPart] + ones[unitPart];
  }
  return null;
}

function parseNumberToken(token: string, pack: LanguagePack): number | null {
  if (/^\d{1,4}(?:[.,]\d{1,2})?$/.test(token)) return Number(token.replace(',', '.'));
  return parseNumberWords(token, pack);
}

/**
 * Every duration in `text`: digits, number words, the legal double form "zwölf (12) Monate",
 * articles ("ein Jahr", "a month"), fillers ("um weitere zwölf Monate"), hyphenated and glued
 * units ("12-month", "24-monatige", "zweijährige") and fixed phrases ("annual term").
 */
export function findDurations(text: string, pack: LanguagePack): DurationMatch[] {
  const { units, compound, fillers } = compile(pack);
  const found: DurationMatch[] = [];

  units.lastIndex = 0;
  for (let m = units.exec(text); m !== null; m = units.exec(text)) {
    const def = pack.units[m.slice(1).findIndex((g) => g !== undefined)];
    const number = readNumberBefore(text, m.index, pack, fillers);
    if (!number) continue;
    // hours count only as whole days ("48 hours" = P2D); report durations have no hour unit
    if (def.scale !== undefined && def.scale < 1 && !Number.isInteger(number.value * def.scale)) continue;
    found.push(make(text, number.start, m.index + m[0].length, number.value * (def.scale ?? 1), def.unit, number.conflict));
  }
  if (compound) {
    compound.lastIndex = 0;
    for (let m = compound.exec(text); m !== null; m = compound.exec(text)) {
      const value = parseNumberToken(m[1], pack);
      if (value === null || value === 0) continue;
      const def = pack.compoundUnits[m.slice(2).findIndex((g) => g !== undefined)];
      found.push(make(text, m.index, m.index + m[0].length, value, def.unit));
    }
  }
  for (const fixed of pack.fixedDurations) {
    fixed.pattern.lastIndex = 0;
    for (let m = fixed.pattern.exec(text); m !== null; m = fixed.pattern.exec(text)) {
      found.push(make(text, m.index, m.index + m[0].length, fixed.value.value, fixed.value.unit));
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((d, i) => !found.slice(0, i).some((o) => o.start <= d.start && o.end >= d.end));
}

function make(text: string, start: number, end: number, value: number, unit: DurationUnit, conflict?: DurationMatch['conflict']): DurationMatch {
  // fractions of a year read better in months ("ein halbes Jahr" = P6M)
  if (unit === 'Y' && !Number.isInteger(value)) {
    value = Math.round(value * 12);
    unit = 'M';
  }
  return { value, unit, start, end, text: text.slice(start, end), ...(conflict ? { conflict } : {}) };
}

/**
 * Can a number precede the unit at `unitStart`? Most unit words in a contract follow none ("each
 * month", "des Monats"); they are answered here, from the one word before, without the work of
 * `readNumberBefore`. True whenever that word (or character) could start or end a number.
 */
function mayFollowNumber(text: string, unitStart: number, pack: LanguagePack, fillers: Set<string>): boolean {
  const i = separatorsStart(text, unitStart);
  if (i === 0) return false;
  if (/[\d)]/.test(text[i - 1])) return true;
  const word = wordBefore(text, i)?.word;
  if (word === undefined) return false;
  // "and" closes "one hundred and" (parseNumberWords reads it)
  return fillers.has(word) || word in pack.numbers.fractions || word === 'and' || parseNumberWords(word, pack) !== null;
}

/** Where the run of spaces and hyphens (and a scanned "3~year" tilde) that ends at `end` begins, not before `from`. */
function separatorsStart(text: string, end: number, from = 0): number {
  let i = end;
  while (i > from && /[\s~-]/.test(text[i - 1])) i--;
  return i;
}

/** The word (lower-cased) that ends at `end`, read at most 40 characters back. */
function wordBefore(text: string, end: number): { word: string; start: number } | null {
  const start = letterRunStart(text, end, Math.max(0, end - 40));
  return start < end ? { word: text.slice(start, end).toLowerCase(), start } : null;
}

/** The last `max` words before `end` with what separates them (spaces, hyphens), not before `from`; null when a letter does not end there. */
function trailingWords(text: string, end: number, from: number, max: number): string | null {
  let start = letterRunStart(text, end, from);
  if (start === end) return null;
  for (let count = 1; count < max; count++) {
    const gap = separatorsStart(text, start, from);
    if (gap === start) break;
    const word = letterRunStart(text, gap, from);
    if (word === gap) break;
    start = word;
  }
  return text.slice(start, end);
}

/** Read the number that precedes a unit at `unitStart`, skipping fillers and a "(12)" double. */
function readNumberBefore(
  text: string,
  unitStart: number,
  pack: LanguagePack,
  fillers: Set<string>,
): { start: number; value: number; conflict?: DurationMatch['conflict'] } | null {
  if (!mayFollowNumber(text, unitStart, pack, fillers)) return null;
  let i = unitStart;
  const skipSpace = () => {
    i = separatorsStart(text, i);
  };
  const skipFillers = () => {
    for (;;) {
      skipSpace();
      const w = wordBefore(text, i);
      if (!w || !fillers.has(w.word)) return;
      i = w.start;
    }
  };
  skipFillers();
  let digits: number | undefined;
  // "one (I) year": a scanned "1" read as a capital I
  const paren = /\(\s*(\d{1,4}|I)\s*\)$/.exec(text.slice(Math.max(0, i - 12), i));
  if (paren) {
    digits = paren[1] === 'I' ? 1 : Number(paren[1]);
    i -= paren[0].length;
    skipFillers();
  }
  skipSpace();
  const digitToken = /(?<![\d.,])(\d{1,4}(?:,\d{1,2})?)$/.exec(text.slice(Math.max(0, i - 10), i));
  if (digitToken) {
    const value = Number(digitToken[1].replace(',', '.'));
    return value > 0 ? { start: i - digitToken[1].length, value } : null;
  }
  // number words: try the longest run of up to four words ("one hundred and twenty")
  const words = trailingWords(text, i, Math.max(0, i - 60), 4);
  if (words) {
    const parts = words.split(/(?<=[\s-])(?=\p{L})/u);
    for (let k = 0; k < parts.length; k++) {
      const candidate = parts.slice(k).join('');
      const lower = candidate.toLowerCase().replace(/[\s-]+$/, '');
      const fraction = pack.numbers.fractions[lower];
      const value = fraction ?? parseNumberWords(candidate, pack);
      if (value !== null && value !== undefined && value > 0) {
        const start = i - candidate.length;
        if (digits !== undefined && digits !== value) return { start, value, conflict: { words: value, digits } };
        return { start, value };
      }
    }
  }
  if (digits !== undefined && digits > 0) return { start: i, value: digits };
  return null;
}
