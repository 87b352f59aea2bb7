import { z } from 'zod';
import { buildRuleSchema } from './rule-schema.js';

export * from './vocabulary.js';
export { isFactMatch, type FactMatch, type Localized, type PatternMatch, type RuleExample, type RuleFile, type SeverityCondition } from './rule-schema.js';

/** The rule file schema (zod), for programs that validate rule files themselves. */
export const ruleSchema = buildRuleSchema(z).ruleSchema;
