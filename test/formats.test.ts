import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { diffClauses } from '../src/diff/compare.js';
import { wordDiff } from '../src/diff/words.js';
import { escapeData, escapeProperty, formatGithub, workflowCommand } from '../src/format/github.js';
import { escapeHtml, formatHtml } from '../src/format/html.js';
import { documentView } from '../src/format/view.js';
import { escapeMarkdown, formatMarkdown } from '../src/format/markdown.js';
import { artifactUri, FINGERPRINT_KEY, formatSarif } from '../src/format/sarif.js';
import { globMatcher } from '../src/policy/glob.js';
import { diffJsonSchema } from '../src/diff/json-schema.js';
import { configJsonSchema } from '../src/policy/json-schema.js';
import { applySuppressions } from '../src/policy/suppress.js';
import { ruleCatalog } from '../src/report/catalog.js';
import type { Clause, OkDocument, Report } from '../src/report/schema.js';
import { loadRules } from '../src/rules/load.js';
import { knebel } from './helpers.js';

/** A contract whose quoted clauses are full of characters every format must escape. */
const HOSTILE = [
  '§ 1 Laufzeit',
  '',
  '(1) Die Mindestlaufzeit beträgt 36 Monate | *fett* <script>alert("x")</script> & 100 % sicher, garantiert: ja.',
  '',
  '(2) Die Kündigungsfrist beträgt drei Monate zum Ende der Laufzeit.',
  '',
  '3. Kündigung',
  '',
  'Die Kündigung bedarf der Schriftform.',
].join('\n');

async function hostileReport(): Promise<Report> {
  const report = await analyze([{ text: HOSTILE, source: 'verträge/agb, 2025: v1 %.txt' }], { jurisdiction: 'de', contractDate: '2025-01-01', includeClauses: true });
  report.rules = ruleCatalog(loadRules(), report);
  return report;
}

describe('github workflow commands', () => {
  it('escapes % CR LF in messages and additionally : and , in properties', () => {
    expect(escapeData('100 % sicher\r\nnext')).toBe('100 %25 sicher%0D%0Anext');
    expect(escapeProperty('a: b, c %')).toBe('a%3A b%2C c %25');
    expect(workflowCommand('error', { file: 'x,y.pdf', line: 3, title: 'T: t' }, 'one\ntwo')).toBe('::error file=x%2Cy.pdf,line=3,title=T%3A t::one%0Atwo');
  });

  it('never lets contract text break out of a command', async () => {
    const out = formatGithub(await hostileReport());
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^(::(error|warning|notice) |knebel: )/);
    const minimum = out.split('\n').find((l) => l.includes('[minimum-term'));
    expect(minimum).toMatch(/^::(error|warning) file=verträge\/agb%2C 2025%3A v1 %25\.txt,line=3,col=1,endLine=3,endColumn=\d+,title=/);
    expect(minimum).toContain('100 %25 sicher, garantiert: ja.'); // message data: only % CR LF are escaped
  });
});

describe('markdown', () => {
  it('escapes emphasis, tables, HTML, headings and list markers', () => {
    expect(escapeMarkdown('a | *b* <i> _c_ [d](e) `f` ~g~ #h')).toBe('a \\| \\*b\\* \\<i\\> \\_c\\_ \\[d\\](e) \\`f\\` \\~g\\~ \\#h');
    expect(escapeMarkdown('- item\n1. first\n+ plus\n2.1 section')).toBe('\\- item\n1\\. first\n\\+ plus\n2.1 section');
    expect(escapeMarkdown('AT&T')).toBe('AT&amp;T');
  });

  it('renders hostile quotes inert in a PR comment', async () => {
    const md = formatMarkdown(await hostileReport());
    expect(md.startsWith('<!-- knebel-report -->\n')).toBe(true);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toMatch(/^\| `verträge\/agb, 2025: v1 %\.txt` \| \d+\/100 \|/m);
  });

  it('stays under the comment size limit', async () => {
    const report = await hostileReport();
    const many: Report = { ...report, documents: Array.from({ length: 400 }, (_, i) => ({ ...(report.documents[0] as OkDocument), source: `c${i}.txt` })) };
    const md = formatMarkdown(many);
    expect(md.length).toBeLessThan(65536);
    expect(md).toMatch(/weitere Dokumente: siehe JSON-, SARIF- oder HTML-Bericht/);
    expect(md).toMatch(/^\| … \| \| \| \d+ weitere \|$/m); // even the summary table is cut, with a count
    const few = formatMarkdown({ ...many, documents: many.documents.slice(0, 30) });
    expect(few).toContain('| `c29.txt` |');
  });
});

describe('html', () => {
  it('is one self-contained file: inline CSS only, nothing to fetch, everything escaped', async () => {
    const html = formatHtml(await hostileReport());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import|href="(?!#)/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('highlights each finding in place in the contract text and links both ways', async () => {
    const report = await hostileReport();
    const doc = report.documents[0] as OkDocument;
    const html = formatHtml(report);
    const view = documentView(doc);
    // one entry per clause: every finding is listed under the quote of its clause
    const listed = [...view.clauses, ...view.notes, ...view.suppressed];
    expect(listed.flatMap((c) => c.findings).length).toBe(doc.findings.length);
    listed.forEach((c, i) => {
      expect(html).toContain(`<li class="finding ${c.suppressed ? 'suppressed' : `sev-${c.severity}`}" id="d1-f${i + 1}">`);
      expect(html).toContain(`<span id="d1-f${i + 1}-q"></span>`);
      expect(html).toContain(`<sup><a href="#d1-f${i + 1}">${i + 1}</a></sup>`);
    });
    const minimum = doc.findings.find((f) => f.ruleId === 'minimum-term') as OkDocument['findings'][number];
    expect(html).toMatch(new RegExp(`<mark class="sev-\\w+" title="[^"]*${minimum.title}[^"]*"><b>36 Monate</b></mark>`));
    // the visible text of the contract is all there, in order
    const visible = html.slice(html.indexOf('<div class="text">')).replace(/<sup>.*?<\/sup>/g, '').replace(/<[^>]+>/g, '');
    expect(visible).toContain('Die Kündigungsfrist beträgt drei Monate zum Ende der Laufzeit.');
  });
});

describe('sarif', () => {
  it('makes artifact URIs relative to the working directory, percent-encoded', () => {
    expect(artifactUri('contracts/AGB 2025 #1.pdf', '/repo')).toBe('contracts/AGB%202025%20%231.pdf');
    expect(artifactUri('./verträge/a.pdf', '/repo')).toBe('vertr%C3%A4ge/a.pdf');
    expect(artifactUri('/repo/x/a.pdf', '/repo')).toBe('x/a.pdf');
    expect(artifactUri('/elsewhere/a.pdf', '/repo')).toBe('file:///elsewhere/a.pdf');
    expect(artifactUri('-', '/repo')).toBe('stdin');
  });

  it('describes each rule with legal basis and default level, and each result with fingerprints and the score', async () => {
    const report = await hostileReport();
    const doc = report.documents[0] as OkDocument;
    const log = JSON.parse(formatSarif(report, { cwd: '/repo' }));
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.properties.score).toBe(doc.score);
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'minimum-term');
    expect(rule).toMatchObject({ id: 'minimum-term', name: 'MinimumTerm', defaultConfiguration: { level: expect.stringMatching(/^(error|warning|note)$/) } });
    expect(rule.help.text).toContain('§ 309 Nr. 9 lit. a BGB');
    expect(rule.fullDescription.text).not.toContain('{value}');
    for (const [i, result] of run.results.entries()) {
      const finding = doc.findings[i];
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.partialFingerprints[FINGERPRINT_KEY]).toBe(finding.fingerprint);
      expect(result.partialFingerprints.primaryLocationLineHash).toBe(`${finding.fingerprint}:1`);
      expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: finding.evidence.line, startColumn: finding.evidence.column, snippet: { text: finding.evidence.text } });
      expect(result.message.text).toMatch(/^Seite 1, (§ 1 \(\d\)|3): .+\.$/);
    }
  });

  it('points lines and columns of HTML and text into the file itself (issue 15)', () => {
    for (const path of ['fixtures/en/streaming-terms-knebel.html', 'fixtures/de/mobilfunk-knebel.txt']) {
      const lines = readFileSync(path, 'utf8').split('\n');
      const log = JSON.parse(knebel(['check', '--format', 'sarif', path]).stdout);
      expect(log.runs[0].results.length).toBeGreaterThan(0);
      for (const result of log.runs[0].results) {
        const region = result.locations[0].physicalLocation.region;
        const firstWord = (region.snippet.text as string).split(' ')[0];
        const at = lines[region.startLine - 1].slice(region.startColumn - 1);
        // a list number the HTML reader inserted points at its <li>
        expect(at.startsWith(firstWord) || (/^\d+\.$/.test(firstWord) && at.startsWith('<li')), `${path}:${region.startLine}`).toBe(true);
        expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      }
    }
  });

  it('points lines and columns of a PDF into the text that `knebel text` prints', () => {
    for (const path of ['fixtures/de/fitnessstudio-knebel.pdf']) {
      const text = knebel(['text', path]).stdout.replace(/\n$/, '');
      const lines = text.split('\n');
      const log = JSON.parse(knebel(['check', '--format', 'sarif', path]).stdout);
      expect(log.runs[0].results.length).toBeGreaterThan(0);
      for (const result of log.runs[0].results) {
        const region = result.locations[0].physicalLocation.region;
        const snippet: string = region.snippet.text;
        const firstLine = snippet.split('\n')[0];
        expect(lines[region.startLine - 1].slice(region.startColumn - 1, region.startColumn - 1 + firstLine.length)).toBe(firstLine);
        const lastLine = snippet.split('\n').at(-1) as string;
        expect(lines[region.endLine - 1].slice(0, region.endColumn - 1).endsWith(lastLine)).toBe(true);
      }
    }
  });
});

describe('policy helpers', () => {
  it('matches globs like .gitignore: ** spans folders, slash-less patterns match names anywhere', () => {
    const m = globMatcher(['contracts/legacy/**', '*.docx', 'draft-*']);
    expect(m('contracts/legacy/a/b.pdf')).toBe(true);
    expect(m('./contracts/legacy/x.txt')).toBe(true);
    expect(m('contracts/current/x.pdf')).toBe(false);
    expect(m('deep/down/terms.docx')).toBe(true);
    expect(m('deep/draft-2.pdf')).toBe(true);
    expect(m('deep/final.pdf')).toBe(false);
    expect(globMatcher([])('anything')).toBe(false);
  });

  it('rescoring after a suppression gives the next finding of the category the full price', async () => {
    const report = await hostileReport();
    const doc = report.documents[0] as OkDocument;
    const first = doc.findings[0];
    const rule = { spec: { rule: first.ruleId, files: '**', reason: 'accepted' }, base: process.cwd(), matches: () => true };
    const after = applySuppressions(doc, [rule]);
    expect(after.findings[0]).toMatchObject({ points: 0, suppressed: { reason: 'accepted', rule: first.ruleId, files: '**' } });
    expect(after.score).toBe(Math.max(0, 100 - after.findings.reduce((n, f) => n + f.points, 0)));
    expect(after.score).toBeGreaterThan(doc.score);
    expect(doc.findings[0].suppressed).toBeUndefined(); // the input is not mutated
  });
});

describe('diff helpers', () => {
  const clause = (section: string | null, text: string, start = 0): Clause => ({ section, heading: null, isHeading: false, page: 1, start, end: start + text.length, text });

  it('aligns clauses: equal ones anchor, same section or similar wording pair as changed', () => {
    const before = [clause('1', '1 Intro.'), clause('2', '2 Die Frist beträgt drei Monate.'), clause('3', '3 Alt und weg.'), clause('4', '4 Ende.')];
    const after = [clause('1', '1 Intro.'), clause('2', '2 Die Frist beträgt einen Monat.'), clause(null, 'Ganz neuer Absatz über etwas anderes.'), clause('4', '4 Ende.')];
    expect(diffClauses(before, after).map((c) => [c.status, c.old?.section ?? null, c.new?.section ?? null])).toEqual([
      ['changed', '2', '2'],
      ['removed', '3', null],
      ['added', null, null],
    ]);
    expect(diffClauses(before, before)).toEqual([]);
  });

  it('diffs words', () => {
    const d = wordDiff('Die Frist beträgt drei Monate.', 'Die Frist beträgt einen Monat.');
    expect(d.old).toEqual([{ text: 'Die Frist beträgt ', op: 'same' }, { text: 'drei Monate.', op: 'del' }]);
    expect(d.new).toEqual([{ text: 'Die Frist beträgt ', op: 'same' }, { text: 'einen Monat.', op: 'add' }]);
  });
});

describe('published schemas', () => {
  it('schema/config.schema.json and schema/diff.schema.json are in sync with the zod models (run `npm run schema`)', () => {
    expect(JSON.parse(readFileSync(new URL('../schema/config.schema.json', import.meta.url), 'utf8'))).toEqual(configJsonSchema());
    expect(JSON.parse(readFileSync(new URL('../schema/diff.schema.json', import.meta.url), 'utf8'))).toEqual(diffJsonSchema());
  });
});
