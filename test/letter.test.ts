import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDeadline, isProblem } from '../src/deadline/compute.js';
import { renderLetter } from '../src/letter/letter.js';
import { findProvider } from '../src/letter/provider.js';
import { fakeDoc } from './deadline-helpers.js';
import { knebel } from './helpers.js';

const DE = 'fixtures/de/fitnessstudio-knebel.pdf';
const EN = 'fixtures/en/gym-knebel.pdf';
const me = ['--name', 'Jana Beispiel', '--member-id', 'FW-2025-004711', '--address', 'Lindenweg 3, 10115 Berlin'];

describe('knebel letter (real CLI)', () => {
  it('writes a German Kündigung with the computed end date and a request for confirmation', () => {
    const r = knebel(['letter', DE, ...me, '--today', '2025-06-01']);
    expect(r.code).toBe(0);
    const letter = r.stdout;
    expect(letter.split('\n').slice(0, 8)).toEqual(['Jana Beispiel', 'Lindenweg 3', '10115 Berlin', '', 'FitWerk Studios GmbH', 'Hafenwinkel 14', '10179 Berlin', '']);
    expect(letter).toContain('1. Juni 2025');
    expect(letter).toMatch(/Kündigung meines Mitgliedschaftsvertrags – Mitgliedsnummer\s+FW-2025-004711/);
    const flat = letter.replace(/\s+/g, ' ');
    expect(flat).toContain('hiermit kündige ich meinen Mitgliedschaftsvertrag vom 1. März 2025 (Mitgliedsnummer FW-2025-004711) fristgerecht zum 28. Februar 2027, hilfsweise zum nächstmöglichen Termin.');
    expect(flat).toContain('Bitte bestätigen Sie mir den Eingang dieser Kündigung und das Datum des Vertragsendes schriftlich.');
    expect(letter.trimEnd().endsWith('Jana Beispiel')).toBe(true);
    expect(r.stderr).toContain('bis 30. November 2026 ankommt');
    for (const line of letter.split('\n')) expect(line.length).toBeLessThanOrEqual(72);
  });

  it('names the legal date and the contract date as the fallback once the contract deadline is missed', () => {
    const flat = knebel(['letter', DE, ...me, '--today', '2026-12-15']).stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('(Mitgliedsnummer FW-2025-004711) zum 28. Februar 2027.');
    expect(flat).toContain('Die Regelung Ihrer AGB zur Kündigungsfrist ist unwirksam (§ 309 Nr. 9 c BGB, § 307 BGB); nach dem Gesetz ist daher der 28. Februar 2027 möglich.');
    expect(flat).toContain('hilfsweise zum 29. Februar 2028, äußerst hilfsweise zum nächstmöglichen Termin.');
    const later = knebel(['letter', DE, ...me, '--today', '2027-02-10']).stdout.replace(/\s+/g, ' ');
    expect(later).toContain('zum 10. März 2027.');
    expect(later).toContain('Die Regelung Ihrer AGB zur Vertragsverlängerung ist unwirksam (§ 309 Nr. 9 b BGB, § 307 BGB)');
  });

  it('cancels without notice under § 312k when the website has no cancellation button', () => {
    const flat = knebel(['letter', DE, ...me, '--today', '2025-06-01', '--no-cancel-button']).stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('fristlos mit sofortiger Wirkung nach § 312k Abs. 6 BGB');
  });

  it('writes an English letter for the English contract, and German-to-English with --locale', () => {
    const r = knebel(['letter', EN, '--name', 'Daniel Ashworth', '--member-id', 'IG-55102', '--address', '12 Mill Street, Manchester M1 2AB', '--today', '2025-06-01']);
    expect(r.code).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(r.stdout).toContain('IronGate Fitness Ltd\n42 Foundry Lane\nManchester M4 7QX');
    expect(flat).toContain('Cancellation of my membership – membership number IG-55102');
    expect(flat).toContain('I hereby cancel my membership dated 1 March 2025 (membership number IG-55102) with effect from 31 August 2026, or if that is not possible, at the earliest possible date.');
    expect(flat).toContain('Please confirm in writing that you have received this notice and the date on which the contract ends.');
    expect(flat).toContain('Yours faithfully,');
    expect(r.stderr).toContain('arrives by 2 July 2026');
    const english = knebel(['letter', DE, ...me, '--today', '2025-06-01', '--locale', 'en']).stdout.replace(/\s+/g, ' ');
    expect(english).toContain('with effect from 28 February 2027');
  });

  it('writes Markdown to a file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'knebel-letter-')), 'kuendigung.md');
    const r = knebel(['letter', DE, ...me, '--today', '2025-06-01', '--format', 'markdown', '--output', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('Jana Beispiel  \nLindenweg 3  \n10115 Berlin');
    expect(md).toContain('**Kündigung meines Mitgliedschaftsvertrags – Mitgliedsnummer FW-2025-004711**');
    expect(md).toContain('fristgerecht zum 28. Februar 2027, hilfsweise zum nächstmöglichen Termin.');
  });

  it('without a start date cancels at the earliest possible date and says what is needed for a date; needs a name', () => {
    const r = knebel(['letter', 'fixtures/de/mobilfunk-knebel.txt', '--name', 'Tobias Meißner', '--member-id', '7100448219', '--today', '2025-06-01']);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('(Mitgliedsnummer 7100448219) zum nächstmöglichen Termin.');
    expect(r.stderr).toContain('--start JJJJ-MM-TT');
    const withStart = knebel(['letter', 'fixtures/de/mobilfunk-knebel.txt', '--name', 'Tobias Meißner', '--member-id', '7100448219', '--today', '2025-06-01', '--start', '2025-03-01']);
    expect(withStart.code).toBe(0);
    expect(withStart.stdout).toContain('Funkstern Mobil GmbH\nSpeicherstraße 9\n20457 Hamburg');
    expect(withStart.stdout.replace(/\s+/g, ' ')).toContain('Mobilfunk-/Telekommunikationsvertrag vom 14. Februar 2025 (Mitgliedsnummer 7100448219) fristgerecht zum 28. Februar 2027');
    const customer = knebel(['letter', 'fixtures/de/mobilfunk-knebel.txt', '--name', 'Tobias Meißner', '--customer-id', '7100448219', '--today', '2025-06-01', '--start', '2025-03-01']);
    expect(customer.stdout.replace(/\s+/g, ' ')).toContain('(Kundennummer 7100448219) fristgerecht');
    expect(knebel(['letter', DE, '--today', '2025-06-01']).code).toBe(2);
  });
});

describe('letter building blocks', () => {
  it('uses a placeholder when the provider is unknown and escapes Markdown', () => {
    const result = computeDeadline(fakeDoc({ minimumTerm: 'P12M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P1M', startDate: '2025-01-01' }, { jurisdiction: 'generic', language: 'en' }), { today: '2025-03-01' });
    if (isProblem(result)) throw new Error('problem');
    const contract = { contractType: 'other', contractDate: null, jurisdiction: 'generic', today: '2025-03-01' };
    const md = renderLetter({ result, contract, locale: 'en', name: 'A *B*', identifier: { kind: 'customer', value: 'x_1' }, address: [], provider: null }, 'markdown');
    expect(md).toContain('[provider’s name and address]'.replace(/[[\]]/g, '\\$&'));
    expect(md).toContain('A \\*B\\*');
    expect(md).toContain('x\\_1');
    expect(md).toContain('with effect from 31 December 2025');
  });

  it('reads the provider from a letterhead, stopping before register and contact details', () => {
    expect(findProvider('Vertrag\nMuster Fitness GmbH · Hauptstraße 1 · 12345 Berlin Amtsgericht Berlin HRB 1\n')).toEqual(['Muster Fitness GmbH', 'Hauptstraße 1', '12345 Berlin']);
    expect(findProvider('Terms\nAcme Gyms Ltd · 1 High Street · Leeds LS1 1AA · Registered in England\n')).toEqual(['Acme Gyms Ltd', '1 High Street', 'Leeds LS1 1AA']);
    expect(findProvider('Nothing that looks like a company here.')).toBeNull();
  });
});
