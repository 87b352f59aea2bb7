import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleMarkdown } from '../src/rules/docs.js';
import { ruleDocUrl } from '../src/report/rule-docs.js';
import { loadBuiltinRules } from '../src/rules/load.js';

/** docs/rules/<id>.md is generated from the YAML (npm run rule-docs); a stale page fails here. */
describe('rule pages', () => {
  const rules = loadBuiltinRules();
  it('has a current page for every built-in rule and no page for a rule that is gone', () => {
    const pages = readdirSync(new URL('../docs/rules/', import.meta.url)).filter((name) => name.endsWith('.md')).sort();
    expect(pages).toEqual(rules.map((r) => `${r.id}.md`).sort());
    for (const rule of rules) {
      const page = readFileSync(new URL(`../docs/rules/${rule.id}.md`, import.meta.url), 'utf8');
      expect(page, `docs/rules/${rule.id}.md is stale: run npm run rule-docs`).toBe(ruleMarkdown(rule));
    }
  });

  it('links built-in rules to their page in the repository, user rules to nothing', () => {
    expect(ruleDocUrl({ id: 'minimum-term', pack: 'builtin' })).toBe('https://github.com/knebel-dev/knebel/blob/main/docs/rules/minimum-term.md');
    expect(ruleDocUrl({ id: 'gym-towel-fee', pack: 'my-pack' })).toBeUndefined();
  });
});
