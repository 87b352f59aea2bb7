/**
 * Case folding the way a case-insensitive JavaScript expression compares, one UTF-16 code unit at
 * a time: lower case, plus the few letters whose simple case folding differs from their lower case
 * (long s, micro sign, Greek variants, dotless i). Used on literals and, through the scan's symbol
 * table, on texts; it may only ever make more strings look alike.
 */
const FOLD_EXTRA: Record<string, string> = { ſ: 's', µ: 'μ', ς: 'σ', ϐ: 'β', ϑ: 'θ', ϕ: 'φ', ϖ: 'π', ϰ: 'κ', ϱ: 'ρ', ϵ: 'ε', ẛ: 'ṡ', ι: 'ι', '\u0345': 'ι', ı: 'i' };

let foldTable: Uint16Array | undefined;

/** The code unit each UTF-16 code unit folds to (itself when it has no single-unit lower case). */
export function caseFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  const CHUNK = 1024;
  const units = new Array<number>(CHUNK);
  for (let start = 0; start < 0x10000; start += CHUNK) {
    for (let i = 0; i < CHUNK; i++) units[i] = start + i;
    // one toLowerCase per chunk; a chunk whose lower case changes length (İ) goes unit by unit
    const lower = String.fromCharCode(...units).toLowerCase();
    for (let i = 0; i < CHUNK; i++) {
      if (lower.length === CHUNK) table[start + i] = lower.charCodeAt(i);
      else {
        const one = String.fromCharCode(start + i).toLowerCase();
        table[start + i] = one.length === 1 ? one.charCodeAt(0) : start + i;
      }
    }
  }
  const extras = new Map(Object.entries(FOLD_EXTRA).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
  for (let code = 0; code < 0x10000; code++) {
    const extra = extras.get(table[code]);
    if (extra !== undefined) table[code] = extra;
  }
  foldTable = table;
  return table;
}

export function foldCase(text: string): string {
  const table = caseFoldTable();
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(table[text.charCodeAt(i)]);
  return out;
}
