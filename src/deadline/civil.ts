/**
 * Civil (calendar) dates as plain `YYYY-MM-DD` values and integer day counts.
 *
 * Nothing here uses `Date`: a contract's dates are calendar days, not instants, so the results
 * must not depend on the machine's time zone (tested under TZ=Pacific/Kiritimati and
 * TZ=America/Los_Angeles). Day numbers count days since 1970-01-01 in the proleptic Gregorian
 * calendar (algorithm "days from civil" by Howard Hinnant).
 */
export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

export function isValidDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A date as a person types it: `YYYY-MM-DD`, or `DD.MM.YYYY` (also `D.M.YYYY`), returned as
 * `YYYY-MM-DD`; null when it is no calendar date (2025-02-30 is none).
 */
export function readUserDate(text: string): string | null {
  const trimmed = text.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : trimmed;
  return isValidDate(iso) ? iso : null;
}

export function parseDate(text: string): CivilDate {
  if (!isValidDate(text)) throw new Error(`not a calendar date YYYY-MM-DD: ${text}`);
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate(d: CivilDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Days since 1970-01-01. */
export function toDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `YYYY-MM-DD` ± n days. */
export function addDays(date: string, n: number): string {
  return formatDate(fromDayNumber(toDayNumber(parseDate(date)) + n));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(parseDate(b)) - toDayNumber(parseDate(a));
}

/**
 * `YYYY-MM-DD` ± n calendar months, clamped to the month's last day:
 * 31 January + 1 month = 28 February (29 in a leap year); 31 March − 1 month = 28/29 February.
 */
export function addMonths(date: string, n: number): string {
  const d = parseDate(date);
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatDate({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday (4)
  return ((((toDayNumber(parseDate(date)) + 3) % 7) + 7) % 7) + 1;
}

export function endOfMonth(date: string): string {
  const d = parseDate(date);
  return formatDate({ ...d, day: daysInMonth(d.year, d.month) });
}

/** Last day of the calendar quarter (31 Mar, 30 Jun, 30 Sep, 31 Dec) that contains `date`. */
export function endOfQuarter(date: string): string {
  const d = parseDate(date);
  const month = Math.ceil(d.month / 3) * 3;
  return formatDate({ year: d.year, month, day: daysInMonth(d.year, month) });
}

export function endOfYear(date: string): string {
  return `${date.slice(0, 4)}-12-31`;
}

export const maxDate = (a: string, b: string): string => (a >= b ? a : b);
