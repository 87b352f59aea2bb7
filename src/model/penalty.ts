import type { Severity } from './vocabulary.js';

/**
 * Points a finding costs, by severity (README "Freedom score"). Below the stages: the score spends
 * them, the formatters tell a repeated finding (which costs less) from a first one.
 */
export const PENALTY: Record<Severity, number> = { critical: 30, high: 20, medium: 10, low: 4, info: 0 };
