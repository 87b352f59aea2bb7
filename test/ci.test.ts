import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { diffReportSchema } from '../src/diff/schema.js';
// the built CLI, as users run it (its worker threads load compiled modules)
import { main } from '../dist/cli/main.js';
import { createProgress } from '../src/cli/progress.js';
import { parseConfig } from '../src/policy/config.js';
import { reportSchema, type OkDocument, type Report } from '../src/report/schema.js';
import { knebel, knebelJson, ROOT, type CliResult } from './helpers.js';

/** The real CLI, run from another working directory (config discovery, relative globs). */
function knebelIn(cwd: string, args: string[], input?: string): CliResult {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/knebel.js'), ...args], { cwd, input, env, encoding: 'utf8', timeout: 60000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `knebel-${name}-`));
const KNEBEL_TXT = 'fixtures/de/mobilfunk-knebel.txt'; // score 0, critical findings
const FAIR_TXT = 'fixtures/de/mobilfunk-fair.txt'; // score 90, one medium finding (24-month minimum term)
const FAIR_MD = 'fixtures/en/gym-fair.md'; // score 100, no findings

const only = (report: Report) => report.documents[0] as OkDocument;

/** A copy of the fair mobile contract with one clause rewritten. */
function variant(dir: string, name: string, from: string, to: string): string {
  const text = readFileSync(join(ROOT, FAIR_TXT), 'utf8');
  expect(text).toContain(from);
  const path = join(dir, name);
  writeFileSync(path, text.replace(from, to));
  return path;
}
const REGISTERED_LETTER = [
  'Die Kündigung ist in Textform möglich, zum Beispiel per E-Mail an\n    kuendigung@netzbrise.example, über den Kündigungsbutton auf\n    netzbrise.example/kuendigen oder per Brief.',
  'Die Kündigung bedarf der Schriftform und ist per Einschreiben an\n    die Netzbrise Mobil GmbH zu senden.',
] as const;

describe('exit codes of the policy', () => {
  it('passes (0) without --fail-under / --fail-on, whatever the findings', () => {
    expect(knebel(['check', KNEBEL_TXT]).code).toBe(0);
  });

  it('--fail-under: 1 below the threshold, 0 at or above it', () => {
    const failed = knebelJson(['--fail-under', '50', KNEBEL_TXT]);
    expect(failed.code).toBe(1);
    expect(failed.report.policy).toMatchObject({ failUnder: 50, failOn: null, passed: false, failures: [{ type: 'fail-under', source: KNEBEL_TXT, score: 0, threshold: 50 }] });
    expect(knebel(['check', '--fail-under', '90', FAIR_TXT]).code).toBe(0);
    expect(knebel(['check', '--fail-under', '91', FAIR_TXT]).code).toBe(1);
  });

  it('--fail-on: 1 for a finding at or above the severity, 0 below it, "none" never', () => {
    expect(knebel(['check', '--fail-on', 'critical', KNEBEL_TXT]).code).toBe(1);
    expect(knebel(['check', '--fail-on', 'high', FAIR_TXT]).code).toBe(0);
    const medium = knebelJson(['--fail-on', 'medium', FAIR_TXT]);
    expect(medium.code).toBe(1);
    expect(medium.report.policy.failures).toEqual([expect.objectContaining({ type: 'fail-on', ruleId: 'minimum-term', severity: 'medium', threshold: 'medium' })]);
    expect(knebel(['check', '--fail-on', 'none', KNEBEL_TXT]).code).toBe(0);
  });

  it('prints the verdict in the text report', () => {
    const out = knebel(['check', '--fail-under', '50', '--locale', 'en', KNEBEL_TXT]).stdout;
    expect(out).toContain('Policy failed');
    expect(out).toContain(`${KNEBEL_TXT}: score 0 is below 50`);
  });

  it('3 wins over 1: an input that cannot be analysed is reported, the others still judged', () => {
    const result = knebelJson(['--fail-under', '50', KNEBEL_TXT, 'fixtures/bad/empty.txt']);
    expect(result.code).toBe(3);
    expect(result.report.policy.passed).toBe(false);
    expect(result.report.summary).toEqual({ documents: 2, failed: 1 });
  });

  it('2 for bad policy values, 4 for an invalid rule pack', () => {
    for (const args of [['--fail-under', '101'], ['--fail-under', 'abc'], ['--fail-under', '-1'], ['--fail-on', 'severe'], ['--write', 'yaml:x.yml'], ['--write', 'sarif']]) {
      const result = knebel(['check', ...args, FAIR_MD]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const dir = tmp('pack');
    writeFileSync(join(dir, 'broken.yml'), 'id: broken\ncategory: nonsense\n');
    expect(knebel(['check', '--fail-on', 'low', '--rules', dir, FAIR_MD]).code).toBe(4);
  });
});

describe('configuration file', () => {
  it('is found in the working directory and applies jurisdiction, locale, thresholds and disabled rules', () => {
    const dir = tmp('config');
    copyFileSync(join(ROOT, FAIR_TXT), join(dir, 'mobil.txt'));
    writeFileSync(
      join(dir, 'knebel.config.json'),
      `// comments are allowed
      { "locale": "en", "jurisdiction": "at", "failUnder": 95, /* trailing commas too */ }`,
    );
    const result = knebelIn(dir, ['check', '--format', 'json', 'mobil.txt']);
    expect(result.code).toBe(1);
    const doc = only(JSON.parse(result.stdout));
    expect(doc).toMatchObject({ locale: 'en', jurisdiction: 'at' });
    // the command line wins over the config
    expect(knebelIn(dir, ['check', '--fail-under', '50', 'mobil.txt']).code).toBe(0);
    expect(knebelIn(dir, ['check', '--no-config', 'mobil.txt']).code).toBe(0);
    writeFileSync(join(dir, 'knebel.config.json'), '{ "disabledRules": ["minimum-term"] }');
    const disabled = only(JSON.parse(knebelIn(dir, ['check', '--format', 'json', 'mobil.txt']).stdout));
    expect(disabled.findings.map((f) => f.ruleId)).not.toContain('minimum-term');
    expect(disabled.score).toBe(100);
  });

  it('is found as .knebelrc.json in a parent folder, and named with --config', () => {
    const dir = tmp('rc');
    mkdirSync(join(dir, 'sub'));
    copyFileSync(join(ROOT, FAIR_MD), join(dir, 'sub', 'gym.md'));
    writeFileSync(join(dir, '.knebelrc.json'), '{ "failOn": "info", "locale": "de" }');
    expect(JSON.parse(knebelIn(join(dir, 'sub'), ['check', '--format', 'json', 'gym.md']).stdout).documents[0].locale).toBe('de');
    const elsewhere = join(dir, 'other.json');
    writeFileSync(elsewhere, '{ "failUnder": 100 }');
    expect(knebel(['check', '--config', elsewhere, FAIR_TXT]).code).toBe(1);
  });

  it('rejects invalid configs with exit 2 and says where', () => {
    const dir = tmp('bad-config');
    copyFileSync(join(ROOT, FAIR_MD), join(dir, 'gym.md'));
    const cases: [string, RegExp][] = [
      ['{ "failUnder": 200 }', /failUnder/],
      ['{ "failOn": "severe" }', /failOn/],
      ['{ "colour": true }', /colour|unrecognized/i],
      ['{ "failUnder": 50,, }', /knebel\.config\.json:1:\d+: invalid JSON/],
      ['{ "suppressions": [{ "rule": "notice-period", "files": "**" }] }', /suppressions\.0\.reason/],
      ['{ "suppressions": [{ "rule": "notice-period", "files": "**", "reason": "  " }] }', /give a reason/],
      ['{ "suppressions": [{ "rule": "notice-periods", "files": "**", "reason": "typo" }] }', /unknown rule id "notice-periods"/],
      ['{ "disabledRules": ["nope"] }', /disabledRules\[0\]: unknown rule id "nope"/],
    ];
    for (const [text, message] of cases) {
      writeFileSync(join(dir, 'knebel.config.json'), text);
      const result = knebelIn(dir, ['check', 'gym.md']);
      expect(result.code, text).toBe(2);
      expect(result.stderr, text).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it('strips comments but not comment-like text inside strings', () => {
    const text = '{ "exclude": ["http://x/**", "/* not a comment */"], // note\n "locale": "en", }';
    expect(parseConfig(text, 'x.json')).toEqual({ exclude: ['http://x/**', '/* not a comment */'], locale: 'en' });
    // a long string is one token, not a deep recursion
    expect(parseConfig(`{ "exclude": ["${'x'.repeat(8_000_000)}"] }`, 'x.json').exclude?.[0]).toHaveLength(8_000_000);
  });

  it('knebel init writes a commented starter config that knebel then reads', () => {
    const dir = tmp('init');
    const first = knebelIn(dir, ['init', '--jurisdiction', 'de']);
    expect(first.code).toBe(0);
    const text = readFileSync(join(dir, 'knebel.config.json'), 'utf8');
    expect(text).toMatch(/^\/\/ knebel configuration/);
    expect(text).toContain('"suppressions"');
    expect(parseConfig(text, 'knebel.config.json')).toMatchObject({ jurisdiction: 'de', failUnder: 60, failOn: 'critical' });
    const again = knebelIn(dir, ['init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(knebelIn(dir, ['init', '--force']).code).toBe(0);
    copyFileSync(join(ROOT, KNEBEL_TXT), join(dir, 'mobil.txt'));
    expect(knebelIn(dir, ['check', 'mobil.txt']).code).toBe(1); // failUnder 60
  });
});

describe('suppressions', () => {
  const dir = tmp('suppress');
  mkdirSync(join(dir, 'contracts', 'legacy'), { recursive: true });
  copyFileSync(join(ROOT, KNEBEL_TXT), join(dir, 'contracts', 'legacy', 'mobil.txt'));
  copyFileSync(join(ROOT, KNEBEL_TXT), join(dir, 'contracts', 'mobil.txt'));
  writeFileSync(
    join(dir, 'knebel.config.json'),
    JSON.stringify({
      suppressions: [
        { rule: 'notice-period', files: 'contracts/legacy/**', reason: 'Grandfathered, approved by Legal (LEGAL-42)' },
        { rule: 'auto-renewal', files: '*.txt', text: 'zwölf   MONATE', reason: 'Renewal accepted for this tariff' },
        { rule: 'cancellation-form', files: '**', text: 'words that are not in the clause', reason: 'never matches' },
      ],
    }),
  );
  const run = knebelIn(dir, ['check', '--format', 'json', '--fail-on', 'critical', 'contracts']);
  const report = reportSchema.parse(JSON.parse(run.stdout));
  const [legacy, current] = report.documents as OkDocument[];

  it('keeps suppressed findings in the report, marked with their reason, at 0 points', () => {
    expect(report.documents.map((d) => d.source)).toEqual(['contracts/legacy/mobil.txt', 'contracts/mobil.txt']);
    const notice = legacy.findings.find((f) => f.ruleId === 'notice-period');
    expect(notice?.suppressed).toEqual({ reason: 'Grandfathered, approved by Legal (LEGAL-42)', rule: 'notice-period', files: 'contracts/legacy/**', config: 'knebel.config.json' });
    expect(notice?.points).toBe(0);
    // the glob is relative to the config: the other copy keeps its notice-period finding
    expect(current.findings.find((f) => f.ruleId === 'notice-period')?.suppressed).toBeUndefined();
    // text match ignores case and spacing; a text that does not occur suppresses nothing
    expect(legacy.findings.find((f) => f.ruleId === 'auto-renewal')?.suppressed?.reason).toBe('Renewal accepted for this tariff');
    expect(current.findings.find((f) => f.ruleId === 'cancellation-form')?.suppressed).toBeUndefined();
  });

  it('scores only active findings, and the policy ignores suppressed ones', () => {
    expect(legacy.findings.length).toBe(current.findings.length);
    const lost = (doc: OkDocument) => doc.findings.reduce((n, f) => n + f.points, 0);
    expect(legacy.score).toBe(Math.max(0, 100 - lost(legacy)));
    expect(lost(legacy)).toBeLessThan(lost(current));
    const failing = report.policy?.failures.map((f) => (f.type === 'fail-on' ? `${f.source} ${f.ruleId}` : '')) ?? [];
    expect(failing).not.toContain('contracts/legacy/mobil.txt notice-period');
    expect(failing).toContain('contracts/mobil.txt notice-period');
    expect(run.code).toBe(1);
  });

  it('shows them as suppressed in every format', () => {
    const formats = ['sarif', 'github', 'markdown', 'html'];
    const writes = formats.flatMap((f) => ['--write', `${f}:${f}.out`]);
    const text = knebelIn(dir, ['check', '--locale', 'en', ...writes, 'contracts/legacy/mobil.txt']).stdout;
    const [sarifText, github, markdown, html] = formats.map((f) => readFileSync(join(dir, `${f}.out`), 'utf8'));
    expect(text).toMatch(/ SUPPRESSED {2}page 1, 3\.3\n[\s\S]*?Long notice period\n\s+no points: suppressed/);
    expect(text).toContain('suppressed, reason: Grandfathered, approved by Legal (LEGAL-42)');
    const result = JSON.parse(sarifText).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'notice-period');
    expect(result.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Grandfathered, approved by Legal (LEGAL-42)' }]);
    expect(github).toMatch(/^knebel: contracts\/legacy\/mobil\.txt:\d+: suppressed notice-period .*Grandfathered/m);
    expect(github).not.toMatch(/^::error .*\[notice-period/m);
    expect(markdown).toMatch(/<summary>Accepted by a suppression \(2\)<\/summary>/);
    expect(html).toContain('<span class="badge suppressed">suppressed (critical)</span>');
  });
});

describe('baselines', () => {
  const dir = tmp('baseline');
  const contract = join(dir, 'agb.txt');
  copyFileSync(join(ROOT, FAIR_TXT), contract);
  const baseline = join(dir, 'baseline.json');
  expect(knebelIn(dir, ['check', '--format', 'json', '--output', baseline, 'agb.txt']).code).toBe(0);

  it('reports nothing and passes when nothing is new', () => {
    const result = knebelIn(dir, ['check', '--format', 'json', '--baseline', baseline, '--fail-on', 'low', '--fail-under', '95', 'agb.txt']);
    expect(result.code).toBe(0); // score 90 < 95, but not lower than in the baseline
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(only(report).findings).toEqual([]);
    expect(only(report).baseline).toEqual({ matched: 1, fixed: 0, score: 90 });
    expect(only(report).score).toBe(90);
    expect(report.baseline).toEqual({ source: baseline, findings: 1 });
    expect(knebelIn(dir, ['check', '--baseline', baseline, '--locale', 'en', 'agb.txt']).stdout).toContain('already in the baseline and not shown: 1; fixed since: 0');
  });

  it('fails on new lock-in only (matched by fingerprint, not by position)', () => {
    writeFileSync(contract, readFileSync(variant(dir, 'v2.txt', ...REGISTERED_LETTER), 'utf8').replace('1. Leistungen', 'Präambel\n\nDieser Vertrag regelt den Mobilfunkanschluss.\n\n1. Leistungen'));
    const result = knebelIn(dir, ['check', '--format', 'json', '--write', 'sarif:new.sarif', '--baseline', baseline, '--fail-on', 'high', 'agb.txt']);
    expect(result.code).toBe(1);
    const doc = only(JSON.parse(result.stdout));
    expect(doc.findings.map((f) => f.ruleId)).toEqual(['cancellation-form']);
    expect(doc.baseline).toMatchObject({ matched: 1, fixed: 0 });
    const sarif = JSON.parse(readFileSync(join(dir, 'new.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { baselineState: string }) => r.baselineState)).toEqual(['new']);
  });

  it('rejects a missing or foreign baseline with exit 2', () => {
    expect(knebelIn(dir, ['check', '--baseline', 'nope.json', 'agb.txt'])).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read baseline nope.json') });
    writeFileSync(join(dir, 'foreign.json'), '{"version":"2.1.0","runs":[]}');
    expect(knebelIn(dir, ['check', '--baseline', 'foreign.json', 'agb.txt'])).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a knebel JSON report') });
  });
});

describe('knebel diff', () => {
  const dir = tmp('diff');
  const worse = variant(dir, 'worse.txt', ...REGISTERED_LETTER);
  // one month: no minimum-term finding at all (every term over one month is one, issue 13)
  const better = variant(dir, 'better.txt', 'beträgt 24 Monate ab', 'beträgt 1 Monat ab');

  it('exits 1 when the new version is worse and names why', () => {
    const result = knebel(['diff', '--format', 'json', FAIR_TXT, worse]);
    expect(result.code).toBe(1);
    const diff = diffReportSchema.parse(JSON.parse(result.stdout));
    expect(diff).toMatchObject({ scoreDelta: -30, worse: true, failOn: 'medium', old: { score: 90 }, new: { score: 60 } });
    expect(diff.findings.added.map((f) => f.ruleId)).toEqual(['cancellation-form']);
    expect(diff.findings.unchanged).toBe(1);
    expect(diff.reasons).toEqual([{ type: 'score', old: 90, new: 60 }, expect.objectContaining({ type: 'new-finding', ruleId: 'cancellation-form', severity: 'critical' })]);
    expect(diff.clauses).toHaveLength(1);
    expect(diff.clauses[0]).toMatchObject({ status: 'changed', old: { section: '3.3' }, new: { section: '3.3' } });
    expect(diff.clauses[0].new?.text).toContain('Einschreiben');
  });

  it('exits 0 when it is better or the same', () => {
    const result = knebel(['diff', '--format', 'json', FAIR_TXT, better]);
    expect(result.code).toBe(0);
    const diff = diffReportSchema.parse(JSON.parse(result.stdout));
    expect(diff).toMatchObject({ scoreDelta: 10, worse: false, reasons: [] });
    expect(diff.findings.removed.map((f) => f.ruleId)).toEqual(['minimum-term']);
    const same = knebel(['diff', '--locale', 'en', FAIR_TXT, FAIR_TXT]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No differences in findings.');
  });

  it('--fail-on decides which new findings count; a lower score always does', () => {
    // the worse version adds a critical finding and loses 30 points: fails at any threshold
    expect(knebel(['diff', '--fail-on', 'none', FAIR_TXT, worse]).code).toBe(1);
    // a new low finding with no lower score: passes at the default (medium), fails at low
    const dir2 = tmp('diff-low');
    const base = join(dir2, 'base.txt');
    const low = join(dir2, 'low.txt');
    writeFileSync(base, readFileSync(join(ROOT, KNEBEL_TXT)));
    const text = readFileSync(join(ROOT, KNEBEL_TXT), 'latin1');
    expect(text).toContain('drei Monate');
    writeFileSync(low, Buffer.from(text.replace('drei Monate', 'sechs Monate'), 'latin1'));
    const changed = diffReportSchema.parse(JSON.parse(knebel(['diff', '--format', 'json', base, low]).stdout));
    const notice = changed.findings.changed.find((c) => c.after.ruleId === 'notice-period');
    expect(notice?.changes).toEqual(expect.arrayContaining(['value', 'text']));
    expect(notice?.before.value).toBe('P3M');
    expect(notice?.after.value).toBe('P6M');
  });

  it('prints markdown for PR comments with the changed clause side by side', () => {
    const md = knebel(['diff', '--format', 'markdown', '--locale', 'en', FAIR_TXT, worse]).stdout;
    expect(md).toMatch(/^<!-- knebel-diff -->\n## Knebel: contract comparison/);
    expect(md).toContain('| Freedom score | 90 | 60 | −30 |');
    expect(md).toContain('**❌ The new version is worse:**');
    expect(md).toMatch(/\| page 1, 3\.3 \| 3\.3 Die Kündigung ist ~~in Textform möglich, zum Beispiel~~ per/);
    expect(md).toContain('**bedarf der Schriftform und**');
  });

  it('exit 3 when a version cannot be analysed, 2 for usage errors', () => {
    expect(knebel(['diff', FAIR_TXT, 'fixtures/bad/empty.txt']).code).toBe(3);
    expect(knebel(['diff', FAIR_TXT]).code).toBe(2);
    expect(knebel(['diff', '--format', 'sarif', FAIR_TXT, FAIR_TXT]).code).toBe(2);
  });
});

describe('batches', () => {
  it('walks folders recursively in a fixed order and ends with a summary table', () => {
    const result = knebel(['check', '--locale', 'en', '--include', '**/*.md', '--include', '**/*.txt', 'fixtures/en', 'fixtures/de']);
    expect(result.code).toBe(0);
    const table = result.stdout.slice(result.stdout.lastIndexOf('  File'));
    expect(table.split('\n').slice(0, 6)).toEqual([
      expect.stringMatching(/^ {2}File +Score {2}Grade {2}Worst finding$/),
      // no rule finding; the statistical second opinion marks the liability carve-out (low, reviewed); the dates follow
      expect.stringMatching(/^ {2}fixtures\/en\/gym-fair\.md +96 {2}A +low: Liability · Notice must arrive by \d+ \w+ \d{4}$/),
      expect.stringMatching(/^ {2}fixtures\/de\/mobilfunk-fair-utf16\.txt +\d+ {2}[A-F] /),
      // 24 months: one medium finding costs the A (issue 13)
      expect.stringMatching(/^ {2}fixtures\/de\/mobilfunk-fair\.txt +90 {2}B +medium: Minimum term$/),
      expect.stringMatching(/^ {2}fixtures\/de\/mobilfunk-knebel-cp1252\.txt +0 {2}F +critical: /),
      expect.stringMatching(/^ {2}fixtures\/de\/mobilfunk-knebel\.txt +0 {2}F +critical: /),
    ]);
  });

  it('uses the contract extensions by default, honours --exclude and never lists a file twice', () => {
    const { report } = knebelJson(['--exclude', '**/*.pdf', '--exclude', 'mobilfunk-*', 'fixtures/de', 'fixtures/en', 'fixtures/en/gym-fair.md']);
    expect(report.documents.map((d: { source: string }) => d.source)).toEqual([
      'fixtures/en/gym-fair.md',
      'fixtures/en/saas-fair.docx',
      'fixtures/en/saas-knebel.docx',
      'fixtures/en/streaming-terms-fair.html',
      'fixtures/en/streaming-terms-knebel.html',
    ]);
  });

  it('reads the file list from standard input with --files-from -', () => {
    const { code, report } = knebelJson(['--files-from', '-'], { input: `${FAIR_MD}\n\n${KNEBEL_TXT}\r\n` });
    expect(code).toBe(0);
    expect(report.documents.map((d: { source: string }) => d.source)).toEqual([FAIR_MD, KNEBEL_TXT]);
    expect(knebel(['check', '--files-from', '-', '-'], { input: FAIR_MD }).code).toBe(2);
    expect(knebel(['check', '--files-from', '-'], { input: '\n' }).code).toBe(2);
  });

  it('exit 2 for a folder without contracts', () => {
    const result = knebel(['check', '--include', '*.nothing', 'fixtures/en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('fixtures/en: no contract files in this folder');
  });

  it('still reports a directory passed to knebel text as IS_DIRECTORY', () => {
    const result = knebel(['text', 'fixtures']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('[IS_DIRECTORY]');
  });
});

describe('progress bar', () => {
  const sink = (isTTY: boolean) => {
    const chunks: string[] = [];
    const stream = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          chunks.push(String(chunk));
          done();
        },
      }),
      { isTTY, columns: 80 },
    );
    return { stream, text: () => chunks.join('') };
  };

  it('draws on a terminal for more than five files and is silent otherwise', () => {
    for (const [isTTY, total, drawn] of [[true, 6, true], [true, 5, false], [false, 50, false]] as const) {
      const { stream, text } = sink(isTTY);
      const progress = createProgress(stream, total, {});
      for (let i = 0; i < total; i++) progress.update(i, `contract-${i}.pdf`);
      progress.log('knebel: contract-3.pdf: broken [CORRUPT_PDF]');
      progress.done();
      expect(text().includes('\r'), `${isTTY} ${total}`).toBe(drawn);
      expect(text()).toContain('knebel: contract-3.pdf: broken [CORRUPT_PDF]\n');
      if (drawn) expect(text()).toContain('[##########----------] 4/6 contract-3.pdf');
    }
  });

  it('runs through the CLI on standard error only, and never in a pipe', async () => {
    const { stream: stderr, text } = sink(true);
    const { stream: stdout } = sink(false);
    const files = [FAIR_MD, FAIR_TXT, KNEBEL_TXT, 'fixtures/de/mobilfunk-fair-utf16.txt', 'fixtures/de/mobilfunk-knebel-cp1252.txt', 'fixtures/bad/empty.txt'];
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const code = await main(['node', 'knebel', 'check', ...files], { stdout, stderr, stdin: new PassThrough(), env: {} });
      expect(code).toBe(3);
    } finally {
      process.chdir(cwd);
    }
    expect(text()).toContain('6/6 fixtures/bad/empty.txt');
    expect(text()).toMatch(/\r\u001b\[2Kknebel: fixtures\/bad\/empty\.txt: .*\[EMPTY_FILE\]\n/);
    const piped = knebel(['check', ...files]);
    expect(piped.stderr).not.toContain('\r');
    expect(piped.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--write and --output', () => {
  it('writes several formats from one analysis', () => {
    const dir = tmp('write');
    const result = knebel(['check', '--format', 'json', '--output', join(dir, 'r.json'), '--write', `sarif:${join(dir, 'r.sarif')}`, '--write', `markdown:${join(dir, 'r.md')}`, '--write', `html:${join(dir, 'r.html')}`, FAIR_TXT]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    for (const name of ['r.json', 'r.sarif', 'r.md', 'r.html']) expect(existsSync(join(dir, name))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^<!-- knebel-report -->/);
    // one report for all outputs: with an HTML output among them it holds the clauses; alone, JSON stays lean
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).documents[0].clauses).toBeDefined();
    expect(knebelJson([FAIR_TXT]).report.documents[0].clauses).toBeUndefined();
  });

  it('exit 2 when the output cannot be written', () => {
    const result = knebel(['check', '--output', '/nonexistent-dir/x.json', FAIR_MD]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o /nonexistent-dir/x.json: the folder /nonexistent-dir does not exist');
    expect(result.stdout).toBe(''); // checked before the analysis: no report at all
  });
});
