import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyzeText } from '../analyze.js';
import type { ContractType } from './vocabulary.js';
import type { Rule } from './load.js';
import type { RuleExample } from './rule-schema.js';
import { GENERIC } from '../model/jurisdiction.js';

/**
 * The rule tester (like ESLint's RuleTester): runs every example of a rule through the whole
 * pipeline with only that rule loaded. `flag` examples must give exactly one finding of the rule
 * (of the stated severity, quoting the stated words); `pass` examples none. `knebel rules test`
 * and the project's own test suite both call `testRule`: there is one tester.
 */

type Lang = 'de' | 'en';

export interface ExampleCase {
  expectation: 'flag' | 'pass';
  language: Lang;
  index: number;
  text: string;
  jurisdiction: string;
  contractType: ContractType;
  contractDate?: string;
  severity?: string;
  quote?: string;
}

export interface ExampleFailure {
  /** The rule file and the example's line in it (when the file can be read). */
  file: string;
  line?: number;
  ruleId: string;
  example: string;
  expected: string;
  got: string;
}

/** An example with its context filled in: German examples are judged under German law by default. */
export function exampleCases(rule: Rule): ExampleCase[] {
  const out: ExampleCase[] = [];
  for (const expectation of ['flag', 'pass'] as const) {
    for (const language of ['de', 'en'] as const) {
      (rule.examples[expectation][language] ?? []).forEach((raw: RuleExample, index) => {
        const example = typeof raw === 'string' ? { text: raw } : raw;
        out.push({
          expectation,
          language,
          index,
          text: example.text,
          jurisdiction: example.jurisdiction ?? (language === 'de' ? 'de' : GENERIC),
          contractType: example.contractType ?? 'other',
          contractDate: example.contractDate,
          severity: example.severity,
          quote: example.quote,
        });
      });
    }
  }
  return out;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** What is wrong with the rule's result on one example, or null when it is right. */
export async function checkExample(rule: Rule, example: ExampleCase): Promise<{ expected: string; got: string } | null> {
  const { report } = await analyzeText(example.text, {
    rules: [rule],
    language: example.language,
    jurisdiction: example.jurisdiction,
    contractType: example.contractType,
    contractDate: example.contractDate,
  });
  const findings = report.findings.filter((f) => f.ruleId === rule.id && f.severity !== 'info');
  const got = findings.length === 0 ? 'no finding' : findings.map((f) => `${f.severity} finding quoting "${f.evidence.match.text}"`).join(', ');
  if (example.expectation === 'pass') return findings.length === 0 ? null : { expected: 'no finding', got };
  const wanted = `one ${example.severity ?? ''} finding${example.quote ? ` quoting "${example.quote}"` : ''}`.replace('  ', ' ');
  if (findings.length !== 1) return { expected: wanted, got };
  if (example.severity && findings[0].severity !== example.severity) return { expected: wanted, got };
  if (example.quote && !squash(findings[0].evidence.match.text).includes(squash(example.quote))) return { expected: wanted, got };
  return null;
}

type YamlModule = typeof import('yaml');

/** Line of each example in the rule's file, read only when an example failed. */
function exampleLine(rule: Rule, example: ExampleCase): number | undefined {
  if (!existsSync(rule.source)) return undefined;
  const yaml = createRequire(import.meta.url)('yaml') as YamlModule;
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(readFileSync(rule.source, 'utf8'), { lineCounter: lines });
  const node = doc.getIn(['examples', example.expectation, example.language, example.index], true);
  return yaml.isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
}

/** Run one rule's examples; the failures, in file order. */
export async function testRule(rule: Rule): Promise<ExampleFailure[]> {
  const failures: ExampleFailure[] = [];
  for (const example of exampleCases(rule)) {
    const wrong = await checkExample(rule, example);
    if (wrong) failures.push({ file: rule.source, line: exampleLine(rule, example), ruleId: rule.id, example: example.text, ...wrong });
  }
  return failures;
}

export interface RuleTestResult {
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

/** Run the examples of every rule given. */
export async function testRules(rules: readonly Rule[]): Promise<RuleTestResult> {
  const failures: ExampleFailure[] = [];
  let examples = 0;
  for (const rule of rules) {
    examples += exampleCases(rule).length;
    failures.push(...(await testRule(rule)));
  }
  return { rules: rules.length, examples, failures };
}

/** One failure as `file:line rule-id: example — expected …, got …`. */
export function formatFailure(failure: ExampleFailure): string {
  const where = failure.line ? `${failure.file}:${failure.line}` : failure.file;
  return `${where} ${failure.ruleId}: ${failure.example} — expected ${failure.expected}, got ${failure.got}`;
}
