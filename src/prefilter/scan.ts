import { foldCase } from './literals.js';

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
}

let automaton: Automaton | null = null;

function build(): Automaton {
  const symbolOf = new Uint16Array(0x10000);
  let symbols = 1;
  for (const literal of literals) {
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (symbolOf[code] === 0) symbolOf[code] = symbols++;
    }
  }
  // case folding lives in the table: every code unit reads as the symbol of its folded form, so
  // texts are scanned as they are, without a lower-cased copy
  for (let code = 0; code < 0x10000; code++) {
    if (symbolOf[code] !== 0) continue;
    const folded = foldCase(String.fromCharCode(code));
    if (folded.length === 1) symbolOf[code] = symbolOf[folded.charCodeAt(0)];
  }
  // trie
  const children: Map<number, number>[] = [new Map()];
  const ending: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const symbol = symbolOf[literal.charCodeAt(i)];
      let next = children[state].get(symbol);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ending.push([]);
        children[state].set(symbol, next);
      }
      state = next;
    }
    ending[state].push(id);
  });
  // failure links breadth first, turning the trie into a complete transition table
  const states = children.length;
  const delta = new Int32Array(states * symbols);
  const fail = new Int32Array(states);
  const outputsOf: number[][] = ending.map((e) => [...e]);
  const queue: number[] = [];
  for (const [symbol, next] of children[0]) {
    delta[symbol] = next;
    queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    outputsOf[state].push(...outputsOf[fail[state]]);
    for (let symbol = 1; symbol < symbols; symbol++) {
      const next = children[state].get(symbol);
      if (next === undefined) delta[state * symbols + symbol] = delta[fail[state] * symbols + symbol];
      else {
        fail[next] = delta[fail[state] * symbols + symbol];
        delta[state * symbols + symbol] = next;
        queue.push(next);
      }
    }
  }
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s] + outputsOf[s].length;
  const outputs = new Int32Array(outStart[states]);
  for (let s = 0; s < states; s++) outputs.set(outputsOf[s], outStart[s]);
  const narrow = symbols <= 0xff ? Uint8Array.from(symbolOf) : symbolOf;
  return { size: literals.length, symbolOf: narrow, symbols, delta, outStart, outputs };
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
  const { symbolOf, symbols, delta, outStart, outputs } = automaton;
  into.fill(0, at, at + ((automaton.size + 31) >>> 5));
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = delta[state * symbols + symbolOf[text.charCodeAt(i)]];
    for (let o = outStart[state], end = outStart[state + 1]; o < end; o++) {
      const id = outputs[o];
      into[at + (id >>> 5)] |= 1 << (id & 31);
    }
  }
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
  if (automaton && recentFound.length) {
    for (let i = 0; i < RECENT; i++) if (recentTexts[i] === text) return recentFound[i];
  } else {
    // literals were added (or first use): remembered scans are stale, the bit sets too small
    recentTexts.fill(null);
    const words = scanWords();
    recentFound = Array.from({ length: RECENT }, () => new Uint32Array(words));
  }
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
