// The rule pack the run measures: a snapshot of rules/ read once, validated here (an invalid pack
// ends the run with exit code 4) and parsed from the same text in every worker, so that a rule
// file edited during a run cannot give two workers different catalogs. --rules narrows it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, listYaml } from './files.mjs';

/**
 * `pattern`: the --rules option (a regular expression over rule ids), or undefined for all.
 * Returns the files' text, the rules' ids and categories, the filter, and a hash of the snapshot.
 */
export async function snapshotRules(pattern) {
  const { parseRuleFile } = await import(pathToFileURL(join(DIST, 'rules', 'load.js')).href);
  const ruleFiles = listYaml(join(ROOT, 'rules')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const problems = [];
  let rules = [];
  for (const f of ruleFiles) {
    const r = parseRuleFile(f.path, f.text, 'builtin');
    problems.push(...r.problems);
    if (r.rule) rules.push({ id: r.rule.id, category: r.rule.category });
  }
  if (problems.length) {
    console.error('eval: the built-in rule pack is invalid:');
    for (const p of problems) console.error(`  ${p.file}${p.line ? `:${p.line}` : ''}${p.column ? `:${p.column}` : ''} ${p.field ?? ''}: ${p.reason}`);
    process.exit(4);
  }
  let ruleFilter = null;
  if (pattern) {
    try {
      ruleFilter = new RegExp(pattern);
    } catch (error) {
      console.error(`eval: --rules: ${error.message}`);
      process.exit(2);
    }
    rules = rules.filter((r) => ruleFilter.test(r.id));
    console.log(`only the ${rules.length} rule(s) whose id matches /${pattern}/: ${rules.map((r) => r.id).join(', ')}`);
  }
  const rulesHash = createHash('sha256').update(ruleFiles.map((f) => `${relative(ROOT, f.path)}\n${f.text}`).join('\0')).digest('hex').slice(0, 12);
  return { ruleFiles, rules, ruleFilter, rulesHash };
}
