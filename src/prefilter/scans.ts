import { containsAll, type Prefiltered, rememberScan, scanInto, scanSpans, scanWords } from './scan.js';

export type { Prefiltered };

/**
 * The literal scans of many texts (a document's sentences), made once: which literals each
 * text holds, and which texts hold each literal, so a pattern visits only the texts that can
 * match it instead of every pattern testing every text.
 */
export class TextScans {
  private readonly words: number;
  private readonly found: Uint32Array;
  /** Indexes of the texts holding each literal (by literal id), ascending. */
  private readonly textsWith: (number[] | undefined)[] = [];

  /** `remember`: let every guarded expression use these scans too, until `forgetScans()`. */
  constructor(readonly count: number, textAt: (index: number) => string, remember = false, scanned?: { found: Uint32Array; words: number }) {
    this.words = scanned?.words ?? scanWords();
    this.found = scanned?.found ?? new Uint32Array(count * this.words);
    for (let index = 0; index < count; index++) {
      const text = textAt(index);
      const at = index * this.words;
      if (!scanned) scanInto(text, this.found, at);
      if (remember) rememberScan(text, this.found.subarray(at, at + this.words));
    }
    indexTexts(this.found, this.words, count, this.textsWith);
  }

  /**
   * The scans of a text and of its parts (slices at `spans`, sorted and not overlapping, such as
   * the sentences) in one pass over the text.
   */
  static ofSpans(text: string, spans: readonly { start: number; end: number; text: string }[], remember = false): { whole: TextScans; parts: TextScans } {
    const scanned = scanSpans(text, spans);
    return {
      whole: new TextScans(1, () => text, remember, { found: scanned.document, words: scanned.words }),
      parts: new TextScans(spans.length, (i) => spans[i].text, remember, { found: scanned.spans, words: scanned.words }),
    };
  }

  /** False only when the pattern cannot match text `index`. */
  mayMatch(pattern: Prefiltered, index: number): boolean {
    return !pattern.requiredIds || containsAll(this.found, pattern, index * this.words);
  }

  /** Ascending indexes of the texts any of these patterns may match. */
  candidates(patterns: readonly Prefiltered[]): number[] {
    if (patterns.some((p) => !p.requiredIds)) return Array.from({ length: this.count }, (_, i) => i);
    const out = new Set<number>();
    for (const pattern of patterns) {
      for (const id of pattern.requiredIds!) for (const index of this.textsWith[id] ?? []) out.add(index);
    }
    return [...out].sort((a, b) => a - b);
  }
}

/** Fill `textsWith` (literal id → ascending text indexes) from the bit sets. */
function indexTexts(found: Uint32Array, words: number, count: number, textsWith: (number[] | undefined)[]): void {
  for (let index = 0; index < count; index++) {
    const at = index * words;
    for (let w = 0; w < words; w++) {
      let bits = found[at + w];
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits);
        bits ^= 1 << bit;
        const id = w * 32 + bit;
        const list = textsWith[id];
        if (list) list.push(index);
        else textsWith[id] = [index];
      }
    }
  }
}
