import { describe, expect, it } from 'vitest';
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

describe('rule catalog', () => {
  it('has examples for every rule in every language it has patterns or facts for', () => {
    for (const rule of rules) {
      for (const language of ['de', 'en'] as const) {
        expect(rule.examples.flag[language]?.length ?? 0, `${rule.id} flag/${language}`).toBeGreaterThanOrEqual(3);
        expect(rule.examples.pass[language]?.length ?? 0, `${rule.id} pass/${language}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
