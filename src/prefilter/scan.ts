import { caseFoldTable } from './literals.js';

/**
 * One scan of a text finds every registered literal in it (Aho-Corasick over the case-folded
 * text), so a sentence is read once however many expressions ask about it. Literals are
 * registered by the guarded expressions as they are compiled; the automaton is rebuilt lazily
 * when new ones arrive.
 */

const ids = new Map<string, number>();
const literals: string[] = [];

/** The id of a (case-folded) literal, registering it on first use. */
export function literalId(literal: string): number {
  let id = ids.get(literal);
  if (id === undefined) {
    id = literals.length;
    literals.push(literal);
    ids.set(literal, id);
    automaton = null;
  }
  return id;
}

interface Automaton {
  /** Literal count the automaton was built for. */
  size: number;
  /** Symbol of each UTF-16 code unit; 0 for code units that occur in no literal. */
  symbolOf: Uint8Array | Uint16Array;
  symbols: number;
  /** Dense transition table: next state = delta[state * symbols + symbol]. */
  delta: Int32Array;
  /** Literal ids ending at each state (suffixes included): outputs[outStart[s] .. outStart[s + 1]). */
  outStart: Int32Array;
  outputs: Int32Array;
  /** Length of each literal, by id. */
  lengths: Int32Array;
}

let automaton: Automaton | null = null;

function build(): Automaton {
  const symbolOf = new Uint16Array(0x10000);
  let symbols = 1;
  let maxStates = 1;
  for (const literal of literals) {
    maxStates += literal.length;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (symbolOf[code] === 0) symbolOf[code] = symbols++;
    }
  }
  // trie, straight into the transition table (0 = no edge yet; the root is never a target)
  const delta = new Int32Array(maxStates * symbols);
  const ending: number[][] = [[]];
  let states = 1;
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const cell = state * symbols + symbolOf[literal.charCodeAt(i)];
      if (delta[cell] === 0) {
        delta[cell] = states++;
        ending.push([]);
      }
      state = delta[cell];
    }
    ending[state].push(id);
  });
  // failure links breadth first; missing edges become the failure state's edges (a complete DFA)
  const fail = new Int32Array(states);
  const isTrieEdge = new Uint8Array(states * symbols);
  for (let cell = 0; cell < states * symbols; cell++) if (delta[cell] !== 0) isTrieEdge[cell] = 1;
  const outputsOf: number[][] = ending;
  const queue = new Int32Array(states);
  let tail = 0;
  for (let symbol = 1; symbol < symbols; symbol++) if (delta[symbol] !== 0) queue[tail++] = delta[symbol];
  for (let head = 0; head < tail; head++) {
    const state = queue[head];
    if (outputsOf[fail[state]].length) outputsOf[state] = outputsOf[state].concat(outputsOf[fail[state]]);
    const row = state * symbols;
    const failRow = fail[state] * symbols;
    for (let symbol = 1; symbol < symbols; symbol++) {
      if (isTrieEdge[row + symbol]) {
        const next = delta[row + symbol];
        fail[next] = delta[failRow + symbol];
        queue[tail++] = next;
      } else delta[row + symbol] = delta[failRow + symbol];
    }
  }
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s] + outputsOf[s].length;
  const outputs = new Int32Array(outStart[states]);
  for (let s = 0; s < states; s++) outputs.set(outputsOf[s], outStart[s]);
  // case folding lives in the table: every code unit reads as the symbol of its folded form, so
  // texts are scanned as they are, without a lower-cased copy
  const fold = caseFoldTable();
  for (let code = 0; code < 0x10000; code++) if (symbolOf[code] === 0) symbolOf[code] = symbolOf[fold[code]];
  const narrow = symbols <= 0xff ? Uint8Array.from(symbolOf) : symbolOf;
  const lengths = Int32Array.from(literals, (literal) => literal.length);
  return { size: literals.length, symbolOf: narrow, symbols, delta: delta.slice(0, states * symbols), outStart, outputs, lengths };
}

/** Size of a bit set of literal ids, in 32-bit words. */
export function scanWords(): number {
  automaton ??= build();
  return (automaton.size + 31) >>> 5;
}

/**
 * Which registered literals occur in `text`: sets their bits in `into` (cleared first) from word
 * `at` on. `into` needs `scanWords()` words from `at`.
 */
export function scanInto(text: string, into: Uint32Array, at = 0): void {
  automaton ??= build();
  into.fill(0, at, at + ((automaton.size + 31) >>> 5));
  walk(text, into, at, NO_SPANS, into);
}

/**
 * One scan of `text` for the whole text and for each of `spans` (sorted, not overlapping, e.g.
 * a document's sentences): an occurrence counts for a span when it lies inside it, which is
 * exactly what scanning `text.slice(start, end)` would find, at the cost of one pass.
 */
export function scanSpans(text: string, spans: readonly { start: number; end: number }[]): { document: Uint32Array; spans: Uint32Array; words: number } {
  const words = scanWords();
  const document = new Uint32Array(words);
  const inSpans = new Uint32Array(spans.length * words);
  walk(text, document, 0, spans, inSpans);
  return { document, spans: inSpans, words };
}

const NO_SPANS: readonly { start: number; end: number }[] = [];

/** The automaton over `text`: every occurrence sets its bit in `into` (from word `at`) and in the span holding it. */
function walk(text: string, into: Uint32Array, at: number, spans: readonly { start: number; end: number }[], inSpans: Uint32Array): void {
  const { symbolOf, symbols, delta, outStart, outputs, lengths } = automaton!;
  const words = (automaton!.size + 31) >>> 5;
  let span = 0; // the first span that does not end before the current position
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = delta[state * symbols + symbolOf[text.charCodeAt(i)]];
    if (outStart[state] === outStart[state + 1]) continue;
    while (span < spans.length && spans[span].end <= i) span++;
    const inside = span < spans.length && spans[span].start <= i;
    for (let o = outStart[state], end = outStart[state + 1]; o < end; o++) {
      const id = outputs[o];
      const bit = 1 << (id & 31);
      into[at + (id >>> 5)] |= bit;
      // the occurrence ends at i; it counts for the span when it also starts inside it
      if (inside && spans[span].start <= i - lengths[id] + 1) inSpans[span * words + (id >>> 5)] |= bit;
    }
  }
}

// Scans a caller keeps for the texts of one document (its sentences), so the language packs' and
// the rules' expressions share one scan per sentence. Filled by TextScans; cleared by forgetScans.
const remembered = new Map<string, Uint32Array>();
/** The automaton the remembered and recent scans were made with; a rebuilt one makes them stale. */
let scansMadeWith: Automaton | null = null;

/** Drop remembered and recent scans made with an older automaton (new literals were registered). */
function dropStaleScans(): void {
  automaton ??= build();
  if (scansMadeWith === automaton) return;
  remembered.clear();
  recentTexts.fill(null);
  const words = (automaton.size + 31) >>> 5;
  recentFound = Array.from({ length: RECENT }, () => new Uint32Array(words));
  scansMadeWith = automaton;
}

/** Let `literalsIn` answer for `text` from a scan the caller keeps (until `forgetScans`). */
export function rememberScan(text: string, found: Uint32Array): void {
  dropStaleScans();
  remembered.set(text, found);
}

/** Drop the remembered scans (at the end of a document). */
export function forgetScans(): void {
  remembered.clear();
}

// The last few texts asked about, compared by identity first: the expressions of a language pack
// ask about one sentence (and the words around a number in it) in a row, the rules about the
// whole document once each. Evaluation of many sentences keeps its own scans (evaluateRules).
// Their bit sets are reused in turn (allocating one per scan cost more than the scan).
const RECENT = 8;
const recentTexts: (string | null)[] = new Array<string | null>(RECENT).fill(null);
let recentFound: Uint32Array[] = [];
let next = 0;

/**
 * The literals found in `text`, as a bit set by literal id, valid until the next few calls
 * (test it right away, as `containsAny` does). Recent texts are not scanned again.
 */
export function literalsIn(text: string): Uint32Array {
  if (scansMadeWith !== automaton || !automaton) dropStaleScans();
  for (let i = 0; i < RECENT; i++) if (recentTexts[i] === text) return recentFound[i];
  const known = remembered.get(text);
  if (known) return known;
  const found = recentFound[next];
  scanInto(text, found);
  recentTexts[next] = text;
  next = (next + 1) % RECENT;
  return found;
}

/** Does the bit set hold any of these literal ids (bits from word `at` on)? */
export function containsAny(found: Uint32Array, required: Int32Array, at = 0): boolean {
  for (let i = 0; i < required.length; i++) {
    const id = required[i];
    if (found[at + (id >>> 5)] & (1 << (id & 31))) return true;
  }
  return false;
}

/** What the prefilter needs of a pattern: sets of literal ids such that every match needs one of each. */
export interface Prefiltered {
  /** The most selective set (the index of texts is looked up by it); absent or null: always run. */
  readonly requiredIds?: Int32Array | null;
  /** Further sets every match needs one literal of (the other words of a phrase). */
  readonly alsoRequiredIds?: readonly Int32Array[];
}

/** Does the scan hold a literal of each of the pattern's required sets (bits from word `at` on)? */
export function containsAll(found: Uint32Array, pattern: Prefiltered, at = 0): boolean {
  if (pattern.requiredIds && !containsAny(found, pattern.requiredIds, at)) return false;
  for (const ids of pattern.alsoRequiredIds ?? []) if (!containsAny(found, ids, at)) return false;
  return true;
}
