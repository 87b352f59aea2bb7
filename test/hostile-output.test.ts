import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { knebel, knebelJson } from './helpers.js';

/**
 * Issue 16, items 5 and 6: nothing raw reaches a terminal or a CI log; names, headers and hidden
 * HTML. Inputs made here, run through the real CLI.
 */
const root = mkdtempSync(join(tmpdir(), 'knebel-output-'));
const folder = (name: string) => {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  return path;
};
const contract = 'Die Mindestlaufzeit beträgt 36 Monate. Der Vertrag verlängert sich stillschweigend um weitere 12 Monate, sofern er nicht mit einer Frist von 3 Monaten gekündigt wird.';
/** C0 controls but tab and newline, DEL, C1. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const COMMAND_LINE = /^\s*::/m;
const consumer = ['--start', '2024-01-01', '--today', '2025-01-01'];

describe('5. nothing raw reaches a terminal or a CI log', () => {
  const escapes = '\u001b]0;window title\u0007 \u001b]52;c;Y2xpcGJvYXJk\u0007 \u001b[2J \u009b31m \u009d0;x\u009c';
  const dir = folder('controls');
  const raw = join(dir, 'raw.txt');
  writeFileSync(raw, `${contract} ${escapes}\n\n::error::from the contract\n`);
  const html = join(dir, 'entities.html');
  writeFileSync(html, `<!doctype html><html><body><p>${contract} &#27;]0;title&#7; &#x1b;[2J &#155;1m</p><p>::warning::from the page</p></body></html>`);

  it('strips controls from contract text, raw and as HTML entities, in every command and format', { timeout: 120000 }, () => {
    for (const path of [raw, html]) {
      const runs = [
        ...['text', 'markdown', 'github', 'json'].map((format) => knebel(['check', '--format', format, path])),
        knebel(['text', path]),
        knebel(['deadline', path, ...consumer]),
        knebel(['diff', 'fixtures/de/mobilfunk-fair.txt', path]),
      ];
      for (const run of runs) {
        expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
        expect(run.stdout + run.stderr).not.toContain('\u001b');
      }
    }
  });

  it('neutralises report lines beginning with "::" under GitHub Actions', () => {
    const env = { GITHUB_ACTIONS: 'true' };
    for (const args of [['text', raw], ['text', html], ['diff', 'fixtures/de/mobilfunk-fair.txt', raw, '--format', 'markdown']]) {
      const run = knebel(args, { env });
      if (args[0] === 'text') expect(run.stdout).toMatch(/^: :(?:error|warning)::from the/m);
      expect(run.stdout + run.stderr).not.toMatch(COMMAND_LINE);
    }
  });

  it('escapes file names with escape sequences and newlines everywhere (stderr, text, github, Markdown tables)', { timeout: 120000 }, () => {
    const names = folder('names');
    writeFileSync(join(names, 'title\u001b]0;pwned\u0007.txt'), contract);
    writeFileSync(join(names, 'line\n::error::injected|cell.txt'), contract);
    writeFileSync(join(names, 'empty\n::error::failed.txt'), '');
    writeFileSync(join(names, 'knebel.config.json'), JSON.stringify({ suppressions: [{ rule: 'notice-period', files: '**', reason: 'accepted' }] }));
    const env = { GITHUB_ACTIONS: 'true' };
    for (const format of ['text', 'github', 'markdown']) {
      const run = knebel(['check', '--config', join(names, 'knebel.config.json'), '--format', format, names], { env });
      expect(run.code).toBe(3);
      expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
      expect(run.stderr).toContain('empty\\n::error::failed.txt');
      expect(run.stderr).not.toMatch(COMMAND_LINE);
      // only the github format's own commands begin with "::", and none is a forged one
      const commands = run.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'));
      if (format !== 'github') expect(commands).toEqual([]);
      for (const line of commands) expect(line).toMatch(/^::(?:error|warning|notice) (?:file|title)=/);
      if (format === 'markdown') {
        const rows = run.stdout.split('\n').filter((line) => line.startsWith('| `'));
        expect(rows).toHaveLength(3);
        for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
      }
    }
  });
});

describe('6. names, headers, hidden HTML, pdf.js', () => {
  it('analyses and reports a Latin-1 file name found in a folder', () => {
    const dir = folder('latin1');
    writeFileSync(Buffer.from(`${dir}/vertr\xe4ge.txt`, 'latin1'), contract);
    writeFileSync(join(dir, 'plain.txt'), contract);
    const result = knebelJson([dir]);
    expect(result.code).toBe(0);
    expect(result.report.documents.map((d: { source: string }) => d.source)).toEqual([join(dir, 'plain.txt'), join(dir, 'vertr\\xE4ge.txt')]);
    expect(result.report.documents[1].facts.minimumTerm).toBe('P36M');
  });

  it('reads a text contract that mentions "%PDF-1.7" near its start as text', () => {
    const path = join(folder('pdf-header'), 'mentions.txt');
    writeFileSync(path, `Anlage: Datei im Format %PDF-1.7 beigefügt.\n\n${contract}\n`);
    const result = knebelJson([path]);
    expect(result.report.documents[0].format).toBe('txt');
    expect(result.report.documents[0].facts.minimumTerm).toBe('P36M');
  });

  it('treats text hidden by the page\'s own simple CSS rules as invisible (README defines "visible")', () => {
    const path = join(folder('css'), 'hidden.html');
    const style = '.h { display: none } #gone, p.quiet { visibility:hidden !important } @media print { .printonly { display:none } } div .nested { display:none }';
    writeFileSync(path, `<!doctype html><html><head><style>${style}</style></head><body><p>${contract}</p><p class="x h">Hidden by class.</p><p id="gone">Hidden by id.</p><p class="quiet">Hidden by tag and class.</p><p class="printonly">Shown on screen.</p><div><p class="nested">Descendant rule not evaluated.</p></div></body></html>`);
    const text = knebel(['text', path]).stdout;
    expect(text).toContain('Mindestlaufzeit');
    for (const hidden of ['Hidden by class', 'Hidden by id', 'Hidden by tag']) expect(text).not.toContain(hidden);
    expect(text).toContain('Shown on screen.');
    expect(text).toContain('Descendant rule not evaluated.');
  });

  it('never lets pdf.js compile PDF functions to JavaScript (isEvalSupported: false)', async () => {
    const seen: unknown[] = [];
    vi.doMock('pdf-parse', async (original) => {
      const real = (await original()) as typeof import('pdf-parse');
      class Spy extends real.PDFParse {
        constructor(options: ConstructorParameters<typeof real.PDFParse>[0]) {
          seen.push(options);
          super(options);
        }
      }
      return { ...real, PDFParse: Spy };
    });
    const { readPdf } = await import('../src/ingest/pdf.js');
    const { readFileSync } = await import('node:fs');
    await readPdf(readFileSync('fixtures/de/fitnessstudio-knebel.pdf'), {}, 10);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ isEvalSupported: false });
    vi.doUnmock('pdf-parse');
  });
});
