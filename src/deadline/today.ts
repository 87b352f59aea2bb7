/** Time zone whose calendar day is "today" for a jurisdiction: the provider's, where receipt counts. */
const ZONES: Record<string, string> = {
  de: 'Europe/Berlin',
  at: 'Europe/Vienna',
  ch: 'Europe/Zurich',
  uk: 'Europe/London',
  eu: 'Europe/Brussels',
  us: 'America/New_York',
  'us-ny': 'America/New_York',
  'us-ca': 'America/Los_Angeles',
};

/** Today's calendar date in the jurisdiction's time zone (the machine's for unknown ones), YYYY-MM-DD. */
export function todayIn(jurisdiction: string, now: Date = new Date()): string {
  const zone = ZONES[jurisdiction];
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
