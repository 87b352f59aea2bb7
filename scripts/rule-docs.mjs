// `npm run rule-docs`: write docs/rules/<id>.md for every built-in rule from its YAML (run after
// `npm run build`). test/rule-docs.test.ts fails when a committed page is stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadBuiltinRules } from '../dist/rules/load.js';
import { ruleMarkdown } from '../dist/rules/docs.js';

const dir = new URL('../docs/rules/', import.meta.url);
mkdirSync(dir, { recursive: true });
const rules = loadBuiltinRules();
const wanted = new Set(rules.map((rule) => `${rule.id}.md`));
for (const name of readdirSync(dir)) if (name.endsWith('.md') && !wanted.has(name)) rmSync(new URL(name, dir));
for (const rule of rules) writeFileSync(new URL(`${rule.id}.md`, dir), ruleMarkdown(rule));
console.log(`wrote ${rules.length} rule pages in docs/rules/`);
