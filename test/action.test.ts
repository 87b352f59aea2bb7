import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';

interface Step {
  id?: string;
  name: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};
const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const check = action.runs.steps.find((s) => s.id === 'check') as Step;

/** Run the action's analysis step as the runner would: bash -e, inputs in env, the repository as the action path. */
function runStep(inputs: Record<string, string>, cwd = ROOT) {
  const dir = mkdtempSync(join(tmpdir(), 'knebel-action-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = { ...(process.env as Record<string, string>), GITHUB_ACTION_PATH: ROOT, RUNNER_TEMP: dir, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  for (const [key, expression] of Object.entries(check.env ?? {})) {
    const name = /inputs\.([\w-]+)/.exec(expression)?.[1] as string;
    env[key] = inputs[name] ?? action.inputs[name].default ?? '';
  }
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', check.run as string], { cwd, env, encoding: 'utf8', timeout: 120000 });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(summary, 'utf8') };
}

describe('GitHub Action (action.yml)', () => {
  it('is a composite action that installs and runs the local package', () => {
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps;
    expect(steps.find((s) => s.name === 'Install knebel')?.run).toMatch(/^npm ci/);
    expect(check.run).toContain('node "$GITHUB_ACTION_PATH/bin/knebel.js"');
    expect(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(steps.some((s) => s.uses?.startsWith('actions/github-script@'))).toBe(true);
    expect(steps.at(-1)?.if).toBe('always()');
  });

  it('references only inputs it declares and step outputs the analysis writes', () => {
    for (const [, name] of text.matchAll(/inputs\.([\w-]+)/g)) expect(action.inputs, name).toHaveProperty(name);
    const written = new Set([...(check.run as string).matchAll(/echo "([\w-]+)=/g)].map((m) => m[1]));
    for (const [, name] of text.matchAll(/steps\.check\.outputs\.([\w-]+)/g)) expect(written, name).toContain(name);
    // inputs reach the shell through the environment only, never spliced into the script
    expect(check.run).not.toMatch(/\$\{\{/);
  });

  it('analyses, writes the reports and the job summary, and hands on the exit code', () => {
    const failing = runStep({ paths: 'fixtures/de/mobilfunk-knebel.txt\nfixtures/en/gym-fair.md', 'fail-under': '50' });
    expect(failing.status).toBe(0); // the step itself passes, so SARIF upload and the comment still run
    expect(failing.outputs['exit-code']).toBe('1');
    expect(failing.outputs['has-reports']).toBe('true');
    expect(failing.stdout).toMatch(/^::error file=fixtures\/de\/mobilfunk-knebel\.txt,line=\d+/m);
    expect(JSON.parse(readFileSync(failing.outputs.sarif, 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(failing.outputs.json, 'utf8')).policy.passed).toBe(false);
    expect(failing.summary).toMatch(/^<!-- knebel-report -->/);

    const passing = runStep({ paths: 'fixtures/en/gym-fair.md', 'fail-on': 'high', args: '--locale en' });
    expect(passing.outputs['exit-code']).toBe('0');
    expect(passing.summary).toContain('Policy passed');

    const usage = runStep({ paths: 'fixtures/en/gym-fair.md', 'fail-on': 'severe' });
    expect(usage.outputs['exit-code']).toBe('2');
    expect(usage.outputs['has-reports']).toBe('false');
  });

  it('takes args as shell words: a quoted glob excludes the drafts (issue 15)', () => {
    const work = mkdtempSync(join(tmpdir(), 'knebel-action-args-'));
    mkdirSync(join(work, 'contracts', 'drafts'), { recursive: true });
    copyFileSync(join(ROOT, 'fixtures/en/gym-fair.md'), join(work, 'contracts', 'gym.md'));
    copyFileSync(join(ROOT, 'fixtures/de/mobilfunk-knebel.txt'), join(work, 'contracts', 'drafts', 'draft.txt'));
    const sources = (args: string) => {
      const run = runStep({ paths: 'contracts', args }, work);
      expect(run.outputs['exit-code'], `${args}\n${run.stderr}`).toBe('0');
      return JSON.parse(readFileSync(run.outputs.json, 'utf8')).documents.map((d: { source: string }) => d.source);
    };
    expect(sources('--exclude "**/drafts/**" --locale en')).toEqual(['contracts/gym.md']);
    expect(sources("--exclude '**/drafts/**'")).toEqual(['contracts/gym.md']);
    expect(sources('--exclude\n**/drafts/**\n--locale\nen')).toEqual(['contracts/gym.md']); // one per line
    const broken = runStep({ paths: 'contracts', args: '--exclude "**/drafts/**' }, work);
    expect(broken.outputs['exit-code']).toBe('2');
    expect(broken.stderr).toMatch(/unterminated double quote/);
  });
});
