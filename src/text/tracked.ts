/**
 * A string that remembers, for every character, the offset in the original text it came
 * from. Normalization is a chain of replacements; each keeps the origin map, so any offset of
 * the final text can be traced back to the raw extraction (and so to its page).
 */
export class TrackedText {
  private constructor(
    readonly text: string,
    readonly origin: Int32Array,
  ) {}

  static from(text: string): TrackedText {
    const origin = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) origin[i] = i;
    return new TrackedText(text, origin);
  }

  /**
   * Global regex replacement (string replacers are literal, no `$1`). Characters kept from the
   * match's own text keep their origin when the replacement is a substring of the match;
   * otherwise inserted characters take the origin of the matched characters in order.
   */
  replace(pattern: RegExp, replacer: string | ((match: RegExpExecArray) => string)): TrackedText {
    if (!pattern.global) throw new Error('TrackedText.replace needs a global regex');
    const edits: { start: number; end: number; replacement: string }[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.text); m !== null; m = pattern.exec(this.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const replacement = typeof replacer === 'string' ? replacer : replacer(m);
      if (replacement !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, replacement });
    }
    return this.splice(edits);
  }

  /** Map each replacement character to an origin: aligned when it is a prefix/substring of the match. */
  private originsFor(matched: string, index: number, replacement: string): Int32Array {
    const out = new Int32Array(replacement.length);
    const within = matched.indexOf(replacement);
    for (let i = 0; i < replacement.length; i++) {
      const source = within >= 0 ? index + within + i : index + Math.min(i, matched.length - 1);
      out[i] = this.origin[source];
    }
    return out;
  }

  /** Apply sorted, non-overlapping edits; deleted text vanishes, inserted text takes the origin of its edit start. */
  splice(edits: readonly { start: number; end: number; replacement: string }[]): TrackedText {
    if (edits.length === 0) return this;
    const parts: string[] = [];
    const origins: Int32Array[] = [];
    let last = 0;
    for (const edit of edits) {
      if (edit.start < last) throw new Error('TrackedText.splice needs sorted, non-overlapping edits');
      parts.push(this.text.slice(last, edit.start));
      origins.push(this.origin.subarray(last, edit.start));
      parts.push(edit.replacement);
      origins.push(this.originsFor(this.text.slice(edit.start, edit.end), edit.start, edit.replacement));
      last = edit.end;
    }
    parts.push(this.text.slice(last));
    origins.push(this.origin.subarray(last));
    const text = parts.join('');
    const origin = new Int32Array(text.length);
    let at = 0;
    for (const o of origins) {
      origin.set(o, at);
      at += o.length;
    }
    return new TrackedText(text, origin);
  }

  originAt(offset: number): number {
    if (this.origin.length === 0) return 0;
    return this.origin[Math.max(0, Math.min(offset, this.origin.length - 1))];
  }
}
