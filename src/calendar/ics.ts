/**
 * A minimal iCalendar (RFC 5545) writer for one all-day reminder, and a small reader used to
 * check it. Lines end in CRLF and are folded at 75 octets (UTF-8 sequences are never split);
 * TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11).
 */
export interface Reminder {
  /** Stable id: the same contract and deadline give the same UID, so re-importing updates the event. */
  uid: string;
  /** YYYY-MM-DD: written as DTSTAMP at 00:00 UTC, so the output is reproducible. */
  stamp: string;
  /** YYYY-MM-DD: the all-day event. */
  date: string;
  summary: string;
  description: string;
  alarm: string;
  /** Hour of the day (local, floating) at which the alarm fires. */
  alarmHour?: number;
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const encoder = new TextEncoder();

/** Fold one content line: at most 75 octets per physical line, continuation lines start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const basic = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  // plain arithmetic on the civil date, no Date objects
  const [y, m, d] = date.split('-').map(Number);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  const [ny, nm, nd] = d < days ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** One calendar with one event per reminder (one per contract). */
export function buildIcs(reminders: Reminder | readonly Reminder[], productVersion = '0'): string {
  const events = (Array.isArray(reminders) ? reminders : [reminders]) as readonly Reminder[];
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//knebel//knebel ${productVersion}//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...events.flatMap(eventLines), 'END:VCALENDAR'];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function eventLines(reminder: Reminder): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${basic(reminder.stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${basic(reminder.date)}`,
    `DTEND;VALUE=DATE:${basic(nextDay(reminder.date))}`,
    `SUMMARY:${escapeText(reminder.summary)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(reminder.alarm)}`,
    `TRIGGER:PT${reminder.alarmHour ?? 9}H`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

/** Parse iCalendar text: unfold, split properties, nest components. Throws on malformed structure. */
export function parseIcs(text: string): IcsComponent {
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (unfolded[unfolded.length - 1] === '') unfolded.pop();
  const root: IcsComponent = { name: '', properties: [], components: [] };
  const stack: IcsComponent[] = [root];
  for (const line of unfolded) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/s.exec(line); // "s": values may hold U+2028, U+2029
    if (!m) throw new Error(`malformed content line: ${JSON.stringify(line)}`);
    const [, name, paramText, value] = m;
    const params: Record<string, string> = {};
    for (const p of paramText.split(';').slice(1)) {
      const eq = p.indexOf('=');
      params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
    }
    const top = stack[stack.length - 1];
    if (name.toUpperCase() === 'BEGIN') {
      const component: IcsComponent = { name: value.toUpperCase(), properties: [], components: [] };
      top.components.push(component);
      stack.push(component);
    } else if (name.toUpperCase() === 'END') {
      if (top.name !== value.toUpperCase()) throw new Error(`END:${value} does not close BEGIN:${top.name}`);
      stack.pop();
    } else top.properties.push({ name: name.toUpperCase(), params, value });
  }
  if (stack.length !== 1) throw new Error(`unclosed component ${stack[stack.length - 1].name}`);
  if (root.components.length !== 1) throw new Error('expected exactly one VCALENDAR');
  return root.components[0];
}
