import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Built-in rules and language packs run on JavaScript's backtracking engine (they need
 * lookbehind), so unlike user packs (RE2) nothing bounds their time but review. A word set once
 * wrote `(?:\p{L}+[\s,/;-]*){1,10}` (the separator optional): a 40-letter word took 8 s, a
 * longer one would hang the analysis. This test runs every compiled built-in expression over
 * inputs that make such nesting explode. It asserts no timing: a catastrophic expression never
 * finishes, so the child process is stopped after a generous bound and the test names it.
 */
const HANG_BOUND_MS = 90_000;

/** Walks rules and packs in a child process, printing each expression before running it. */
const PROBE = `
const { loadBuiltinRules } = await import('./dist/rules/load.js');
const { LANGUAGE_PACKS } = await import('./dist/lang/index.js');
const inputs = [
  '1. ' + 'a'.repeat(80) + '!',
  'a'.repeat(5000) + '!',
  'ä'.repeat(80) + '1',
  'word '.repeat(600) + '!',
  'a, '.repeat(800) + '1',
  '1.'.repeat(600) + '!',
  '(a) '.repeat(400) + '!',
  '-'.repeat(2000) + 'a',
  'the '.repeat(300) + 'of '.repeat(300) + '!',
  'Kunde '.repeat(300) + 'der '.repeat(300) + '!',
];
const seen = new Set();
function* expressions(value, where) {
  if (value && typeof value.exec === 'function' && typeof value.source === 'string') {
    yield [value, where];
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* expressions(v, where + '[' + i + ']');
  } else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) yield* expressions(v, where + '.' + k);
  }
}
const all = [];
for (const rule of await loadBuiltinRules()) all.push(...expressions(rule.compiled, rule.id));
for (const [lang, pack] of Object.entries(LANGUAGE_PACKS)) all.push(...expressions(pack, 'lang-' + lang));
let count = 0;
for (const [rx, where] of all) {
  if (seen.has(rx)) continue;
  seen.add(rx);
  process.stdout.write(where + '\\n');
  for (const input of inputs) {
    if ('lastIndex' in rx) rx.lastIndex = 0;
    (rx.run ?? rx.exec).call(rx, input);
  }
  count++;
}
process.stdout.write('done ' + count + '\\n');
`;

describe('built-in expressions', () => {
  it(
    'never backtrack catastrophically on long runs of letters, words or separators',
    () => {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], { encoding: 'utf8', timeout: HANG_BOUND_MS });
      expect(child.stderr).toBe('');
      const lines = child.stdout.trim().split('\n');
      const last = lines.at(-1) ?? '';
      // on a hang, the last line printed names the expression that did not finish
      expect(last, `did not finish: ${last}`).toMatch(/^done \d+$/);
      // the walk really reached the rules and the language packs
      expect(Number(last.split(' ')[1])).toBeGreaterThan(300);
      expect(lines.some((line) => line.startsWith('lang-de'))).toBe(true);
    },
    HANG_BOUND_MS + 30_000,
  );
});
