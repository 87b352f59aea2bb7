import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import type { RuleProblem } from '../errors.js';

/**
 * Most alias expansions a rule file may make (yaml's own guard, stated for the record): a
 * "billion laughs" file of nested aliases expands exponentially.
 */
export const MAX_YAML_ALIASES = 100;

/**
 * The data of a parsed rule file, or its problem: an alias bomb is reported as the pack's problem
 * with the file and the line of its first alias (exit 4), not as an internal error.
 */
export function ruleData(doc: Document, lines: LineCounter, file: string): { data: unknown } | { problems: RuleProblem[] } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    let offset: number | undefined;
    yaml.visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0];
        return yaml.visit.BREAK;
      },
    });
    const at = offset === undefined ? undefined : lines.linePos(offset);
    return { problems: [{ file, line: at?.line, column: at?.col, reason: `YAML aliases expand too far (${error.message.split('\n')[0]}): write the lists out` }] };
  }
}
