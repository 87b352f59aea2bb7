#!/usr/bin/env node
// Refactoring guard (issue 14): dump the JSON reports of every fixture (and, with --bench, of the
// bench corpus) made by one built copy of knebel into a folder, so that two builds can be compared
// with `diff -r`. Reports carry no timings, so two identical pipelines give identical folders.
//
//   node scripts/same-reports.mjs <package root> <output folder> [--bench <corpus folder>] [--scans]
//
// The package root is a folder with bin/, dist/, rules/, models/ and node_modules (a worktree, or a
// copy of one made before a change). Every run uses the same --today, so the dates do not move.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { bench: { type: 'string' }, scans: { type: 'boolean', default: false } },
});
const [pkg, out] = positionals.map((p) => path.resolve(p));
if (!pkg || !out) {
  console.error('usage: same-reports.mjs <package root> <output folder> [--bench <corpus>] [--scans]');
  process.exit(2);
}
const BIN = path.join(pkg, 'bin', 'knebel.js');
const TODAY = ['--today', '2026-03-02'];
const fx = (p) => path.join(ROOT, 'fixtures', p);
fs.mkdirSync(out, { recursive: true });

/** One CLI run; the output file holds stdout, then the exit code and stderr, so all three compare. */
function run(name, args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, cwd: ROOT });
  fs.writeFileSync(path.join(out, `${name}.out`), `${r.stdout}\n--- exit ${r.status}\n--- stderr\n${r.stderr}`);
  console.error(`${name}: exit ${r.status}`);
}

const check = ['check', '--format', 'json', '--no-config', '--jobs', '2', ...TODAY];
for (const dir of ['de', 'en', 'real-style', 'not-a-contract', 'bad']) run(`check-${dir}`, [...check, fx(dir)]);
if (values.scans) run('check-scans', [...check, fx('scans')]);
run('check-brief', ['check', '--brief', '--no-config', '--no-color', ...TODAY, fx('de/mobilfunk-knebel.txt')]);
run('check-text', ['check', '--verbose', '--no-config', '--no-color', ...TODAY, fx('en/gym-knebel.pdf')]);
run('check-sarif', ['check', '--format', 'sarif', '--no-config', ...TODAY, fx('de/mobilfunk-knebel.txt')]);
run('check-date', ['check', '--format', 'json', '--no-config', '--contract-date', '2025-02-03', ...TODAY, fx('de/mobilfunk-knebel.txt')]);
run('diff-json', ['diff', '--format', 'json', '--no-config', fx('de/mobilfunk-fair.txt'), fx('de/mobilfunk-knebel.txt')]);
run('diff-text', ['diff', '--no-config', '--no-color', fx('en/saas-fair.docx'), fx('en/saas-knebel.docx')]);
run('deadline-json', ['deadline', '--format', 'json', ...TODAY, fx('de'), fx('en')]);
run('deadline-ics', ['deadline', '--ics', '-', ...TODAY, fx('de/mobilfunk-knebel.txt')]);
run('letter', ['letter', '--name', 'Erika Beispiel', ...TODAY, fx('de/fitnessstudio-knebel.pdf')]);
run('text', ['text', fx('en/saas-knebel.docx')]);
if (values.bench) {
  for (const sub of fs.readdirSync(values.bench).sort()) run(`bench-${sub}`, [...check, path.join(values.bench, sub)]);
}
