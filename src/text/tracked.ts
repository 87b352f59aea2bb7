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

  /** A text whose characters came from known places: `origin[i]` for `text[i]` (as many as characters). */
  static withOrigins(text: string, origin: Int32Array): TrackedText {
    if (origin.length !== text.length) throw new Error('TrackedText.withOrigins needs one origin per character');
    return new TrackedText(text, origin);
  }

  /** A piece of text that came from `length` characters at `start` of a source (1:1 when the lengths agree, else all from `start`). */
  static fromSource(text: string, start: number, length: number): TrackedText {
    const origin = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) origin[i] = text.length === length ? start + i : start;
    return new TrackedText(text, origin);
  }

  /** The pieces one after the other, each keeping its origins. */
  static concat(parts: readonly TrackedText[]): TrackedText {
    const origin = new Int32Array(parts.reduce((n, p) => n + p.text.length, 0));
    let at = 0;
    for (const part of parts) {
      origin.set(part.origin, at);
      at += part.text.length;
    }
    return new TrackedText(parts.map((p) => p.text).join(''), origin);
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

  /** Apply sorted, non-overlapping edits; deleted text vanishes, inserted text takes the origin of its edit start. */
  splice(edits: readonly { start: number; end: number; replacement: string }[]): TrackedText {
    if (edits.length === 0) return this;
    // one pass, one output array: a typed array per edit (thousands per pass) cost more than the edits
    let length = this.text.length;
    let last = 0;
    for (const edit of edits) {
      if (edit.start < last) throw new Error('TrackedText.splice needs sorted, non-overlapping edits');
      length += edit.replacement.length - (edit.end - edit.start);
      last = edit.end;
    }
    const parts: string[] = [];
    const origin = new Int32Array(length);
    let at = 0;
    last = 0;
    const copy = (from: number, to: number) => {
      if (to - from > 64) origin.set(this.origin.subarray(from, to), at);
      else for (let k = from; k < to; k++) origin[at + k - from] = this.origin[k];
      at += to - from;
    };
    for (const edit of edits) {
      parts.push(this.text.slice(last, edit.start), edit.replacement);
      copy(last, edit.start);
      // each replacement character takes an origin: aligned when the replacement is part of the
      // matched text, otherwise the matched characters' origins in order
      const matched = this.text.slice(edit.start, edit.end);
      const within = edit.replacement.length ? matched.indexOf(edit.replacement) : -1;
      for (let k = 0; k < edit.replacement.length; k++) {
        const source = within >= 0 ? edit.start + within + k : edit.start + Math.min(k, matched.length - 1);
        origin[at++] = this.origin[source];
      }
      last = edit.end;
    }
    parts.push(this.text.slice(last));
    copy(last, this.text.length);
    return new TrackedText(parts.join(''), origin);
  }

  originAt(offset: number): number {
    if (this.origin.length === 0) return 0;
    return this.origin[Math.max(0, Math.min(offset, this.origin.length - 1))];
  }
}
