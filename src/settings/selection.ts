import { loadRules, type Rule } from '../rules/load.js';

/**
 * Which rules run: the built-in rules, the packs in `dirs`, less the `disabled` ids. Described once
 * and handed as it is to every process that loads rules (compiled patterns do not cross processes,
 * so each analysis process loads its own copy from the same selection).
 */
export interface RuleSelection {
  /** Rule pack folders, absolute or relative to the working directory (config packs are resolved already). */
  dirs: readonly string[];
  /** Rule ids not to run (validated against the loaded rules by resolveSettings). */
  disabled: readonly string[];
}

export const BUILTIN_ONLY: RuleSelection = { dirs: [], disabled: [] };

/** The rules of a selection: loaded (and cached) per pack, the disabled ones left out. */
export function loadSelection(selection: RuleSelection): Rule[] {
  const rules = loadRules(selection.dirs);
  if (selection.disabled.length === 0) return rules;
  const off = new Set(selection.disabled);
  return rules.filter((rule) => !off.has(rule.id));
}
