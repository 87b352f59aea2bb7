import type { OcrRepairs } from '../lang/types.js';
import type { TrackedText } from './tracked.js';

export type { OcrRepairs } from '../lang/types.js';

/** A number token with letters OCR confuses with digits: "l2", "1O", "I8" (at least one real digit). */
const CONFUSED_NUMBER = /(?<![\p{L}\p{N}])(?=[\dlIO|]*\d)(?=[\dlIO|]*[lIO|])[\dlIO|]{2,4}(?=[ \t]+(\p{L}+\.?))/gu;
const AS_DIGIT: Record<string, string> = { l: '1', I: '1', '|': '1', O: '0' };

type Units = readonly { pattern: string }[];
const unitCache = new WeakMap<Units, RegExp>();
function unitWord(units: Units): RegExp {
  let pattern = unitCache.get(units);
  if (!pattern) {
    pattern = new RegExp(`^(?:${units.map((u) => u.pattern).join('|')})$`, 'iu');
    unitCache.set(units, pattern);
  }
  return pattern;
}

/**
 * Repair typical OCR misreadings, only where `isOcr` says the text came from OCR (the origin of
 * the match in the raw page text): "$ 1" → "§ 1", "l2 Monate" → "12 Monate", "¬" line ends →
 * hyphens (re-joined later like any hyphenated word), marks from staples and punch holes dropped.
 */
export function repairOcr(t: TrackedText, repairs: OcrRepairs, units: Units, isOcr: (origin: number) => boolean): TrackedText {
  const only = (replacement: (m: RegExpExecArray) => string) => (m: RegExpExecArray) => (isOcr(t.originAt(m.index)) ? replacement(m) : m[0]);
  const step = (pattern: RegExp, replacement: (m: RegExpExecArray) => string) => {
    t = t.replace(pattern, only(replacement));
  };
  step(repairs.strayMarkLine, () => '');
  step(repairs.strayMarkEdge, () => '');
  for (const pattern of repairs.sectionSign) step(pattern, () => '§ ');
  step(repairs.hyphenLookalikes, () => '-\n');
  const isUnit = unitWord(units);
  step(CONFUSED_NUMBER, (m) => (isUnit.test(m[1]) || isUnit.test(m[1].replace(/\.$/, '')) ? [...m[0]].map((c) => AS_DIGIT[c] ?? c).join('') : m[0]));
  return t;
}
