const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, january: 1, jan: 1, februar: 2, february: 2, feb: 2, märz: 3, maerz: 3, march: 3, mar: 3, mär: 3,
  april: 4, apr: 4, mai: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, dezember: 12, december: 12, dez: 12, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1950 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > last ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** A calendar date at the start of `text` ("01.03.2025", "1. März 2025", "March 1, 2025", "2025-03-01"), as YYYY-MM-DD. */
export function parseDateAt(text: string): { date: string; length: number } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) {
    const date = valid(+m[1], +m[2], +m[3]);
    return date ? { date, length: m[0].length } : null;
  }
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b/.exec(text);
  if (m) {
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    const date = valid(year, +m[2], +m[1]);
    return date ? { date, length: m[0].length } : null;
  }
  m = /^(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(\p{L}+)\.?,?\s+(\d{4})\b/u.exec(text);
  if (m && MONTHS[m[2].toLowerCase()]) {
    const date = valid(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
    return date ? { date, length: m[0].length } : null;
  }
  m = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(text);
  if (m && MONTHS[m[1].toLowerCase()]) {
    const date = valid(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
    return date ? { date, length: m[0].length } : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (m) {
    // slashes: day first in German and British texts, month first in American ones; only accept unambiguous ones
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    const date = a > 12 ? valid(y, b, a) : b > 12 ? valid(y, a, b) : null;
    return date ? { date, length: m[0].length } : null;
  }
  return null;
}
