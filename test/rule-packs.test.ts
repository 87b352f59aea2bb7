import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RulePackError } from '../src/errors.js';
import { loadRulePack, loadRules } from '../src/rules/load.js';
import { knebel } from './helpers.js';

const valid = `id: gym-towel-fee
category: fees
title: { de: Handtuchgebühr, en: Towel fee }
match:
  patterns:
    de: ['Handtuchgebühr']
    en: ['towel fee']
severity:
  - level: low
message: { de: 'Handtuchgebühr', en: 'Towel fee' }
explanation: { de: 'Kostet extra.', en: 'Costs extra.' }
suggestion: { de: 'Handtücher inklusive.', en: 'Towels included.' }
examples:
  flag: { de: ['Es fällt eine Handtuchgebühr an.'], en: ['A towel fee applies.'] }
  pass: { de: ['Handtücher sind inklusive.'], en: ['Towels are included.'] }
`;

function pack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'knebel-pack-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function problems(dir: string) {
  try {
    loadRulePack(dir);
  } catch (error) {
    if (error instanceof RulePackError) return error.problems;
    throw error;
  }
  return [];
}

describe('rule packs', () => {
  it('loads a valid user pack next to the built-in rules', () => {
    const rules = loadRules([pack({ 'gym-towel-fee.yml': valid })]);
    expect(rules.some((r) => r.id === 'gym-towel-fee')).toBe(true);
  });

  it('reports a wrong field with file, line and reason', () => {
    const [problem] = problems(pack({ 'gym-towel-fee.yml': valid.replace('level: low', 'level: severe') }));
    expect(problem).toMatchObject({ line: 9, field: 'severity.0.level' });
    expect(problem.file).toMatch(/gym-towel-fee\.yml$/);
    expect(problem.reason).toMatch(/critical|high|medium|low|info/);
  });

  it('reports a missing field, a bad regular expression, a YAML syntax error and a wrong id', () => {
    expect(problems(pack({ 'gym-towel-fee.yml': valid.replace(/^suggestion:.*\n/m, '') }))[0]).toMatchObject({ field: 'suggestion' });
    expect(problems(pack({ 'gym-towel-fee.yml': valid.replace("['towel fee']", "['towel (fee']") }))[0]).toMatchObject({ line: 7, field: 'match.patterns.en.0' });
    expect(problems(pack({ 'gym-towel-fee.yml': valid.replace('title: {', 'title: {{') }))[0].reason).toMatch(/YAML syntax/);
    expect(problems(pack({ 'other-name.yml': valid }))[0]).toMatchObject({ field: 'id' });
  });

  it('refuses a user rule that reuses a built-in id', () => {
    expect(() => loadRules([pack({ 'minimum-term.yml': valid.replace('gym-towel-fee', 'minimum-term') })])).toThrow(/already defined/);
  });

  it('makes the CLI exit 4 with file:line for a broken pack, and apply a good one', () => {
    const broken = knebel(['check', '--rules', pack({ 'gym-towel-fee.yml': valid.replace('level: low', 'level: severe') }), 'fixtures/de/mobilfunk-fair.txt']);
    expect(broken.code).toBe(4);
    expect(broken.stderr).toMatch(/gym-towel-fee\.yml:9:\d+ severity\.0\.level:/);
    const good = pack({ 'gym-towel-fee.yml': valid });
    const dir = pack({ 'towel.txt': 'Der Vertrag läuft monatlich. Es fällt eine Handtuchgebühr von 2 Euro pro Besuch an. Die Kündigung ist jederzeit möglich.' });
    const result = knebel(['check', '--format', 'json', '--rules', good, join(dir, 'towel.txt')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).documents[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('gym-towel-fee');
  });
});

describe('rule packs loaded by a long-running program', () => {
  it('reuses a loaded pack until one of its files changes', () => {
    const dir = pack({ 'gym-towel-fee.yml': valid });
    const first = loadRulePack(dir);
    expect(loadRulePack(dir)).toBe(first);
    // a changed file (different size) is read again
    writeFileSync(join(dir, 'gym-towel-fee.yml'), valid.replace('severity:\n  - level: low', 'severity:\n  - level: medium'));
    const second = loadRulePack(dir);
    expect(second).not.toBe(first);
    expect(second[0].severity[0].level).toBe('medium');
  });
});
