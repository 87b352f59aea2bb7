import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with the screenshot script
import { dropFiles, findChromium, launchBrowser, startServe } from '../scripts/lib/browser.mjs';
import { knebel, knebelJson, ROOT } from './helpers.js';
import { textImage } from './ocr-helpers.js';

/**
 * `knebel serve` in Debian's chromium, driven by playwright-core: what a consumer does on the page
 * gives what the CLI gives. Without chromium the tests are skipped with a reason, except in CI,
 * where .ci/run installs it and its absence fails.
 */
const CHROMIUM: string | null = findChromium();
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
if (!CHROMIUM && !IN_CI) console.log('test/serve-browser.test.ts skipped: no chromium found at /usr/bin/chromium (apt-get install chromium, or set KNEBEL_CHROMIUM)');

const TODAY = '2025-06-01';
const fixture = (path: string) => ({ name: path.split('/').pop() as string, type: '', bytes: readFileSync(join(ROOT, path)) });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.runIf(IN_CI)('browser tests under CI', () => {
  it('find chromium (installed by .ci/run)', () => {
    expect(CHROMIUM, 'chromium is missing: .ci/run must install it').not.toBeNull();
  });
});

describe.skipIf(!CHROMIUM)('knebel serve in chromium', () => {
  let served: { url: string; stop(): Promise<number> };
  let browser: { context: BrowserContext; close(): Promise<void> };
  const requested: string[] = [];
  const leaked: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    served = await startServe(['--today', TODAY]);
    browser = await launchBrowser(CHROMIUM);
    // every request the pages make: anything not to 127.0.0.1 is recorded and stopped
    await browser.context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      requested.push(url.href);
      if (url.hostname === '127.0.0.1') return route.continue();
      leaked.push(url.href);
      return route.abort();
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (served) expect(await served.stop()).toBe(0);
  });

  async function open(): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(served.url);
    return page;
  }

  const waitForResult = (page: Page, timeout = 120_000) => page.waitForSelector('[data-testid="score"], #error:not([hidden])', { timeout });

  async function downloaded(page: Page, selector: string): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    return readFileSync((await download.path()) as string);
  }

  async function axeSerious(page: Page): Promise<string[]> {
    await page.evaluate(axeSource);
    type AxeResult = { passes: unknown[]; violations: { id: string; impact: string; nodes: unknown[] }[] };
    const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run());
    // axe really ran: it checked rules (colour contrast, labels, names…) and some passed
    expect(result.passes.length).toBeGreaterThan(10);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} elements)`);
  }

  it('a German PDF dropped: the CLI score, verdict, findings, highlighted clauses and deadline', async () => {
    const page = await open();
    await dropFiles(page, '#drop', [fixture('fixtures/de/fitnessstudio-knebel.pdf')]);
    await waitForResult(page);
    const cli = knebelJson(['--today', TODAY, 'fixtures/de/fitnessstudio-knebel.pdf']).report.documents[0];
    expect(await page.textContent('[data-testid="score"]')).toBe(String(cli.score));
    expect(await page.textContent('.answer .verdict')).toContain(cli.answer.verdict);
    const ruleIds = await page.locator('[data-testid="finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')));
    const active = cli.findings.filter((f: { suppressed?: unknown }) => !f.suppressed).map((f: { ruleId: string }) => f.ruleId);
    expect(ruleIds.sort()).toEqual(active.sort());
    const first = page.locator('[data-testid="finding"]').first();
    for (const part of ['Warum', 'Rechtsgrundlage', 'Fairere Formulierung']) await expect(first.textContent()).resolves.toMatch(new RegExp(part.slice(0, 6)));
    expect(await page.locator('#text mark').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('[data-testid="notice-deadline"]', 'datetime')).toBe(cli.answer.noticeDeadline);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await axeSerious(page)).toEqual([]);
    await page.close();
  });

  it('start date entered: the deadline appears, as knebel deadline --start computes it; letter and calendar download', async () => {
    const page = await open();
    await dropFiles(page, '#drop', [fixture('fixtures/de/mobilfunk-knebel.txt')]);
    await waitForResult(page);
    expect(await page.isVisible('input[name="start"][type="date"]')).toBe(true);
    expect(await page.locator('[data-testid="notice-deadline"]').count()).toBe(0);
    await page.fill('input[name="start"]', '2025-03-01');
    await page.waitForSelector('[data-testid="notice-deadline"]');
    const cli = JSON.parse(knebel(['deadline', 'fixtures/de/mobilfunk-knebel.txt', '--start', '2025-03-01', '--today', TODAY, '--format', 'json']).stdout);
    expect(await page.getAttribute('[data-testid="notice-deadline"]', 'datetime')).toBe(cli.noticeDeadline);

    await page.fill('#name', 'Erika Beispiel');
    expect((await downloaded(page, '#letter-pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const letter = (await downloaded(page, '#letter-text')).toString('utf8');
    expect(letter).toContain('Erika Beispiel');
    expect(letter).toMatch(/Kündigung/);
    const ics = (await downloaded(page, '#ics')).toString('utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.summary).toBeTruthy();
    expect(event.startDate.toString() <= cli.noticeDeadline).toBe(true);
    expect(ics).toContain(cli.noticeDeadline.replace(/-/g, ''));
    const mail = (await page.getAttribute('#mail', 'href')) as string;
    expect(mail).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(mail)).toContain('Erika Beispiel');
    const report = JSON.parse((await downloaded(page, '#report-json')).toString('utf8'));
    expect(report.documents[0].deadline.noticeDeadline).toBe(cli.noticeDeadline);
    expect((await downloaded(page, '#report-html')).toString('utf8')).toMatch(/^<!doctype html>/);

    // the switch: the same contract and start date, the answer and the page in English
    await page.click('[data-lang="en"]');
    await page.waitForFunction(() => /notice must arrive by/.test(document.querySelector('.answer')?.textContent ?? ''));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('[data-testid="notice-deadline"]', 'datetime')).toBe(cli.noticeDeadline);
    expect(await page.textContent('#actions-title')).toBe('Get out');
    await page.close();
  });

  it('two photos become the pages of one contract, with OCR progress per page', async () => {
    const page = await open();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const status = document.getElementById('status-text') as HTMLElement;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const second = await textImage(['§ 8 Ruhezeit und Preise', 'Die Ruhezeit wird an das Ende der Laufzeit', 'angehängt und verlängert den Vertrag.', 'Der Anbieter kann die Beiträge nach billigem', 'Ermessen jederzeit erhöhen.']);
    await page.setInputFiles('#files', [
      { name: 'seite-1.jpg', mimeType: 'image/jpeg', buffer: readFileSync(join(ROOT, 'fixtures/scans/de/fitnessstudio-knebel-photo-p1.jpg')) },
      { name: 'seite-2.png', mimeType: 'image/png', buffer: second },
    ]);
    await waitForResult(page, 280_000);
    expect(await page.textContent('#result-title')).toBe('seite-1.jpg + seite-2.png');
    expect(await page.textContent('#text')).toMatch(/Seite 2/);
    const pause = page.locator('[data-testid="finding"][data-rule-id="pause-extends-term"]');
    expect(await pause.count()).toBeGreaterThan(0);
    expect(await page.locator('.finding', { has: pause }).first().textContent()).toMatch(/Seite 2/);
    expect(await page.locator('[data-testid="finding"][data-rule-id="minimum-term"]').count()).toBeGreaterThan(0);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.join('\n')).toMatch(/Seite 2 von 2|page 2 of 2/);
    await page.close();
  }, 300_000);

  it('a text that is not a contract: the NOT_A_CONTRACT message', async () => {
    const page = await open();
    await page.fill('#paste', readFileSync(join(ROOT, 'fixtures/not-a-contract/rezept-de.txt'), 'utf8'));
    await page.click('#check-text');
    await waitForResult(page);
    expect(await page.textContent('#error')).toMatch(/NOT_A_CONTRACT/);
    expect(await page.isHidden('#result')).toBe(true);
    await page.close();
  });

  it('a broken file: its one-line error, as the CLI gives it', async () => {
    const page = await open();
    await dropFiles(page, '#drop', [fixture('fixtures/bad/truncated.pdf')]);
    await waitForResult(page);
    const cli = knebelJson(['fixtures/bad/truncated.pdf']).report.documents[0];
    const shown = (await page.textContent('#error')) as string;
    expect(shown).toContain(`${cli.error.message} [${cli.error.code}]`);
    expect(shown).not.toMatch(/\n|\bat \S+:\d+/);
    await page.close();
  });

  it('works by keyboard alone: tab to the text box, check it, reach every action', async () => {
    const page = await open();
    const focused = () => page.evaluate(() => document.activeElement?.id || (document.activeElement as HTMLElement | null)?.dataset.lang || '');
    const visited: string[] = [];
    for (let i = 0; i < 8 && (await focused()) !== 'paste'; i++) {
      await page.keyboard.press('Tab');
      visited.push(await focused());
    }
    expect(visited).toEqual(expect.arrayContaining(['de', 'en', 'files', 'paste']));
    await page.keyboard.insertText(readFileSync(join(ROOT, 'fixtures/en/gym-fair.md'), 'utf8'));
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('check-text');
    await page.keyboard.press('Enter');
    await waitForResult(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await focused()).toBe('result-title');
    const reached: string[] = [];
    for (let i = 0; i < 30 && (await focused()) !== 'name'; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    await page.keyboard.type('Sam Example');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
      if ((await focused()) === 'letter-text') break;
    }
    expect(reached).toEqual(expect.arrayContaining(['again', 'name', 'letter-pdf', 'letter-text']));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(readFileSync((await download.path()) as string, 'utf8')).toContain('Sam Example');
    expect(await axeSerious(page)).toEqual([]);
    await page.close();
  });

  it('the empty page passes axe-core without serious violations, in both languages', async () => {
    const page = await open();
    expect(await axeSerious(page)).toEqual([]);
    await page.click('[data-lang="en"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('.privacy')).toMatch(/Nothing leaves your computer/);
    expect(await axeSerious(page)).toEqual([]);
    await page.close();
  });

  it("the CLI's HTML report passes axe-core too (colour contrast of badges and grades), in both languages", async () => {
    for (const file of ['fixtures/de/mobilfunk-knebel.txt', 'fixtures/en/streaming-terms-knebel.html']) {
      const { code, stdout } = knebel(['check', file, '--format', 'html', '--fail-under', '0']);
      expect(code, file).toBe(0);
      const page = await browser.context.newPage();
      await page.setContent(stdout);
      expect(await page.locator('.badge.sev-critical, .badge.sev-medium').count(), file).toBeGreaterThan(0);
      expect(await axeSerious(page), file).toEqual([]);
      await page.close();
    }
  });

  it('no request left 127.0.0.1, and no script error', () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(leaked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
