/**
 * Phrase patterns: rule wording that reads like the clause it catches, compiled to a regular
 * expression. The syntax (docs/rules.md, "Phrase patterns"):
 *
 *   {PROVIDER} (may | can) …3 {RAISE} [the] {PRICE}
 *
 *   word         the word itself, any case; `Preis*` also Preise, Preiserhöhung; `*preis` also
 *                Monatspreis; `*preis*` both
 *   {NAME}       any entry of the named word set (rules/words/<lang>.yml, or the pack's own)
 *   (a | b c)    one of the alternatives, each a phrase
 *   [a | b]      optional: one of them, or nothing
 *   …  …N        a gap of at most 4 words, or at most N words (`...` and `...N` work too)
 *   <a b>        the words the finding quotes (default: the whole phrase); once, at the top level
 *   x{SET}  (a | b)c   written without a space, words, sets and (…) join into one word: German
 *                compounds such as `(Kündigungs | Austritts){FEE_PART}` (Kündigungsgebühr …)
 *
 * Words are separated by white space and at most one comma, semicolon or colon; a phrase starts
 * and ends at word boundaries. The result has no lookaround of its own (the built-in engine adds
 * two boundary assertions), so user packs run it on RE2 in linear time.
 */

/** Gap length when `…` gives none: a short interjection ("jederzeit und ohne Angabe von"). */
export const DEFAULT_GAP = 4;
/** Longest gap a phrase may ask for: beyond it the words are not in one clause any more. */
export const MAX_GAP = 40;

/** Between two words: white space, optionally after one punctuation mark. */
const SEP = '[,;:]?\\s+';
const LETTERS = '\\p{L}*';
const SPECIAL = new Set(['{', '}', '(', ')', '[', ']', '|', '…', '<', '>']);

export class PhraseError extends Error {}

/** `glued`: written without a space after the previous word, set or group: one word with it. */
type Node =
  | { type: 'word'; text: string; glued?: boolean }
  | { type: 'set'; name: string; glued?: boolean }
  | { type: 'group'; alternatives: Node[][]; optional: boolean; glued?: boolean }
  | { type: 'gap'; words: number }
  | { type: 'focus'; nodes: Node[] };

/** Resolve a word-set name to its regular-expression fragment (or throw a PhraseError). */
export type SetResolver = (name: string) => string;

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.at < this.text.length) throw new PhraseError(`unexpected "${this.text[this.at]}" at character ${this.at + 1}`);
    return alternatives;
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }

  private alternatives(): Node[][] {
    const out = [this.sequence()];
    while (this.text[this.at] === '|') {
      this.at++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    for (;;) {
      const before = this.at;
      this.skipSpace();
      const spaced = this.at > before;
      const c = this.text[this.at];
      if (c === undefined || c === '|' || c === ')' || c === ']' || c === '>') break;
      const node = this.item();
      // parts of one word: a word, set or (…) right after another (a gap or [optional] never glues)
      if (!spaced && Parser.joins(nodes[nodes.length - 1]) && Parser.joins(node)) {
        (node as { glued?: boolean }).glued = true;
      }
      nodes.push(node);
    }
    if (nodes.length === 0) throw new PhraseError(`empty phrase or alternative at character ${this.at + 1}`);
    return nodes;
  }

  private static joins(node: Node | undefined): boolean {
    return node !== undefined && (node.type === 'word' || node.type === 'set' || (node.type === 'group' && !node.optional));
  }

  private item(): Node {
    const rest = this.text.slice(this.at);
    const gap = /^(?:…|\.\.\.)(\d+)?/.exec(rest);
    if (gap) {
      this.at += gap[0].length;
      const words = gap[1] === undefined ? DEFAULT_GAP : Number(gap[1]);
      if (words < 1 || words > MAX_GAP) throw new PhraseError(`a gap is 1 to ${MAX_GAP} words, not ${gap[1]}`);
      return { type: 'gap', words };
    }
    const c = rest[0];
    if (c === '{') {
      const set = /^\{([A-Z][A-Z0-9_]*)\}/.exec(rest);
      if (!set) throw new PhraseError(`a word set is written {NAME} in capitals, at character ${this.at + 1}`);
      this.at += set[0].length;
      return { type: 'set', name: set[1] };
    }
    if (c === '<') {
      this.at++;
      const nodes = this.sequence();
      if (this.text[this.at] !== '>') throw new PhraseError('"<" is not closed with ">"');
      this.at++;
      return { type: 'focus', nodes };
    }
    if (c === '(' || c === '[') {
      this.at++;
      const alternatives = this.alternatives();
      const close = c === '(' ? ')' : ']';
      if (this.text[this.at] !== close) throw new PhraseError(`"${c}" is not closed with "${close}"`);
      this.at++;
      return { type: 'group', alternatives, optional: c === '[' };
    }
    let end = this.at;
    while (end < this.text.length && !/\s/.test(this.text[end]) && !SPECIAL.has(this.text[end])) end++;
    if (end === this.at) throw new PhraseError(`unexpected "${c}" at character ${this.at + 1}`);
    const text = this.text.slice(this.at, end);
    this.at = end;
    if (text.startsWith('...')) throw new PhraseError('write a gap as … or ... followed by a space');
    if (/.\*./.test(text) || text === '*') throw new PhraseError(`"*" stands at the start or end of a word, not in "${text}"`);
    return { type: 'word', text };
  }
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function wordSource(text: string): string {
  const head = text.startsWith('*') ? LETTERS : '';
  const tail = text.length > 1 && text.endsWith('*') ? LETTERS : '';
  return `${head}${escapeRegExp(text.replace(/^\*|\*$/g, ''))}${tail}`;
}

/** One sequence as a regular expression; with `focus`, the focused words become capture group 2 (group 1 is what precedes them). */
function compileSequence(nodes: Node[], sets: SetResolver, focus = false): string {
  if (nodes[0].type === 'gap' || nodes[nodes.length - 1].type === 'gap') throw new PhraseError('a gap (…) needs words on both sides');
  if (!focus && nodes.some((n) => n.type === 'focus')) throw new PhraseError('<…> marks the quoted words once, outside brackets and alternatives');
  if (nodes.filter((n) => n.type === 'focus').length > 1) throw new PhraseError('<…> marks the quoted words once');
  let out = '';
  // true while nothing mandatory has been written yet: the next word needs no separator before it
  let atStart = true;
  let focused = false;
  for (const node of nodes) {
    if (node.type === 'gap') {
      out += `(?:${SEP}\\S+){0,${node.words}}?`;
      continue;
    }
    if (node.type === 'focus') {
      out = `(${out}${atStart ? '' : SEP})(${compileSequence(node.nodes, sets)})`;
      atStart = false;
      focused = true;
      continue;
    }
    const body = nodeSource(node, sets);
    if (node.type === 'group' && node.optional) {
      out += atStart ? `(?:${body}${SEP})?` : `(?:${SEP}${body})?`;
      continue;
    }
    out += atStart || ('glued' in node && node.glued) ? body : `${SEP}${body}`;
    atStart = false;
  }
  if (atStart) throw new PhraseError('a phrase needs at least one word that is not optional');
  return focus && !focused ? `()(${out})` : out;
}

function nodeSource(node: Node, sets: SetResolver): string {
  switch (node.type) {
    case 'word':
      return wordSource(node.text);
    case 'set':
      return `(?:${sets(node.name)})`;
    case 'group':
      return `(?:${node.alternatives.map((seq) => compileSequence(seq, sets)).join('|')})`;
    case 'gap':
    case 'focus':
      throw new PhraseError(`unexpected ${node.type}`);
  }
}

/** The fragment a phrase (or a word-set entry) stands for, without boundaries. */
export function phraseFragment(phrase: string, sets: SetResolver): string {
  const alternatives = new Parser(phrase).parse();
  const parts = alternatives.map((seq) => compileSequence(seq, sets));
  return parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
}

/** Does the phrase mark the words to quote (`<…>`)? */
export function hasFocus(phrase: string): boolean {
  return /<[^>]*>/.test(phrase.replace(/\{[^}]*\}/g, ''));
}

/** Which engine the expression is for: boundaries are lookarounds in JavaScript, groups in RE2. */
export type PhraseFlavour = 'javascript' | 're2';

/**
 * A whole phrase as a regular expression that matches it between word boundaries. In the RE2
 * form the boundaries are consumed and the phrase itself is capture group 1. With `<…>`, the
 * words before the quoted ones and the quoted ones are the next two groups.
 */
export function compilePhrase(phrase: string, sets: SetResolver, flavour: PhraseFlavour): string {
  const alternatives = new Parser(phrase).parse();
  const focus = hasFocus(phrase);
  if (focus && alternatives.length > 1) throw new PhraseError('<…> marks the quoted words once, outside alternatives');
  const body = focus ? compileSequence(alternatives[0], sets, true) : phraseFragment(phrase, sets);
  return flavour === 'javascript'
    ? `(?<![\\p{L}\\d])${body}(?![\\p{L}\\d])`
    : `(?:^|[^\\pL\\d])(${body})(?:$|[^\\pL\\d])`;
}

/** The names of the word sets a phrase uses. */
export function setsUsed(phrase: string): string[] {
  // `\p{L}` in a raw expression is a Unicode property, not a set
  return [...phrase.matchAll(/(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}/g)].map((m) => m[1]);
}
