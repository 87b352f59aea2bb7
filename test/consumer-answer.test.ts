import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../src/calendar/ics.js';
import { reportSchema } from '../src/report/schema.js';
import { knebel } from './helpers.js';

/**
 * The consumer's answer first (issue 18), through the real CLI: `check` leads with verdict, worst
 * traps, dates and next step in text, JSON and HTML; the wording defects a new user met are gone;
 * many contracts share one overview and one calendar; a letter can be sent by e-mail today.
 */
const TELECOM = 'fixtures/de/mobilfunk-knebel.txt';
const GYM = 'fixtures/de/fitnessstudio-knebel.pdf';
const EN_GYM = 'fixtures/en/gym-knebel.pdf';
const dir = mkdtempSync(join(tmpdir(), 'knebel-answer-'));
const dates = ['--start', '2025-03-01', '--today', '2025-06-01'];

describe('check leads with the answer', () => {
  it('shows the exit date and the notice deadline within the first 25 lines; JSON and HTML carry the same dates', () => {
    const text = knebel(['check', TELECOM, ...dates]);
    expect(text.code).toBe(0);
    const head = text.stdout.split('\n').slice(0, 25).join('\n');
    expect(head).toContain('Frühestes Vertragsende 28. Februar 2027 · Kündigung muss zugehen bis 30. November 2026');
    expect(head).toMatch(/Note F — stark gebunden: \d+ Klauseln halten Sie fest/);
    expect(head).toContain('knebel letter fixtures/de/mobilfunk-knebel.txt --name');
    const traps = head.split('\n').filter((l) => l.startsWith('    • '));
    expect(traps.length).toBeGreaterThan(0);
    expect(traps.length).toBeLessThanOrEqual(3);

    const json = JSON.parse(knebel(['check', '-f', 'json', TELECOM, ...dates]).stdout);
    const doc = reportSchema.parse(json).documents[0];
    if (!doc.ok) throw new Error('not analysed');
    expect(Object.keys(doc).slice(0, 11)).toEqual(['source', 'ok', 'format', 'language', 'jurisdiction', 'locale', 'pages', 'score', 'grade', 'answer', 'deadline']);
    expect(doc.deadline).toMatchObject({ earliestEnd: '2027-02-28', noticeDeadline: '2026-11-30', basis: 'contract', start: '2025-03-01' });
    expect(doc.deadline?.legalView).toMatchObject({ form: 'text-form', formVoidBy: '§ 309 Nr. 13 BGB' });
    expect(doc.answer).toMatchObject({ earliestEnd: '2027-02-28', noticeDeadline: '2026-11-30' });

    const html = knebel(['check', '-f', 'html', TELECOM, ...dates]).stdout;
    const answer = html.slice(html.indexOf('<section class="answer'), html.indexOf('</section>', html.indexOf('<section class="answer')));
    expect(answer).toContain('<time datetime="2027-02-28"><strong>28. Februar 2027</strong></time>');
    expect(answer).toContain('<time datetime="2026-11-30"><strong>30. November 2026</strong></time>');
    // reminder and letter embedded as data: URLs (no network)
    const ics = /href="data:text\/calendar;charset=utf-8;base64,([^"]+)"/.exec(answer);
    expect(ics).not.toBeNull();
    const calendar = parseIcs(Buffer.from(ics![1], 'base64').toString('utf8'));
    expect(calendar.components[0].properties.find((p) => p.name === 'DTSTART')?.value).toBe('20261116');
    const letter = /href="data:text\/plain;charset=utf-8;base64,([^"]+)"/.exec(answer);
    expect(Buffer.from(letter![1], 'base64').toString('utf8')).toContain('fristgerecht zum 28. Februar 2027');
    expect(html).not.toMatch(/(?:src|href)="https?:/);
  });

  it('says what is needed when the start is unknown, and --brief prints only the answer', () => {
    const brief = knebel(['check', TELECOM, '--brief', '--today', '2025-06-01']);
    expect(brief.stdout).toContain('Für die Daten den Vertragsbeginn angeben: --start JJJJ-MM-TT');
    expect(brief.stdout).not.toContain('Vertragsdaten');
    expect(brief.stdout).not.toContain('Warum das bindet');
    expect(brief.stdout.trim().split('\n').length).toBeLessThan(15);
    const json = JSON.parse(knebel(['check', '-f', 'json', TELECOM, '--today', '2025-06-01']).stdout);
    expect(json.documents[0].deadline).toBeNull();
    expect(json.documents[0].deadlineReason).toMatchObject({ code: 'MISSING_START' });
    expect(json.documents[0].deadlineReason.reason).toContain('--start');
  });
});

describe('the wording defects of issue 18 are gone', () => {
  const out = knebel(['check', GYM, '--today', '2025-06-01']).stdout;
  const lines = out.split('\n');

  it('the header count equals the clauses listed under it', () => {
    const header = /Klauseln mit Befunden \((\d+)\)/.exec(out);
    expect(header).not.toBeNull();
    const section = out.slice(out.indexOf(header![0]), out.search(/\n {2}(Zur Information|Durch eine Ausnahme)|\n {2}Keine Rechtsberatung/));
    const entries = section.split('\n').filter((l) => /^ {2}\S.* {2}Seite \d/.test(l) || /^ {3}[A-ZÄÖÜ]+ {2}Seite/.test(l));
    expect(entries.length).toBe(Number(header![1]));
  });

  it('quotes each clause once, with all its categories under it', () => {
    const quotes = lines.filter((l) => /^ {4}„/.test(l));
    expect(new Set(quotes).size).toBe(quotes.length);
    // auto-renewal, notice and the renewal price sit in one clause (§ 2 (3)) and are listed under one quote
    const clause = out.slice(out.indexOf('Seite 1, § 2 (3)'), out.indexOf('Seite 1, § 3 (1)'));
    for (const title of ['Stillschweigende Verlängerung', 'Lange Kündigungsfrist', 'Bei Verlängerung gelten neue Preise']) expect(clause).toContain(title);
  });

  it('explains every point lost, including the repeat discount', () => {
    expect(out).toContain('−30 Punkte: kritisch');
    expect(out).toMatch(/−10 Punkte: hoch, halber Abzug, weil „Preisänderung“ oben schon zählt/);
    expect(out).toMatch(/Abzug insgesamt: \d+ Punkte/);
  });

  it('writes plurals, dates and severities in the reader\'s language', () => {
    expect(knebel(['check', TELECOM]).stdout).toContain('1 Seite,');
    expect(out).toContain('3 Seiten');
    expect(out).not.toMatch(/\p{L}\((?:e|s|en)\)/u); // "Befund(e)", "document(s)"
    expect(out).toContain('Vertragsdatum              1. März 2025');
    expect(out).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(out).toContain(' HOCH ');
    expect(out).toContain('kritisch: ');
  });

  it('shows rule ids only with --verbose (they stay in JSON and SARIF)', () => {
    expect(out).not.toContain('[cancellation-form]');
    expect(knebel(['check', GYM, '--verbose']).stdout).toContain('[cancellation-form]');
    expect(knebel(['check', '-f', 'sarif', GYM]).stdout).toContain('"ruleId": "cancellation-form"');
  });

  it('writes the batch summary in one language', () => {
    const batch = knebel(['check', TELECOM, EN_GYM, 'fixtures/bad/empty.txt', '--today', '2025-06-01']);
    const summary = batch.stdout.slice(batch.stdout.lastIndexOf('Datei'));
    expect(summary).toContain('hoch: Mindestlaufzeit');
    expect(summary).toContain('3 Dokumente, 1 fehlgeschlagen');
    expect(summary).not.toMatch(/\b(?:high|critical|medium|Long|document)\b/);
  });
});

describe('deadline for many contracts', () => {
  it('writes one calendar with an event per contract and an overview sorted by the notice deadline', () => {
    const file = join(dir, 'all.ics');
    const r = knebel(['deadline', GYM, EN_GYM, 'fixtures/de/mobilfunk-knebel.txt', '--today', '2025-06-01', '--ics', file, '--locale', 'de']);
    expect(r.code).toBe(3); // one contract lacks its start date: listed with the reason, the rest still work
    const events = parseIcs(readFileSync(file, 'utf8')).components.filter((c) => c.name === 'VEVENT');
    expect(events).toHaveLength(2);
    const rows = r.stdout.split('\n').filter((l) => /^ {2}\d\d\.\d\d\.\d{4}/.test(l));
    expect(rows[0]).toMatch(/^ {2}02\.07\.2026 +31\.08\.2026 +Vertrag +fixtures\/en\/gym-knebel\.pdf$/);
    expect(rows[1]).toMatch(/^ {2}30\.11\.2026 +28\.02\.2027 +Vertrag +fixtures\/de\/fitnessstudio-knebel\.pdf$/);
    expect(r.stdout).toContain('Ohne Daten');
    expect(r.stdout).toMatch(/mobilfunk-knebel\.txt: .*--start JJJJ-MM-TT/);
    expect(r.stderr).toContain('Kalender mit 2 Erinnerungen');
  });

  it('emphasises the deadline in colour on a terminal', () => {
    const r = knebel(['deadline', GYM, '--today', '2025-06-01', '--color']);
    expect(r.stdout).toMatch(/\u001b\[1m\u001b\[33m30\. November 2026 \(Montag\)/);
    expect(r.stderr).toContain('eine E-Mail genügt');
  });
});

describe('letter', () => {
  it('writes an e-mail without a member number, with the hints on text form and confirmation', () => {
    const r = knebel(['letter', GYM, '--name', 'Jana Beispiel', '--format', 'email', '--today', '2025-06-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Betreff: Kündigung meines Mitgliedschaftsvertrags\n\nSehr geehrte Damen und Herren,/);
    expect(r.stdout).not.toContain('Mitgliedsnummer');
    expect(r.stdout).not.toContain('[Name und Anschrift');
    expect(r.stderr).toContain('§ 309 Nr. 13 BGB');
    expect(r.stderr).toContain('Bestätigung');
    const withMail = knebel(['letter', EN_GYM, '--name', 'Sam Example', '--email', 'sam@example.org', '--format', 'email', '--today', '2025-06-01']);
    expect(withMail.stdout).toContain('Subject: Cancellation of my membership – account e-mail sam@example.org');
  });

  it('writes a printable A4 PDF', () => {
    const file = join(dir, 'kuendigung.pdf');
    expect(knebel(['letter', GYM, '--name', 'Jana Beispiel', '--format', 'pdf', '-o', file, '--today', '2025-06-01']).code).toBe(0);
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = knebel(['text', file]).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('fristgerecht zum 28. Februar 2027');
  });

  it('writes the letter for a reason, citing its basis and saying when it does not apply', { timeout: 120000 }, () => {
    const move = knebel(['letter', TELECOM, '--name', 'T M', '--reason', 'move', '--today', '2025-06-01', '--start', '2025-03-01']);
    expect(move.stdout).toContain('§ 60 Abs. 2 TKG');
    expect(move.stderr).toContain('nicht anbieten kann');
    const gymMove = knebel(['letter', GYM, '--name', 'J B', '--reason', 'move', '--today', '2025-06-01']);
    expect(gymMove.stderr).toContain('XII ZR 62/15');
    const withdrawal = knebel(['letter', EN_GYM, '--name', 'S E', '--reason', 'withdrawal', '--today', '2025-06-01']);
    expect(withdrawal.stdout).toContain('Consumer Contracts Regulations 2013');
    expect(withdrawal.stderr).toContain('more than 14 days ago');
    const cause = knebel(['letter', GYM, '--name', 'J B', '--reason', 'extraordinary', '--today', '2025-06-01']);
    expect(cause.stdout).toContain('§ 314 BGB');
    const price = knebel(['letter', GYM, '--name', 'J B', '--reason', 'price-increase', '--today', '2025-06-01']);
    expect(price.stderr).toContain('gibt ein Sonderkündigungsrecht bei Preiserhöhung');
    expect(price.stdout).toContain('Preiserhöhung');
  });
});
