import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, resolveSettings } from '../dist/index.js';
import { analysisSettings } from '../dist/settings/analysis.js';
import { knebel, knebelJson } from './helpers.js';

describe('settings resolved once', () => {
  it('takes its defaults from the limit constants and lets flags win over the config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knebel-settings-'));
    const config = join(dir, 'knebel.config.json');
    writeFileSync(config, '{ "jurisdiction": "at", "locale": "de", "disabledRules": ["fees-acceleration"], "failOn": "high", "model": false }');
    const settings = resolveSettings({ config, jurisdiction: 'de', disableRule: ['fees-acceleration', 'minimum-term'] }, dir);
    expect(settings.analysis).toMatchObject({ jurisdiction: 'de', locale: 'de', model: false, maxBytes: 100 * 1024 * 1024, maxPages: 1000, maxChars: 5_000_000, maxUnzippedBytes: 200 * 1024 * 1024 });
    expect(settings.run).toEqual({ timeBudgetMs: 60_000, workerMemoryMb: 1536 });
    expect(settings.failOn).toBe('high');
    expect(settings.selection.disabled).toEqual(['fees-acceleration', 'minimum-term']);
    expect(settings.rules.some((r) => r.id === 'fees-acceleration' || r.id === 'minimum-term')).toBe(false);
    expect(analysisSettings({ maxPages: 3 }).maxPages).toBe(3);
  });

  it('check() carries analysis, suppressions, answer, catalog and policy, as the CLI does', async () => {
    const file = 'fixtures/de/mobilfunk-knebel.txt';
    const settings = resolveSettings({ jurisdiction: 'de', failOn: 'high', config: false, jobs: 1, today: '2026-03-02' });
    const report = await check([file], settings);
    const cli = knebelJson(['--no-config', '-j', 'de', '--fail-on', 'high', '--jobs', '1', '--today', '2026-03-02', file]).report;
    expect(JSON.parse(JSON.stringify(report))).toEqual(cli);
    expect(report.policy?.passed).toBe(false);
  });

  it('refuses an impossible date in every command alike', () => {
    for (const args of [
      ['check', '--contract-date', '2025-02-30', 'fixtures/en/gym-fair.md'],
      ['deadline', '--contract-date', '2025-02-30', 'fixtures/en/gym-fair.md'],
      ['diff', '--contract-date', '2025-02-30', 'fixtures/en/gym-fair.md', 'fixtures/en/gym-fair.md'],
      ['check', '--today', '2025-13-01', 'fixtures/en/gym-fair.md'],
    ]) {
      const result = knebel(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/expected a calendar date as YYYY-MM-DD/);
    }
  });

  it('gives every command that reads a contract the same reading options', () => {
    const reading = ['--password', '--ocr', '--max-pixels', '--time-budget', '--max-bytes', '--max-pages', '--max-chars', '--max-unzipped-bytes', '--max-memory'];
    for (const command of ['check', 'diff', 'text', 'deadline', 'letter']) {
      const help = knebel([command, '--help']).stdout;
      for (const option of reading) expect(help, `${command} ${option}`).toContain(option);
    }
  });
});
