import { z } from 'zod';
import { buildRuleSchema } from './rule-schema.js';

export * from './vocabulary.js';
export type { Localized } from './rule-schema.js';

/** The rule file schema (zod), for programs that validate rule files themselves. */
export const ruleSchema = buildRuleSchema(z).ruleSchema;
