import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/analyze.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import type { RuleExample } from '../src/rules/schema.js';

/**
 * Every rule carries must-flag and must-not-flag examples in its own file (like ESLint's
 * RuleTester valid/invalid cases). Each example runs through the whole pipeline with only its
 * own rule loaded, so the assertion is about this rule and nothing else.
 */
const rules = loadBuiltinRules();

function normalizeExample(example: RuleExample) {
  return typeof example === 'string' ? { text: example } : example;
}

for (const rule of rules) {
  describe(`rule ${rule.id}`, () => {
    for (const expectation of ['flag', 'pass'] as const) {
      for (const language of ['de', 'en'] as const) {
        for (const raw of rule.examples[expectation][language] ?? []) {
          const example = normalizeExample(raw);
          const jurisdiction = example.jurisdiction ?? (language === 'de' ? 'de' : 'generic');
          it(`${expectation} [${language}/${jurisdiction}] ${example.text}`, async () => {
            const { report } = await analyzeText(example.text, {
              rules: [rule],
              language,
              jurisdiction,
              contractType: example.contractType ?? 'other',
              contractDate: example.contractDate,
            });
            const findings = report.findings.filter((f) => f.ruleId === rule.id && f.severity !== 'info');
            if (expectation === 'flag') {
              expect(findings, 'expected the rule to flag this example').toHaveLength(1);
              if (example.severity) expect(findings[0].severity).toBe(example.severity);
              expect(report.findings[0].evidence.text.length).toBeGreaterThan(0);
            } else {
              expect(findings.map((f) => f.message)).toEqual([]);
            }
          });
        }
      }
    }
  });
}

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
