import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knebel, ROOT } from './helpers.js';

/** Issue 15: output files, pipes, signals, source lines and the CI conventions, all through the real CLI. */
const dir = mkdtempSync(join(tmpdir(), 'knebel-ci-safety-'));
const CONTRACT = 'fixtures/de/mobilfunk-knebel.txt';
const copy = (name: string, from = CONTRACT) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, readFileSync(join(ROOT, from)));
  return path;
};
const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));
const isRoot = process.getuid?.() === 0;

/** Run the CLI as the unprivileged user "nobody" (root ignores permissions, so only this shows them). */
function asNobody(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/knebel.js', ...args], { cwd: ROOT, uid: 65534, gid: 65534, encoding: 'utf8', timeout: 60000, env: { PATH: process.env.PATH, HOME: '/tmp' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
const nobodyCanRun = (() => {
  if (!isRoot) return false;
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))})`], { uid: 65534, gid: 65534 });
  return probe.status === 0;
})();

describe('output files (-o, --write, --ics, letter -o)', () => {
  it('writes /dev/null in place: it stays a device, even as root', (context) => {
    if (!isRoot) {
      console.log('skipped: /dev/null could only be replaced by root, and this test does not run as root');
      context.skip();
    }
    const result = knebel(['check', CONTRACT, '-o', '/dev/null', '--write', 'sarif:/dev/null']);
    expect(result.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((name) => name.startsWith('null.'))).toEqual([]);
  });

  it('writes into a FIFO without replacing it', async () => {
    const fifo = join(dir, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (d) => (received += d));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const writer = spawn(process.execPath, ['bin/knebel.js', 'check', '--format', 'json', '-o', fifo, CONTRACT], { cwd: ROOT });
    const code = await new Promise((resolve) => writer.on('close', resolve));
    await readerDone;
    expect(code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(received).documents[0].ok).toBe(true);
  });

  it('follows a symlink to its target and keeps the link; a dangling link gets its file', () => {
    const target = join(dir, 'links', 'real.json');
    mkdirSync(join(dir, 'links'), { recursive: true });
    writeFileSync(target, 'old');
    symlinkSync('real.json', join(dir, 'links', 'link.json'));
    symlinkSync('missing.sarif', join(dir, 'links', 'dangling.sarif'));
    const result = knebel(['check', CONTRACT, '--format', 'json', '-o', join(dir, 'links', 'link.json'), '--write', `sarif:${join(dir, 'links', 'dangling.sarif')}`]);
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'links', 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'links', 'link.json'))).toBe('real.json');
    expect(JSON.parse(readFileSync(target, 'utf8')).schemaVersion).toBe(1);
    expect(lstatSync(join(dir, 'links', 'dangling.sarif')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'links', 'missing.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(temporaries(join(dir, 'links'))).toEqual([]);
  });

  it('refuses an output that is an input, or one named twice, before analysing (exit 2)', () => {
    const contract = copy('self/contract.txt');
    const before = readFileSync(contract, 'utf8');
    const self = knebel(['check', contract, '-o', contract]);
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/is also an input/);
    expect(readFileSync(contract, 'utf8')).toBe(before);
    const viaFolder = knebel(['check', join(dir, 'self'), '--write', `json:${contract}`]);
    expect(viaFolder.code).toBe(2);
    expect(readFileSync(contract, 'utf8')).toBe(before);

    const twice = knebel(['check', CONTRACT, '--write', `json:${join(dir, 'self', 'a.out')}`, '--write', `sarif:${join(dir, 'self', 'a.out')}`]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/the same output as --write json:/);
    expect(existsSync(join(dir, 'self', 'a.out'))).toBe(false);
    expect(knebel(['check', CONTRACT, '-o', '-', '--write', 'json:-']).code).toBe(2);
    expect(knebel(['check', CONTRACT, '--write', 'json:/dev/stdout']).code).toBe(2); // standard output is the main report's
    const missingFolder = knebel(['check', CONTRACT, '-o', join(dir, 'no', 'such', 'folder', 'r.json')]);
    expect(missingFolder.code).toBe(2);
    expect(missingFolder.stderr).toMatch(/does not exist/);
    expect(knebel(['check', CONTRACT, '-o', dir]).stderr).toMatch(/is a folder/);
  });

  it('accepts "-" and /dev/stdout for standard output', () => {
    const dash = knebel(['check', '--format', 'json', '-o', '-', CONTRACT]);
    expect(dash.code).toBe(0);
    expect(JSON.parse(dash.stdout).documents).toHaveLength(1);
    const device = knebel(['check', '--format', 'json', '-o', '/dev/stdout', CONTRACT]);
    expect(JSON.parse(device.stdout).documents).toHaveLength(1);
  });

  it('never analyses its own report lying in the analysed folder', () => {
    const folder = join(dir, 'walk');
    copy('walk/contract.txt');
    writeFileSync(join(folder, 'report.txt'), 'an earlier report');
    const result = knebel(['check', folder, '--format', 'json', '-o', join(folder, 'report.txt')]);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(folder, 'report.txt'), 'utf8'));
    expect(report.documents.map((d: { source: string }) => d.source)).toEqual([join(folder, 'contract.txt')]);
    expect(temporaries(folder)).toEqual([]);
  });

  it('a write error after the analysis is one line and exit 74, and leaves no temporary file', () => {
    const full = knebel(['check', CONTRACT, '--write', 'json:/dev/full']);
    expect(full.code).toBe(74);
    expect(full.stderr).toMatch(/^knebel: error: cannot write \/dev\/full: ENOSPC$/m);
    expect(full.stderr).not.toMatch(/\n\s+at /);
  });

  it('as a normal user: /dev/stdout and /dev/full work or fail cleanly; a read-only folder is written in place', (context) => {
    if (!nobodyCanRun) {
      console.log('skipped: needs root to run the CLI as the user "nobody" (and the repository readable by it)');
      context.skip();
    }
    expect(asNobody(['check', '--format', 'json', '-o', '/dev/stdout', CONTRACT]).code).toBe(0);
    const full = asNobody(['check', CONTRACT, '-o', '/dev/full']);
    expect(full.code).toBe(74);
    expect(full.stderr.trim().split('\n')).toHaveLength(1);
    chmodSync(dir, 0o755); // mkdtemp made it private to root
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'report.json'), 'old');
    chmodSync(join(locked, 'report.json'), 0o666);
    chmodSync(locked, 0o555);
    const inPlace = asNobody(['check', '--format', 'json', '-o', join(locked, 'report.json'), CONTRACT]);
    expect(inPlace.code).toBe(0);
    expect(JSON.parse(readFileSync(join(locked, 'report.json'), 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(locked)).toEqual(['report.json']);
    const cannot = asNobody(['check', '-o', join(locked, 'new.json'), CONTRACT]);
    expect(cannot.code).toBe(2);
    expect(cannot.stderr).toMatch(/cannot create a file/);
  });

  it('checks deadline --ics and letter -o before analysing, and writes them like check -o', () => {
    const contract = copy('consumer/contract.txt');
    const before = readFileSync(contract, 'utf8');
    expect(knebel(['deadline', contract, '--today', '2026-01-15', '--start', '2025-01-01', '--ics', contract]).code).toBe(2);
    expect(knebel(['letter', contract, '--name', 'A. Kundin', '--member-id', '42', '-o', contract]).code).toBe(2);
    expect(readFileSync(contract, 'utf8')).toBe(before);
    const letter = join(dir, 'consumer', 'letter.txt');
    symlinkSync('letter-target.txt', letter);
    expect(knebel(['letter', contract, '--start', '2025-03-01', '--today', '2026-01-15', '--name', 'A. Kundin', '--member-id', '42', '-o', letter]).code).toBe(0);
    expect(lstatSync(letter).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'consumer', 'letter-target.txt'), 'utf8')).toMatch(/A\. Kundin/);
    expect(temporaries(join(dir, 'consumer'))).toEqual([]);
  });
});

describe('closed pipes and full disks', () => {
  const shell = (command: string) => spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });

  it('ends quietly when the reader goes away (| head)', () => {
    for (const command of ['node bin/knebel.js rules | head -1', `node bin/knebel.js check ${CONTRACT} fixtures/de/mobilfunk-fair.txt | head -1`, 'node bin/knebel.js --help | head -1']) {
      const result = shell(command);
      expect(result.stderr, command).toBe('');
      expect(result.status, command).toBe(0);
      expect(result.stdout.split('\n')).toHaveLength(2);
    }
  });

  it('a full disk on standard output is one line and exit 74, not a stack trace and exit 1', () => {
    const result = shell(`node bin/knebel.js check ${CONTRACT} > /dev/full`);
    expect(result.status).toBe(74);
    expect(result.stderr).toBe('knebel: cannot write to standard output: ENOSPC\n');
    expect(shell('node bin/knebel.js rules > /dev/full').status).toBe(74);
  });
});

describe('CI conventions', () => {
  it('compact format: file:line: severity rule-id message, one line per finding', () => {
    const result = knebel(['check', '--format', 'compact', CONTRACT, 'fixtures/de/no-such-file.txt']);
    expect(result.code).toBe(3);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^fixtures\/de\/mobilfunk-knebel\.txt:\d+: (critical|high|medium|low|info) [a-z0-9.-]+ \S.*$/);
    expect(lines.at(-1)).toMatch(/^fixtures\/de\/no-such-file\.txt: error NOT_FOUND /);
    const raw = readFileSync(join(ROOT, CONTRACT), 'latin1').split('\n');
    const renewal = lines.find((l) => l.includes(' auto-renewal ')) as string;
    expect(raw[Number(/:(\d+):/.exec(renewal)?.[1]) - 1]).toMatch(/3\.2 Der Vertrag verl/);
  });

  it('--min-severity hides milder findings from display, not from the score or --fail-on', () => {
    const all = JSON.parse(knebel(['check', '--format', 'json', CONTRACT]).stdout).documents[0];
    const shown = knebel(['check', '--format', 'json', '--min-severity', 'critical', '--fail-on', 'low', CONTRACT]);
    const doc = JSON.parse(shown.stdout).documents[0];
    expect(all.findings.some((f: { severity: string }) => f.severity !== 'critical')).toBe(true);
    expect(doc.findings.length).toBeGreaterThan(0);
    expect(doc.findings.every((f: { severity: string }) => f.severity === 'critical')).toBe(true);
    expect(doc.score).toBe(all.score);
    expect(shown.code).toBe(1);
    expect(JSON.parse(shown.stdout).policy.failures.some((f: { severity: string }) => f.severity === 'low')).toBe(true);
    expect(knebel(['check', '--min-severity', 'severe', CONTRACT]).code).toBe(2);
  });

  it('--stdin-filename names the contract read from standard input', () => {
    const text = readFileSync(join(ROOT, CONTRACT));
    const result = knebel(['check', '--format', 'sarif', '--stdin-filename', 'terms/agb.txt', '-'], { input: text });
    const sarif = JSON.parse(result.stdout);
    expect(sarif.runs[0].artifacts[0].location.uri).toBe('terms/agb.txt');
    expect(knebel(['check', '--format', 'compact', '--stdin-filename', 'terms/agb.txt', '-'], { input: text }).stdout).toMatch(/^terms\/agb\.txt:\d+: /);
    expect(knebel(['check', '--stdin-filename', 'x.txt', CONTRACT]).code).toBe(2);
  });

  it('--time-budget above what a timer holds is refused; the largest one works', () => {
    const tooLong = knebel(['check', '--time-budget', '2147484', CONTRACT]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toMatch(/at most 2147483 seconds/);
    const longest = knebel(['check', '--format', 'json', '--time-budget', '2147483', CONTRACT]);
    expect(longest.code).toBe(0);
    expect(JSON.parse(longest.stdout).documents[0].ok).toBe(true);
  });

  it('--jobs is capped by the cores and free memory, and says so', () => {
    const result = knebel(['check', '--format', 'json', '--jobs', '512', CONTRACT, 'fixtures/de/mobilfunk-fair.txt']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/--jobs 512 lowered to \d+ \((\d+ cores|\d+ MB of free memory)\)/);
    expect(JSON.parse(result.stdout).summary.documents).toBe(2);
  });
});

describe('--format jsonl', () => {
  it('writes one document per line, then the rest of the report; together they are the JSON report', () => {
    const files = [CONTRACT, 'fixtures/en/gym-fair.md', 'fixtures/de/no-such-file.txt'];
    const lines = knebel(['check', '--format', 'jsonl', '--fail-under', '50', ...files]).stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    const parsed = lines.map((line) => JSON.parse(line));
    const json = JSON.parse(knebel(['check', '--format', 'json', '--fail-under', '50', ...files]).stdout);
    expect(parsed.slice(0, 3)).toEqual(json.documents);
    const { documents, ...rest } = json;
    void documents;
    expect(parsed[3]).toEqual(rest);
  });
});

/** Child processes of `pid`, read from /proc. */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) found.push(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return found;
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const until = async (test: () => boolean, ms = 20000) => {
  for (const end = Date.now() + ms; Date.now() < end && !test(); ) await new Promise((r) => setTimeout(r, 50));
  return test();
};

describe('signals', () => {
  const batch = (() => {
    let made: string[] | undefined;
    return () => (made ??= Array.from({ length: 24 }, (_, i) => copy(`batch/contract-${String(i).padStart(2, '0')}.pdf`, 'fixtures/de/fitnessstudio-knebel.pdf')));
  })();

  /** Start a batch, wait until the first document is reported, send `signal` (to the whole group with `group`). */
  async function interrupt(signal: NodeJS.Signals, group: boolean) {
    const json = join(dir, `interrupted-${signal}-${group}.json`);
    const child = spawn(process.execPath, ['bin/knebel.js', 'check', '--format', 'jsonl', '--write', `json:${json}`, '--jobs', '2', ...batch()], { cwd: ROOT, detached: group });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(await until(() => stdout.includes('\n'), 90000)).toBe(true);
    const workers = childrenOf(child.pid as number);
    if (group) process.kill(-(child.pid as number), signal);
    else child.kill(signal);
    const code = await closed;
    return { code, stdout, stderr, report: JSON.parse(readFileSync(json, 'utf8')), workers };
  }

  for (const [signal, code, group] of [
    ['SIGINT', 130, true],
    ['SIGTERM', 143, false],
    ['SIGTERM', 143, true],
  ] as const) {
    it(`${signal}${group ? ' to the process group' : ''}: reports what finished, marks the running INTERRUPTED, exits ${code}, leaves no worker`, { timeout: 120000 }, async () => {
      const run = await interrupt(signal, group);
      expect(run.code).toBe(code);
      expect(run.report.summary.interrupted).toBe(true);
      expect(run.report.documents.length).toBeGreaterThan(0);
      expect(run.report.documents.length).toBeLessThan(24);
      expect(run.report.documents.filter((d: { ok: boolean }) => d.ok).length).toBeGreaterThan(0);
      for (const doc of run.report.documents.filter((d: { ok: boolean }) => !d.ok)) expect(doc.error.code).toBe('INTERRUPTED');
      expect(run.stderr).not.toMatch(/INTERNAL_ERROR|EPIPE|\n\s+at /);
      expect(run.stderr).toMatch(new RegExp(`interrupted \\(${signal}\\): \\d+ of 24 documents reported`));
      const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.at(-1).summary.interrupted).toBe(true);
      expect(run.workers.length).toBeGreaterThan(0);
      expect(await until(() => !run.workers.some(alive), 5000)).toBe(true);
    });
  }

  it('a text report says it was interrupted', { timeout: 120000 }, async () => {
    // the JSON lines go to standard error, where the test sees the first document finish
    const child = spawn(process.execPath, ['bin/knebel.js', 'check', '--format', 'text', '--write', 'jsonl:/dev/stderr', '--jobs', '1', ...batch()], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(await until(() => stderr.includes('{"source"'), 90000)).toBe(true);
    child.kill('SIGHUP');
    expect(await closed).toBe(129);
    expect(stdout).toMatch(/Abgebrochen: noch nicht geprüfte Dokumente fehlen|Interrupted: documents not yet analysed/);
  });

  it('a worker busy on a long document does not outlive a killed parent', { timeout: 120000 }, async () => {
    const long = join(dir, 'long.txt');
    writeFileSync(long, `${readFileSync(join(ROOT, 'fixtures/src/de/mobilfunk-knebel.txt'), 'utf8')}\n\n`.repeat(1200));
    const child = spawn(process.execPath, ['bin/knebel.js', 'check', '--max-chars', '100000000', '--time-budget', '600', long], { cwd: ROOT, stdio: 'ignore' });
    expect(await until(() => childrenOf(child.pid as number).length > 0)).toBe(true);
    const workers = childrenOf(child.pid as number);
    await new Promise((r) => setTimeout(r, 1500)); // the worker is now deep in the analysis
    child.kill('SIGKILL');
    expect(await until(() => !workers.some(alive), 5000)).toBe(true);
  });
});

describe('source lines of findings', () => {
  // one contract, hard-wrapped and hyphenated, in each text format; the lines are the file's own
  const wrapped = [
    'Nutzungsvertrag Lesezirkel Blattwerk',
    '',
    '§ 1 Gegenstand',
    '',
    'Blattwerk liefert der Kundin jede Woche eine',
    'Mappe mit Zeitschriften nach ihrer Wahl.',
    '',
    '§ 2 Laufzeit',
    '',
    'Die Mindestlaufzeit beträgt vierundzwanzig',
    'Monate ab der ersten Lieferung. Danach ver-',
    'längert sich der Vertrag automatisch um je-',
    'weils zwölf Monate, wenn er nicht recht-',
    'zeitig gekündigt wird.',
  ];
  const regionOf = (file: string, rule = 'auto-renewal') => {
    const sarif = JSON.parse(knebel(['check', '--format', 'sarif', file]).stdout);
    return sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === rule)?.locations[0].physicalLocation.region;
  };

  it('text: SARIF and GitHub point at the quoted lines of a hard-wrapped file (also with CRLF)', () => {
    const txt = join(dir, 'lines', 'wrapped.txt');
    mkdirSync(join(dir, 'lines'), { recursive: true });
    writeFileSync(txt, ['Vorwort ohne Belang.', '', ...wrapped].join('\n'));
    expect(regionOf(txt)).toMatchObject({ startLine: 13, startColumn: 33, endLine: 16, endColumn: 23 });
    const crlf = join(dir, 'lines', 'crlf.txt');
    writeFileSync(crlf, ['Vorwort ohne Belang.', '', ...wrapped].join('\r\n'));
    expect(regionOf(crlf)).toMatchObject({ startLine: 13, startColumn: 33, endLine: 16, endColumn: 23 });
    expect(knebel(['check', '--format', 'github', txt]).stdout).toMatch(/^::error file=[^,]*wrapped\.txt,line=13,col=33,endLine=16,/m);
  });

  it('Markdown: lines and columns of the source, past headings and emphasis', () => {
    const md = join(dir, 'lines', 'wrapped.md');
    writeFileSync(md, ['# Nutzungsvertrag', '', '## § 1 Gegenstand', '', '**Blattwerk** liefert jede Woche eine *Mappe*.', '', '## § 2 Laufzeit', '', ...wrapped.slice(9).map((l) => l.replace('automatisch', '**automatisch**'))].join('\n'));
    expect(regionOf(md)).toMatchObject({ startLine: 10, startColumn: 33, endLine: 13, endColumn: 23 });
  });

  it('HTML: the line of the visible element, not of hidden text with the same words', () => {
    const html = join(dir, 'lines', 'wrapped.html');
    writeFileSync(
      html,
      [
        '<!doctype html><html><head><title>Blattwerk</title></head><body>',
        '<div style="display:none">Der Vertrag verlängert sich automatisch um',
        'jeweils zwölf Monate, wenn er nicht rechtzeitig gekündigt wird.</div>',
        '<h1>Nutzungsvertrag</h1>',
        '<h2>§ 2 Laufzeit</h2>',
        '<p>Die Mindestlaufzeit beträgt vierundzwanzig',
        'Monate ab der ersten Lieferung. Danach',
        'verlängert sich der Vertrag automatisch um jeweils',
        'zwölf Monate, wenn er nicht rechtzeitig gek&uuml;ndigt wird.</p>',
        '</body></html>',
      ].join('\n'),
    );
    const region = regionOf(html);
    expect(region).toMatchObject({ startLine: 7, startColumn: 33, endLine: 9 });
  });

  it('PDF and DOCX: page and clause, and the line of `knebel text FILE`', () => {
    for (const file of ['fixtures/de/fitnessstudio-knebel.pdf', 'fixtures/en/saas-knebel.docx']) {
      const sarif = JSON.parse(knebel(['check', '--format', 'sarif', file]).stdout);
      const text = knebel(['text', file]).stdout.split('\n');
      const result = sarif.runs[0].results[0];
      const region = result.locations[0].physicalLocation.region;
      expect(result.properties.page, file).toBeGreaterThanOrEqual(1);
      // the quote starts at that line and column (and may go on over the next lines)
      const rest = text[region.startLine - 1].slice(region.startColumn - 1);
      expect(rest.startsWith(region.snippet.text) || region.snippet.text.startsWith(rest), `${file}: ${rest}`).toBe(true);
    }
  });
});
