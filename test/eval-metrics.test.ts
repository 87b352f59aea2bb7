import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
// the scoreboard's shared arithmetic and tables (`npm run eval`, scripts/eval/)
import { addCounts, auc, counts, fmt, mean, pct, prf } from '../scripts/eval/metrics.mjs';
import { mdTable, report, textTable } from '../scripts/eval/tables.mjs';
import { parseCsv } from '../scripts/eval/files.mjs';
import { detokenize } from '../scripts/eval/lexglue.mjs';

describe('eval metrics', () => {
  it('computes precision, recall and F1 from confusion counts', () => {
    const { precision, recall, f1 } = prf({ tp: 6, fp: 2, fn: 4 });
    expect(precision).toBe(0.75);
    expect(recall).toBe(0.6);
    expect(f1).toBeCloseTo(2 / 3, 12); // 2·6 / (2·6 + 2 + 4)
  });

  it('gives null where a ratio has nothing to divide by, and 0 where nothing was found', () => {
    expect(prf(counts())).toEqual({ precision: null, recall: null, f1: null });
    expect(prf({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 5, fn: 0 })).toEqual({ precision: 0, recall: null, f1: 0 });
  });

  it('adds counts for micro averages', () => {
    expect([{ tp: 1, fp: 2, fn: 3 }, { tp: 4, fp: 0, fn: 1 }].reduce(addCounts, counts())).toEqual({ tp: 5, fp: 2, fn: 4 });
  });

  it('ranks with AUC: every fair-over-trap pair wins, ties count half', () => {
    expect(auc([90, 80], [10, 20])).toBe(1);
    expect(auc([10], [90])).toBe(0);
    // 3>1, 3>2, 2>1 win; 2 = 2 ties: 3.5 of 4 pairs
    expect(auc([3, 2], [1, 2])).toBe(0.875);
    expect(auc([], [1])).toBeNull();
    expect(auc([1], [])).toBeNull();
  });

  it('averages, and prints a missing figure as a dash', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
    expect(fmt(2 / 3)).toBe('0.67');
    expect(fmt(7.4, 0)).toBe('7');
    expect(fmt(null)).toBe('–');
    expect(fmt(Number.NaN)).toBe('–');
    expect(pct(0.756)).toBe('75.6 %');
    expect(pct(undefined)).toBe('–');
  });
});

describe('eval tables', () => {
  it('aligns numeric columns right and text columns left', () => {
    expect(textTable(['name', 'n'], [['a', 5], ['bbb', 12]]).split('\n')).toEqual(['name   n', '----  --', 'a      5', 'bbb   12']);
  });

  it('writes Markdown with right-aligned numbers and escaped pipes', () => {
    expect(mdTable(['name', 'n'], [['a|b', 5]]).split('\n')).toEqual(['| name | n |', '| --- | ---: |', '| a\\|b | 5 |']);
  });

  it('keeps the text and Markdown renderings of a report in step', () => {
    const r = report();
    r.both('== Title ==', '## Title');
    r.both('');
    r.table(['k', 'v'], [['x', 1]]);
    expect(r.text).toEqual(['== Title ==', '', 'k  v\n-  -\nx  1']);
    expect(r.md).toEqual(['## Title', '', '| k | v |\n| --- | ---: |\n| x | 1 |']);
  });
});

describe('eval readers', () => {
  it('reads RFC 4180 CSV: BOM, CRLF, quoted commas, doubled quotes and line breaks', () => {
    const rows = parseCsv('\ufeffa,b\r\n"x, ""y""",2\n"two\nlines",3\n');
    expect(rows).toEqual([
      { a: 'x, "y"', b: '2' },
      { a: 'two\nlines', b: '3' },
    ]);
  });

  it("undoes LexGLUE's tokenisation", () => {
    expect(detokenize("the company 's terms ( eu ) , do n't")).toBe("the company's terms (eu), don't");
  });
});

describe('npm run eval options', () => {
  const run = (...args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [join(ROOT, 'scripts', 'eval.mjs'), ...args], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };

  it('prints its usage', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: npm run eval/);
    expect(r.out).toContain('--only LIST         comma-separated subset of: claudette, lexglue, agb, cuad, real, ocr');
  });

  it('refuses a wrong option or value with exit code 2 and a one-line reason', () => {
    const bogus = run('--bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.out.split('\n')[0]).toMatch(/^eval: Unknown option '--bogus'/);
    expect(run('--only', 'agb', '--jobs', '0')).toEqual({ code: 2, out: 'eval: --jobs needs a positive whole number\n' });
    expect(run('--only', 'nothing')).toEqual({ code: 2, out: 'eval: unknown part(s) nothing; choose from claudette, lexglue, agb, cuad, real\n' });
  });
});
