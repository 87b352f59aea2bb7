import { resolve } from 'node:path';
import { ExitCode, RulePackError, formatRuleProblem } from '../errors.js';
import { BUILTIN_RULES_DIR, loadBuiltinRules, loadRulePack, type Rule } from '../rules/load.js';
import { formatFailure, testRules } from '../rules/tester.js';
import type { CliIO } from './context.js';

/** The rules of each folder: the built-in folder as the built-in pack, any other as a user pack (RE2). */
function packs(dirs: string[]): Rule[] {
  if (dirs.length === 0) return loadBuiltinRules();
  return dirs.flatMap((dir) => (resolve(dir) === BUILTIN_RULES_DIR ? loadBuiltinRules() : loadRulePack(dir)));
}

/** `knebel rules test [DIR…]`: exit 0 when every example holds, 1 with the failures, 4 for a broken pack. */
export async function runRulesTest(dirs: string[], io: CliIO): Promise<number> {
  let rules: Rule[];
  try {
    rules = packs(dirs);
  } catch (error) {
    if (!(error instanceof RulePackError)) throw error;
    for (const problem of error.problems) io.stderr.write(`knebel: invalid rule: ${formatRuleProblem(problem)}\n`);
    return ExitCode.rulePackInvalid;
  }
  const result = await testRules(rules);
  for (const failure of result.failures) io.stderr.write(`${formatFailure(failure)}\n`);
  const failed = new Set(result.failures.map((f) => f.ruleId)).size;
  io.stdout.write(result.failures.length
    ? `${result.failures.length} of ${result.examples} examples failed in ${failed} of ${result.rules} rules.\n`
    : `${result.examples} examples of ${result.rules} rules pass.\n`);
  return result.failures.length ? ExitCode.policyFailed : ExitCode.ok;
}
