import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** The ```js blocks of README's "Library" section, as written. */
function libraryExamples(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Library'), readme.indexOf('\n## ', readme.indexOf('\n## Library') + 5));
  return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('README library examples', () => {
  const examples = libraryExamples();

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  // each runs as written, in a folder with a contract.pdf, with 'knebel' being this build
  it.each(examples.map((code, i) => [i, code]))('example %i runs', (_i, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'knebel-readme-'));
    copyFileSync(join(ROOT, 'fixtures/de/fitnessstudio-knebel.pdf'), join(dir, 'contract.pdf'));
    const source = (code as string).replace("from 'knebel'", `from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/index.js')).href)}`);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: dir, encoding: 'utf8', timeout: 110_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
  });
});
