import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, parseIcs, unescapeText, type IcsComponent } from '../src/calendar/ics.js';
import { knebel } from './helpers.js';

const prop = (c: IcsComponent, name: string) => c.properties.find((p) => p.name === name);

describe('iCalendar writer (RFC 5545)', () => {
  const reminder = {
    uid: 'abc-20261130@knebel',
    stamp: '2025-06-01',
    date: '2026-11-16',
    summary: 'Kündigen: Vertrag; Frist, bitte \\ beachten',
    description: 'Zeile eins\nZeile zwei, mit Komma; und Semikolon – Umlaute äöü ß € und ein sehr langer Text, der über 75 Oktette hinausgeht, damit gefaltet werden muss.',
    alarm: 'Frist 30. November 2026',
  };
  const ics = buildIcs(reminder, '0.1.0');

  it('uses CRLF only and folds every line at 75 octets without splitting characters', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(ics).toMatch(/\r\n /); // the long description was folded
  });

  it('round-trips through its own parser: structure, escaping, dates', () => {
    const cal = parseIcs(ics);
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')?.value).toBe('2.0');
    expect(prop(cal, 'PRODID')?.value).toContain('knebel');
    const [event] = cal.components;
    expect(event.name).toBe('VEVENT');
    expect(prop(event, 'UID')?.value).toBe(reminder.uid);
    expect(prop(event, 'DTSTAMP')?.value).toBe('20250601T000000Z');
    expect(prop(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261116' });
    expect(prop(event, 'DTEND')?.value).toBe('20261117');
    expect(unescapeText(prop(event, 'SUMMARY')!.value)).toBe(reminder.summary);
    expect(unescapeText(prop(event, 'DESCRIPTION')!.value)).toBe(reminder.description);
    const [alarm] = event.components;
    expect(alarm.name).toBe('VALARM');
    expect(prop(alarm, 'ACTION')?.value).toBe('DISPLAY');
    expect(prop(alarm, 'TRIGGER')?.value).toBe('PT9H');
  });

  it('is read by ical.js with the same values', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const vevent = cal.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(reminder.uid);
    expect(event.summary).toBe(reminder.summary);
    expect(event.description).toBe(reminder.description);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-11-16');
    expect(event.endDate.toString()).toBe('2026-11-17');
    expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('ends a year correctly (DTEND on 1 January) and handles leap days', () => {
    expect(parseIcs(buildIcs({ ...reminder, date: '2026-12-31' })).components[0].properties.find((p) => p.name === 'DTEND')?.value).toBe('20270101');
    expect(parseIcs(buildIcs({ ...reminder, date: '2028-02-28' })).components[0].properties.find((p) => p.name === 'DTEND')?.value).toBe('20280229');
    expect(parseIcs(buildIcs({ ...reminder, date: '2027-02-28' })).components[0].properties.find((p) => p.name === 'DTEND')?.value).toBe('20270301');
  });

  it('escapes and folds any text so that it reads back unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), (a, b) => {
        const text = (a + b).replace(/\r/g, '');
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expect(unescapeText(escapeText(text))).toBe(text);
        const parsed = parseIcs(`BEGIN:VCALENDAR\r\n${folded}\r\nEND:VCALENDAR\r\n`);
        expect(unescapeText(parsed.properties[0].value)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads values with Unicode line and paragraph separators (found by the property test)', () => {
    for (const text of ['\u2028', 'a\u2029b', 'x\u0085y']) {
      const parsed = parseIcs(`BEGIN:VCALENDAR\r\n${foldLine(`DESCRIPTION:${escapeText(text)}`)}\r\nEND:VCALENDAR\r\n`);
      expect(unescapeText(parsed.properties[0].value)).toBe(text);
    }
  });

  it('refuses malformed calendars', () => {
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toThrow(/does not close/);
    expect(() => parseIcs('BEGIN:VCALENDAR\r\n')).toThrow(/unclosed/);
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nno colon here\r\nEND:VCALENDAR\r\n')).toThrow(/malformed/);
  });
});

describe('knebel deadline --ics (real CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'knebel-ics-'));

  it('writes a reminder 14 days before the German gym deadline, reproducibly', () => {
    const file = join(dir, 'de.ics');
    const r = knebel(['deadline', 'fixtures/de/fitnessstudio-knebel.pdf', '--today', '2025-06-01', '--ics', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('16. November 2026');
    const ics = readFileSync(file, 'utf8');
    const event = parseIcs(ics).components[0];
    expect(prop(event, 'DTSTART')?.value).toBe('20261116');
    expect(prop(event, 'DTSTAMP')?.value).toBe('20250601T000000Z');
    expect(prop(event, 'UID')?.value).toMatch(/^[0-9a-f]{24}-20261130@knebel$/);
    expect(unescapeText(prop(event, 'SUMMARY')!.value)).toBe('Kündigen: Mitgliedschaftsvertrag, fitnessstudio-knebel.pdf (muss bis 30. November 2026 zugehen)');
    // the letter-only clause is void (§ 309 Nr. 13 BGB): the reminder says so instead of demanding a letter
    const description = unescapeText(prop(event, 'DESCRIPTION')!.value);
    expect(description).toContain('Eine E-Mail genügt');
    expect(description).toContain('§ 309 Nr. 13 BGB');
    expect(description).not.toContain('Es muss ein Brief sein');
    // same input, same bytes
    const again = knebel(['deadline', 'fixtures/de/fitnessstudio-knebel.pdf', '--today', '2025-06-01', '--ics', '-']);
    expect(again.stdout).toBe(ics);
  });

  it('takes the number of days and the English contract; a late reminder falls on today', () => {
    const r = knebel(['deadline', 'fixtures/en/gym-knebel.pdf', '--today', '2025-06-01', '--ics', '-', '--remind-days', '30']);
    expect(r.code).toBe(0);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(r.stdout)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe('2026-06-02');
    expect(event.summary).toBe('Cancel: membership, gym-knebel.pdf (notice must arrive by 2 July 2026)');
    const late = knebel(['deadline', 'fixtures/en/gym-knebel.pdf', '--today', '2026-06-30', '--ics', '-', '--remind-days', '30']);
    expect(parseIcs(late.stdout).components[0].properties.find((p) => p.name === 'DTSTART')?.value).toBe('20260630');
  });
});
