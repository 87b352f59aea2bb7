import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { reportSchema, type Finding, type OkDocument } from '../src/report/schema.js';
import { knebel, knebelJson } from './helpers.js';

function analysed(path: string, extra: string[] = []): OkDocument {
  const { code, report, stderr } = knebelJson([...extra, path]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(() => reportSchema.parse(report)).not.toThrow();
  const [doc] = report.documents;
  expect(doc.ok).toBe(true);
  return doc as OkDocument;
}

const categories = (doc: OkDocument) => new Set(doc.findings.filter((f) => f.severity !== 'info').map((f) => f.category));
/** Findings of the rules, and of the statistical second opinion ("source": "model"). */
const ruleFindings = (doc: OkDocument) => doc.findings.filter((f) => f.source !== 'model');
const modelFindings = (doc: OkDocument) => doc.findings.filter((f) => f.source === 'model');

/** Every quote must be the exact slice of the normalized text that `knebel text` prints. */
function expectEvidenceOffsets(path: string, findings: Finding[]) {
  const { stdout, code } = knebel(['text', path]);
  expect(code).toBe(0);
  const text = stdout.replace(/\n$/, '');
  for (const f of findings) {
    expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    expect(text.slice(f.evidence.match.start, f.evidence.match.end)).toBe(f.evidence.match.text);
    expect(f.evidence.match.start).toBeGreaterThanOrEqual(f.evidence.start);
    expect(f.evidence.match.end).toBeLessThanOrEqual(f.evidence.end);
  }
}

describe('knebel check on the German gym contract (PDF, 3 pages, running header/footer, hyphenation)', () => {
  const path = 'fixtures/de/fitnessstudio-knebel.pdf';
  const doc = analysed(path);

  it('reads the facts', () => {
    expect(doc).toMatchObject({ format: 'pdf', language: 'de', jurisdiction: 'de', locale: 'de', pages: 3 });
    expect(doc.facts).toMatchObject({ minimumTerm: 'P24M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P3M', contractType: 'gym', contractDate: '2025-03-01' });
  });

  it('flags the four headline lock-ins and the registered-letter clause, and scores low', () => {
    expect([...categories(doc)]).toEqual(expect.arrayContaining(['minimum-term', 'auto-renewal', 'notice-period', 'existing-customer-parity', 'cancellation-form']));
    expect(doc.score).toBeLessThanOrEqual(20);
    expect(doc.grade).toBe('F');
    expect(doc.findings.find((f) => f.ruleId === 'auto-renewal')?.severity).toBe('high'); // gyms: § 309 Nr. 9 values via § 307
    expect(doc.findings.find((f) => f.ruleId === 'cancellation-form')?.severity).toBe('critical');
  });

  it('ties every lost point to a shown finding', () => {
    const lost = doc.findings.reduce((n, f) => n + f.points, 0);
    expect(doc.score).toBe(Math.max(0, 100 - lost));
    expect(doc.findings.every((f) => f.points > 0 || f.severity === 'info')).toBe(true);
  });

  it('quotes exact clause text with page, section and offsets into the normalized text', () => {
    expectEvidenceOffsets(path, doc.findings);
    const renewal = doc.findings.find((f) => f.ruleId === 'auto-renewal');
    expect(renewal?.evidence).toMatchObject({ page: 1, section: '§ 2 (3)' });
    expect(renewal?.evidence.text).toContain('verlängert sich stillschweigend um jeweils weitere 12 Monate');
    const parity = doc.findings.find((f) => f.category === 'existing-customer-parity');
    expect(parity?.evidence.page).toBe(2);
    expect(parity?.evidence.section).toMatch(/^§ 4 \(\d\)$/);
    expect(doc.findings.every((f) => f.legalBasis.every((b) => b.jurisdiction === 'de' || b.jurisdiction === 'eu'))).toBe(true);
  });

  it('normalizes the PDF: no running header or page numbers, hyphenation joined, real hyphens kept', () => {
    const text = knebel(['text', path]).stdout;
    expect(text).not.toMatch(/Seite \d von 3/);
    expect(text).not.toMatch(/Mitgliedschaftsvertrag · Stand/);
    expect(text).toContain('Mindestlaufzeit');
    expect(text).not.toMatch(/Mindest- ?laufzeit|Kündi- ?gungsfrist|Verlän- ?gerung/);
    expect(text).toContain('Kündigungs- und Widerrufsrecht');
    expect(text).toContain('E-Mail');
  });

  it('explains in German by default and in English with --locale en', () => {
    expect(doc.findings[0].message).toMatch(/[äöüß]|Kündig|Vertrag/);
    const english = analysed(path, ['--locale', 'en']);
    expect(english.locale).toBe('en');
    expect(english.findings.find((f) => f.ruleId === 'notice-period')?.message).toBe('You must give 3 months notice.');
  });

  it('follows --jurisdiction and --contract-date', () => {
    const old = analysed(path, ['--contract-date', '2021-06-01']);
    expect(old.facts.contractDate).toBe('2021-06-01');
    expect(old.findings.find((f) => f.ruleId === 'notice-period')?.severity).toBe('medium'); // three months was lawful before March 2022
    const lost = (d: OkDocument) => d.findings.reduce((n, f) => n + f.points, 0);
    expect(lost(old)).toBeLessThan(lost(doc));
    const uk = analysed(path, ['--jurisdiction', 'uk']);
    expect(uk.jurisdiction).toBe('uk');
    expect(uk.findings.find((f) => f.ruleId === 'minimum-term')?.severity).toBe('high');
  });
});

describe('knebel check on the fair German gym contract', () => {
  it('scores high and flags nothing that binds', () => {
    const doc = analysed('fixtures/de/fitnessstudio-fair.pdf');
    expect(doc.facts).toMatchObject({ minimumTerm: null, noMinimumTerm: true, autoRenewal: false, renewalTerm: null, noticePeriod: 'P1M' });
    // no rule fires; anything the statistical second opinion marks may only be a low statistical match
    expect(ruleFindings(doc)).toEqual([]);
    expect(modelFindings(doc).every((f) => f.severity === 'low')).toBe(true);
    expect(doc.score).toBeGreaterThanOrEqual(90);
    expect(doc.grade).toBe('A');
  });
});

describe('knebel check on English contracts', () => {
  it('reads a DOCX with Word auto-numbering (SaaS trap)', () => {
    const path = 'fixtures/en/saas-knebel.docx';
    const doc = analysed(path);
    expect(doc).toMatchObject({ format: 'docx', language: 'en', jurisdiction: 'uk', pages: 1 });
    expect(doc.facts).toMatchObject({ minimumTerm: 'P36M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P90D', contractDate: '2025-03-01' });
    expect(doc.findings.find((f) => f.ruleId === 'minimum-term')?.evidence.section).toBe('4.1');
    expect(doc.findings.find((f) => f.ruleId === 'auto-renewal')?.evidence.section).toBe('4.2');
    expect([...categories(doc)]).toEqual(expect.arrayContaining(['minimum-term', 'auto-renewal', 'notice-period', 'existing-customer-parity', 'cancellation-form']));
    expect(doc.score).toBeLessThan(40);
    expectEvidenceOffsets(path, doc.findings);
  });

  it('gives the fair SaaS DOCX a clean bill', () => {
    const doc = analysed('fixtures/en/saas-fair.docx');
    expect(doc.facts).toMatchObject({ minimumTerm: null, noMinimumTerm: true, renewalTerm: null });
    expect(ruleFindings(doc)).toEqual([]);
    expect(doc.score).toBeGreaterThanOrEqual(90); // low statistical matches on the liability clauses
  });

  it('reads the English gym PDF (UK)', () => {
    const doc = analysed('fixtures/en/gym-knebel.pdf');
    expect(doc.facts).toMatchObject({ minimumTerm: 'P18M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P60D', contractType: 'gym' });
    expect(doc.jurisdiction).toBe('uk');
    expect(doc.findings.find((f) => f.ruleId === 'minimum-term')?.severity).toBe('high');
    expect(doc.score).toBeLessThan(60);
  });

  it('reads Markdown (fair gym) and HTML terms pages (fair and trap)', () => {
    const md = analysed('fixtures/en/gym-fair.md');
    expect(md.format).toBe('md');
    expect(ruleFindings(md)).toEqual([]);
    expect(md.score).toBeGreaterThanOrEqual(90);
    const fair = analysed('fixtures/en/streaming-terms-fair.html');
    expect(fair.format).toBe('html');
    expect(ruleFindings(fair)).toEqual([]);
    expect(fair.score).toBeGreaterThanOrEqual(90);
    const trap = analysed('fixtures/en/streaming-terms-knebel.html');
    expect(trap.facts).toMatchObject({ autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P30D' });
    expect(['P12M', 'P1Y']).toContain(trap.facts.minimumTerm);
    expect(categories(trap)).toContain('existing-customer-parity');
    expect(trap.score).toBeLessThan(fair.score);
  });

  it('never reads scripts, styles, hidden elements or embedded frames of HTML', () => {
    const text = knebel(['text', 'fixtures/en/streaming-terms-knebel.html']).stdout;
    expect(text).not.toMatch(/99 months|48 months|365 days|\$0\.99/);
    expect(text).toContain('12-month minimum commitment');
  });
});

describe('knebel check on German text files in legacy encodings', () => {
  it('decodes Latin-1 and Windows-1252 with correct umlauts', () => {
    for (const path of ['fixtures/de/mobilfunk-knebel.txt', 'fixtures/de/mobilfunk-knebel-cp1252.txt']) {
      const doc = analysed(path);
      expect(doc.context.encoding).toBe('windows-1252');
      expect(doc.facts).toMatchObject({ minimumTerm: 'P24M', renewalTerm: 'P12M', noticePeriod: 'P3M', contractType: 'telecom' });
      expect(doc.findings.find((f) => f.ruleId === 'notice-period')?.evidence.text).toContain('Kündigungsfrist beträgt drei Monate');
      expect(doc.findings.find((f) => f.ruleId === 'auto-renewal')?.severity).toBe('critical');
    }
    expect(knebel(['text', 'fixtures/de/mobilfunk-knebel-cp1252.txt']).stdout).toContain('€');
  });

  it('reads UTF-8 with BOM and UTF-16 LE alike (fair mobile contract)', () => {
    const utf8 = analysed('fixtures/de/mobilfunk-fair.txt');
    const utf16 = analysed('fixtures/de/mobilfunk-fair-utf16.txt');
    expect(utf8.context.encoding).toBe('utf-8-bom');
    expect(utf16.context.encoding).toBe('utf-16le');
    expect(utf16.facts).toEqual(utf8.facts);
    expect(utf8.facts).toMatchObject({ minimumTerm: 'P24M', autoRenewal: true, renewalTerm: 'indefinite', noticePeriod: 'P1M' });
    expect(categories(utf8).has('auto-renewal')).toBe(false);
    expect(utf8.score).toBeGreaterThanOrEqual(90);
  });

  it('analyses a text file named .docx by its content', () => {
    const doc = analysed('fixtures/bad/not-a-docx.docx');
    expect(doc.format).toBe('txt');
  });

  it('reads standard input with "-"', () => {
    const { code, report } = knebelJson(['-'], { input: readFileSync('fixtures/de/mobilfunk-knebel.txt') });
    expect(code).toBe(0);
    expect(report.documents[0]).toMatchObject({ source: '-', ok: true, format: 'txt' });
  });
});

describe('bad input', () => {
  it.each([
    ['fixtures/bad/empty.txt', 'EMPTY_FILE'],
    ['fixtures/bad/encrypted.pdf', 'ENCRYPTED_PDF'],
    ['fixtures/bad/truncated.pdf', 'CORRUPT_PDF'],
    ['fixtures/bad/random.pdf', 'BINARY_CONTENT'],
    ['fixtures/bad/legacy.doc', 'UNSUPPORTED_FORMAT'],
    ['fixtures/bad/french.txt', 'UNSUPPORTED_LANGUAGE'],
    ['fixtures/does-not-exist.pdf', 'NOT_FOUND'],
  ])('%s → one line, %s, exit 3, no stack trace', (path, code) => {
    const result = knebel(['check', path]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`[${code}]`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const json = knebelJson([path]);
    expect(json.report.documents[0]).toMatchObject({ source: path, ok: false, error: { code } });
  });

  it('refuses a scanned PDF with --ocr never (one line, NO_TEXT_LAYER, exit 3)', () => {
    const result = knebel(['check', '--ocr', 'never', 'fixtures/bad/scanned.pdf']);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/OCR is switched off \(--ocr never\).*\[NO_TEXT_LAYER\]/);
  });

  it('reads an encrypted PDF with the right password and names a wrong one', () => {
    expect(analysed('fixtures/bad/encrypted.pdf', ['--password', 'knebel']).facts.noMinimumTerm).toBe(true);
    expect(knebel(['check', '--password', 'nope', 'fixtures/bad/encrypted.pdf']).stderr).toContain('[WRONG_PASSWORD]');
  });

  it('still analyses and reports every other file of a batch', () => {
    const { code, report } = knebelJson(['fixtures/bad/truncated.pdf', 'fixtures/de/fitnessstudio-knebel.pdf', 'fixtures/bad/empty.txt']);
    expect(code).toBe(3);
    expect(report.documents.map((d: { ok: boolean }) => d.ok)).toEqual([false, true, false]);
    expect(report.summary).toEqual({ documents: 3, failed: 2 });
  });
});

describe('command line', () => {
  it('prints complete help and the version', () => {
    const help = knebel(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/check \[options\] \[files\.\.\.\]/);
    expect(help.stdout).toMatch(/Exit codes/);
    const checkHelp = knebel(['check', '--help']).stdout;
    for (const option of ['--format', '--output', '--locale', '--jurisdiction', '--contract-date', '--password', '--rules', '--no-color']) expect(checkHelp).toContain(option);
    expect(knebel(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('answers --help and --version without the CLI exactly as the CLI would (src/cli/quick.ts)', async () => {
    // bin/knebel.js prints the help the build cached; the CLI itself must print the same
    const { main } = await import('../src/cli/main.js');
    let live = '';
    const sink = { write: (chunk: string) => ((live += chunk), true), isTTY: false } as unknown as NodeJS.WritableStream;
    expect(await main(['node', 'knebel', '--help'], { stdout: sink, stderr: sink, stdin: process.stdin, env: {} })).toBe(0);
    expect(knebel(['--help']).stdout).toBe(live);
    expect(knebel(['-h']).stdout).toBe(live);
    expect(knebel(['-V']).stdout).toBe(knebel(['--version']).stdout);
  });

  it('maps usage errors to exit code 2', () => {
    expect(knebel(['check']).code).toBe(2);
    expect(knebel(['check', '--format', 'yaml', 'x.pdf']).code).toBe(2);
    expect(knebel(['check', '--contract-date', '2025-13-01', 'x.pdf']).code).toBe(2);
    expect(knebel(['frobnicate']).code).toBe(2);
  });

  it('colours only on request or a terminal, honouring NO_COLOR and FORCE_COLOR', () => {
    const path = 'fixtures/de/mobilfunk-knebel.txt';
    expect(knebel(['check', path]).stdout).not.toContain('\u001b[');
    expect(knebel(['check', path], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(knebel(['check', path], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(knebel(['check', '--color', path]).stdout).toContain('\u001b[');
  });

  it('prints the score, the facts and each finding with quote, place, reason, basis and fairer wording', () => {
    const out = knebel(['check', 'fixtures/de/fitnessstudio-knebel.pdf']).stdout;
    expect(out).toMatch(/Freiheits-Score \d+\/100 · Note F — stark gebunden/);
    expect(out).toContain('Mindestlaufzeit            24 Monate');
    expect(out).toMatch(/Seite 1, § 2 \(3\)/);
    expect(out).toContain('»12 Monate«');
    expect(out).toContain('Warum das bindet:');
    expect(out).toContain('§ 309 Nr. 9 lit. b BGB');
    expect(out).toContain('Fairere Formulierung:');
  });

  it('writes the report to --output', () => {
    const out = `${process.env.TMPDIR ?? '/tmp'}/knebel-test-${process.pid}.json`;
    const result = knebel(['check', '--format', 'json', '--output', out, 'fixtures/de/mobilfunk-fair.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(reportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).documents).toHaveLength(1);
  });
});

describe('rule catalog commands', () => {
  it('lists the catalog and explains a rule', () => {
    const list = knebel(['rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^notice-period\s+notice-period\s+\S+\s+critical\s+§ 309 Nr\. 9 lit\. c BGB$/m);
    const json = JSON.parse(knebel(['rules', '--format', 'json', '--jurisdiction', 'uk']).stdout);
    expect(json.find((r: { id: string }) => r.id === 'minimum-term')).toMatchObject({ category: 'minimum-term', severity: 'critical' });
    const explain = knebel(['explain', 'auto-renewal', '--locale', 'de']);
    expect(explain.code).toBe(0);
    for (const part of ['Warum das bindet', 'Rechtsgrundlage', '§ 309 Nr. 9 lit. b BGB', 'Fairere Formulierung', 'Beispiele']) expect(explain.stdout).toContain(part);
    const unknown = knebel(['explain', 'renewal']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('auto-renewal');
  });
});
