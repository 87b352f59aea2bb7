import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBuiltinRules } from '../src/rules/load.js';
import { formatFailure, testRule } from '../src/rules/tester.js';

/**
 * Every rule carries must-flag and must-not-flag examples in its own file. They run through the
 * same tester as `knebel rules test` (src/rules/tester.ts): one tester, not two.
 */
const rules = loadBuiltinRules();

describe('rule examples', () => {
  for (const rule of rules) {
    it(`${rule.id}: every example holds`, async () => {
      const failures = await testRule(rule);
      expect(failures.map(formatFailure)).toEqual([]);
    });
  }
});

/** Every pattern string a rule file itself writes (patterns, all, unless, notInside, unlessDocument). */
function patternStrings(file: string): string[] {
  const data = parse(readFileSync(file, 'utf8')) as { match: Record<string, unknown>; document?: { unlessDocument?: unknown } };
  const lists = [data.match.patterns, data.match.all, data.match.unless, data.match.notInside, data.document?.unlessDocument] as (Partial<Record<'de' | 'en', string[]>> | undefined)[];
  return lists.flatMap((list) => [...(list?.de ?? []), ...(list?.en ?? [])]);
}

describe('rule catalog', () => {
  it('keeps every phrase pattern under 160 characters, and no two rule files share five patterns', () => {
    const files = new Map(rules.map((rule) => [rule.id, patternStrings(rule.source)]));
    for (const rule of rules.filter((r) => r.kind === 'phrase')) {
      for (const p of files.get(rule.id)!) expect(p.length, `${rule.id}: ${p}`).toBeLessThanOrEqual(160);
    }
    const ids = [...files.keys()];
    for (const a of ids) {
      for (const b of ids.filter((id) => id > a)) {
        const shared = files.get(a)!.filter((p) => files.get(b)!.includes(p));
        expect(shared.length, `${a} and ${b} share ${shared.length} patterns`).toBeLessThan(5);
      }
    }
  });

  it('has examples for every rule in every language it has patterns or facts for', () => {
    for (const rule of rules) {
      for (const language of ['de', 'en'] as const) {
        expect(rule.examples.flag[language]?.length ?? 0, `${rule.id} flag/${language}`).toBeGreaterThanOrEqual(3);
        expect(rule.examples.pass[language]?.length ?? 0, `${rule.id} pass/${language}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
