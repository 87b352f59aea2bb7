import { InvalidArgumentError } from 'commander';
import { jurisdictionProblem } from '../model/jurisdiction.js';

/** Option parsers shared by the commands; they throw commander's InvalidArgumentError (exit 2). */
export const CONTRACT_TYPES = ['gym', 'telecom', 'streaming', 'software', 'dating', 'magazine', 'energy', 'insurance', 'other'];

export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return value;
}

export function jurisdiction(value: string): string {
  const v = value.toLowerCase();
  const problem = jurisdictionProblem(v);
  if (problem) throw new InvalidArgumentError(problem);
  return v;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** Collector for repeatable options such as --rules DIR --rules DIR2. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** --fail-on values: a severity, or "none" to switch a config's threshold off. */
export const SEVERITY_CHOICES = ['critical', 'high', 'medium', 'low', 'info', 'none'];

/** A freedom score threshold, 0 to 100. */
export function scoreValue(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a score from 0 to 100');
  return n;
}

/** "2/4" → { index: 2, count: 4 }: the second of four slices. */
export function shardSpec(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : 0;
  const count = m ? Number(m[2]) : 0;
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 1/4');
  return { index, count };
}

/** Longest --time-budget: a Node timer holds at most 2^31-1 ms; a longer budget used to fail every document at once. */
export const MAX_TIME_BUDGET_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** --time-budget in seconds, 1 to MAX_TIME_BUDGET_SECONDS (about 24 days). */
export function timeBudget(value: string): number {
  const n = positiveInt(value);
  if (n > MAX_TIME_BUDGET_SECONDS) throw new InvalidArgumentError(`expected at most ${MAX_TIME_BUDGET_SECONDS} seconds (about 24 days)`);
  return n;
}

/** --min-severity values. */
export const MIN_SEVERITY_CHOICES = ['critical', 'high', 'medium', 'low', 'info'];
