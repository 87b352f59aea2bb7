import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knebel, ROOT } from './helpers.js';

/**
 * Golden files: every output format on real fixtures, through the real CLI. The tool version and
 * absolute paths are replaced by placeholders so the files survive releases and checkouts.
 * After an intended change (a rule, a message, a format), rewrite them and review the diff:
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
 */
const GOLDEN = join(ROOT, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const FORMATS = { json: 'json', sarif: 'sarif', markdown: 'md', github: 'txt', html: 'html' } as const;

function normalize(text: string, scratch: string): string {
  const root = ROOT.replace(/\/$/, '');
  return text
    .replaceAll(scratch, '@TMP@')
    .replaceAll(root, '@ROOT@')
    .replaceAll(`"version": "${VERSION}"`, '"version": "@VERSION@"')
    .replaceAll(`"semanticVersion": "${VERSION}"`, '"semanticVersion": "@VERSION@"')
    .replaceAll(`knebel ${VERSION}`, 'knebel @VERSION@');
}

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (actual !== expected) {
    // show a readable diff, and say how to accept an intended change
    expect(actual, `test/golden/${name} differs: if the change is intended, run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts and review the diff`).toBe(expected);
  }
}

interface Case {
  name: string;
  args: string[];
  code: number;
}

const CASES: Case[] = [
  // --today: the answer's cancellation dates depend on the day
  { name: 'de-gym-pdf', args: ['--today', '2025-06-01', 'fixtures/de/fitnessstudio-knebel.pdf'], code: 0 },
  { name: 'en-saas-docx', args: ['--today', '2025-06-01', 'fixtures/en/saas-knebel.docx'], code: 0 },
  {
    name: 'batch',
    args: ['--fail-under', '50', '--locale', 'en', '--today', '2025-06-01', 'fixtures/de/mobilfunk-knebel.txt', 'fixtures/en/streaming-terms-knebel.html', 'fixtures/en/gym-fair.md', 'fixtures/bad/empty.txt'],
    code: 3,
  },
];

const scratch = mkdtempSync(join(tmpdir(), 'knebel-golden-'));
const sarifFiles: string[] = [];

describe('golden files of knebel check', () => {
  for (const c of CASES) {
    it(`${c.name}: text, json, sarif, markdown, github, html`, () => {
      const writes = Object.entries(FORMATS).flatMap(([format, ext]) => ['--write', `${format}:${join(scratch, `${c.name}.${ext}`)}`]);
      const result = knebel(['check', ...writes, ...c.args]);
      expect(result.code).toBe(c.code);
      golden(`${c.name}.text.txt`, normalize(result.stdout, scratch));
      for (const [format, ext] of Object.entries(FORMATS)) {
        const output = readFileSync(join(scratch, `${c.name}.${ext}`), 'utf8');
        golden(`${c.name}.${format}.${ext}`, normalize(output, scratch));
      }
      sarifFiles.push(join(scratch, `${c.name}.sarif`));
    });
  }
});

describe('golden files of knebel diff', () => {
  it('fair → trap mobile contract: text, json, markdown', () => {
    for (const [format, ext] of [['text', 'txt'], ['json', 'json'], ['markdown', 'md']]) {
      const result = knebel(['diff', '--format', format, 'fixtures/de/mobilfunk-fair.txt', 'fixtures/de/mobilfunk-knebel.txt']);
      expect(result.code).toBe(1);
      golden(`diff-mobilfunk.${format}.${ext}`, normalize(result.stdout, scratch));
    }
  });
});

/** Microsoft's SARIF multitool (npm @microsoft/sarif-multitool, a self-contained .NET binary per platform). */
function multitool(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dir = join(require.resolve('@microsoft/sarif-multitool/package.json'), '..', '..', `sarif-multitool-${process.platform}`);
    const binary = join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
    try {
      accessSync(binary, constants.X_OK);
    } catch {
      // npm ci unpacks the binary without its execute bit (the package has no install script to set it)
      chmodSync(binary, 0o755);
    }
    const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 60000 });
    return probe.status === 0 ? binary : undefined;
  } catch {
    return undefined;
  }
}

const validator = multitool();
if (!validator) {
  console.warn('SKIPPED: Microsoft SARIF multitool cannot run on this platform; the SARIF output was not validated');
}

// Skipped only where the validator's self-contained binary cannot run (an unsupported platform); npm ci installs it here.
describe('SARIF validation', () => {
  it.skipIf(!validator)("passes Microsoft's SARIF validator (sarif-multitool validate): no errors, no warnings", () => {
    for (const c of CASES) {
      const file = join(scratch, `${c.name}.sarif`);
      if (!existsSync(file)) knebel(['check', '--format', 'sarif', '--output', file, ...c.args]); // when run alone (-t)
      if (!sarifFiles.includes(file)) sarifFiles.push(file);
    }
    const out = join(scratch, 'validation.sarif');
    const run = spawnSync(validator as string, ['validate', ...sarifFiles, '--output', out, '--log', 'ForceOverwrite', '--level', 'Error;Warning'], {
      encoding: 'utf8',
      timeout: 120000,
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    const problems = (log.runs[0].results ?? []).map(
      (r: { level: string; ruleId: string; message: { arguments?: string[] }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        `${r.level} ${r.ruleId} ${r.locations?.[0]?.physicalLocation.artifactLocation.uri ?? ''} ${(r.message.arguments ?? []).join(' | ')}`,
    );
    expect(problems).toEqual([]);
    // the validator really ran over each file
    expect(log.runs[0].artifacts?.length ?? sarifFiles.length).toBeGreaterThanOrEqual(sarifFiles.length);
  });

  it.skipIf(!validator)('and that validator does fail a malformed log (so a broken formatter fails the build)', () => {
    const bad = join(scratch, 'broken.sarif');
    writeFileSync(bad, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', message: {} }] }] }));
    const out = join(scratch, 'broken-validation.sarif');
    spawnSync(validator as string, ['validate', bad, '--output', out, '--log', 'ForceOverwrite', '--level', 'Error;Warning'], { encoding: 'utf8', timeout: 120000 });
    const results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results ?? [];
    expect(results.filter((r: { level?: string }) => (r.level ?? 'warning') === 'error').length).toBeGreaterThanOrEqual(2);
  });
});
