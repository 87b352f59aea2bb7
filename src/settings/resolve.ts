import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { GlobSet } from '../policy/glob.js';
import { loadBaseline, type Baseline } from '../policy/baseline.js';
import { loadConfig, type LoadedConfig } from '../policy/config.js';
import { suppressionRules, type SuppressionRule } from '../policy/suppress.js';
import type { ConsumerOptions } from '../report/deadline.js';
import { loadRules, type Rule } from '../rules/load.js';
import type { Severity } from '../model/vocabulary.js';
import { analysisSettings, runSettings, type AnalysisSettings, type RunSettings, type SettingsFlags } from './analysis.js';
import type { RuleSelection } from './selection.js';

/**
 * One place where the command line, the config file and the defaults become the settings of a run
 * (the command line wins over the config, the config over the defaults; the defaults are the
 * constants of src/model/limits.ts). Commands and library callers hand `Settings` on; nothing
 * downstream looks at flags or at the config again.
 */

export type { AnalysisSettings, RunSettings, SettingsFlags };

export interface Settings {
  config?: LoadedConfig;
  analysis: AnalysisSettings;
  run: RunSettings;
  /** Which rules run; analysis processes load them from this. */
  selection: RuleSelection;
  /** The selected rules, loaded once here (the catalog of the report, validation of rule ids). */
  rules: Rule[];
  suppressions: SuppressionRule[];
  baseline?: Baseline;
  failUnder?: number;
  failOn?: Severity;
  /** Findings below this severity are left out of what is shown (the score and the policy count them). */
  minSeverity?: Severity;
  /** The consumer's answer in each document: its dates and, for the HTML report, its files. */
  answer: ConsumerOptions;
  include?: GlobSet;
  exclude: GlobSet[];
}

function checkRuleIds(ids: readonly { id: string; where: string }[], rules: readonly Rule[]): void {
  const known = new Set(rules.map((r) => r.id));
  const unknown = ids.filter(({ id }) => !known.has(id));
  if (unknown.length) {
    throw new UsageError(
      `${unknown.map(({ id, where }) => `${where}: unknown rule id "${id}"`).join('\n  ')}\n  known rule ids: ${[...known].sort().join(', ')}`,
    );
  }
}

/**
 * Load the config, the rule packs, the baseline and the policy settings. Throws UsageError (exit 2)
 * for a bad config, unknown rule ids or an unreadable baseline, and RulePackError (exit 4) for a
 * broken rule pack.
 */
export function resolveSettings(flags: SettingsFlags, cwd = process.cwd()): Settings {
  const config = loadConfig(flags.config);
  const c = config?.config ?? {};
  const dirs = [...(c.rules ?? []).map((dir) => resolve(config?.dir ?? cwd, dir)), ...(flags.rules ?? [])];
  const disabled = [
    ...(c.disabledRules ?? []).map((id, i) => ({ id, where: `${config?.path} disabledRules[${i}]` })),
    ...(flags.disableRule ?? []).map((id) => ({ id, where: '--disable-rule' })),
  ];
  const all = loadRules(dirs);
  checkRuleIds(disabled, all);
  checkRuleIds((c.suppressions ?? []).map((s, i) => ({ id: s.rule, where: `${config?.path} suppressions[${i}].rule` })), all);
  const selection: RuleSelection = { dirs, disabled: [...new Set(disabled.map((d) => d.id))] };
  const off = new Set(selection.disabled);
  const failOn = flags.failOn ?? c.failOn;
  return {
    config,
    analysis: analysisSettings(flags, c),
    run: runSettings(flags),
    selection,
    rules: all.filter((r) => !off.has(r.id)),
    suppressions: suppressionRules(config),
    ...(flags.baseline !== undefined ? { baseline: loadBaseline(flags.baseline) } : {}),
    failUnder: flags.failUnder ?? c.failUnder,
    failOn: failOn === 'none' ? undefined : failOn,
    ...(flags.minSeverity ? { minSeverity: flags.minSeverity } : {}),
    answer: { start: flags.start, today: flags.today, noCancelButton: flags.cancelButton === false, files: Boolean(flags.includeClauses) },
    include: flags.include?.length ? { base: cwd, patterns: flags.include } : c.include?.length && config ? { base: config.dir, patterns: c.include } : undefined,
    exclude: [
      ...(flags.exclude?.length ? [{ base: cwd, patterns: flags.exclude }] : []),
      ...(c.exclude?.length && config ? [{ base: config.dir, patterns: c.exclude }] : []),
    ],
  };
}
