/**
 * A length of time as a contract states it: value and unit, ISO 8601 when printed. The one
 * duration type of every stage: facts read it, rules compare it, the deadline counts with it
 * (deadline/periods.ts), and it becomes an ISO string only at the report boundary.
 */
export type DurationUnit = 'D' | 'W' | 'M' | 'Y';

export interface Duration {
  value: number;
  unit: DurationUnit;
}

export function toIso(d: Duration): string {
  return `P${d.value}${d.unit}`;
}

const ISO = /^P(\d+(?:\.\d+)?)([DWMY])$/;

export function parseIso(iso: string): Duration {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not an ISO 8601 duration of one unit: ${iso}`);
  return { value: Number(m[1]), unit: m[2] as DurationUnit };
}

export function isIsoDuration(s: string): boolean {
  return ISO.test(s);
}

const isCalendar = (u: DurationUnit) => u === 'M' || u === 'Y';
const months = (d: Duration) => (d.unit === 'Y' ? d.value * 12 : d.value);
const days = (d: Duration) => (d.unit === 'W' ? d.value * 7 : d.value);

/**
 * Whether `d` is longer than `limit`. Months and years compare exactly, as do days and weeks.
 * Across the two families the comparison gives the contract the benefit of the doubt: a month
 * counts as up to 31 days ("30 Tage" is not longer than "1 Monat"; "6 Wochen" is).
 */
export function exceeds(d: Duration, limit: Duration): boolean {
  if (isCalendar(d.unit) === isCalendar(limit.unit)) {
    return isCalendar(d.unit) ? months(d) > months(limit) : days(d) > days(limit);
  }
  if (isCalendar(limit.unit)) return days(d) > months(limit) * 31;
  return months(d) * 28 > days(limit);
}

/** Rough length in days, for ordering only (never for thresholds). */
export function approximateDays(d: Duration): number {
  return isCalendar(d.unit) ? months(d) * 30.4375 : days(d);
}
