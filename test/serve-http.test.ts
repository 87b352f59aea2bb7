import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with the screenshot script
import { startServe } from '../scripts/lib/browser.mjs';
import { knebelJson, ROOT } from './helpers.js';

/** `knebel serve` over plain HTTP: the token, the Host check, the limits, and the same answer as the CLI. */
interface Served {
  url: string;
  child: import('node:child_process').ChildProcess;
  stop(): Promise<number>;
  stderr(): string;
}

/** A raw request, so that Host and Origin can be set freely (fetch does not allow them). */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const filesHeader = (files: { name: string; size: number }[]) => encodeURIComponent(JSON.stringify(files));

describe('knebel serve over HTTP', () => {
  let served: Served;
  let origin: string;
  beforeAll(async () => {
    served = await startServe(['--today', '2025-06-01', '--max-upload', '1']);
    origin = new URL(served.url).origin;
  });
  afterAll(async () => {
    if (served) await served.stop();
  });

  it('prints its address first: 127.0.0.1, a free port, a random token', () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]{32}\/$/);
  });

  it('refuses requests without the token or with a wrong one', async () => {
    const token = new URL(served.url).pathname.split('/')[1];
    expect((await raw(`${origin}/`)).status).toBe(403);
    expect((await raw(`${origin}/app.js`)).status).toBe(403);
    expect((await raw(`${origin}/${token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))}/`)).status).toBe(403);
    expect((await raw(`${origin}/${token}x/api/analyze`, { method: 'POST' })).status).toBe(403);
    expect((await raw(served.url)).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const port = new URL(served.url).port;
    const foreign = await raw(served.url, { headers: { Host: `attacker.example:${port}` } });
    expect(foreign.status).toBe(421);
    expect(foreign.body).not.toMatch(/<html/);
    expect((await raw(served.url, { headers: { Host: '127.0.0.1:1' } })).status).toBe(421);
    expect((await raw(served.url, { headers: { Host: `localhost:${port}` } })).status).toBe(200);
    const body = Buffer.from('Der Vertrag läuft 24 Monate.');
    const cross = await raw(`${served.url}api/analyze`, { method: 'POST', body, headers: { Origin: 'https://attacker.example', 'x-knebel-files': filesHeader([{ name: 'a.txt', size: body.length }]) } });
    expect(cross.status).toBe(403);
  });

  it('serves a small page with a strict Content-Security-Policy and no external resource', async () => {
    const page = await raw(served.url);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const assets = await Promise.all(['app.js', 'style.css'].map((name) => raw(`${served.url}${name}`)));
    const all = [page, ...assets].map((r) => r.body).join('');
    // the page, its script and its style together
    expect(Buffer.byteLength(all)).toBeLessThan(200 * 1024);
    expect(all).not.toMatch(/(src|href|url)\s*[=(]\s*["']?(https?:)?\/\//i);
    expect(page.body).toMatch(/Nothing leaves your computer|Nichts verlässt Ihren Computer/);
    for (const r of [page, ...assets]) expect(r.headers['cache-control']).toBe('no-store');
  });

  it('refuses an upload over --max-upload with 413, and a malformed one with 400', async () => {
    const big = Buffer.alloc(1024 * 1024 + 10, 65);
    const tooBig = await raw(`${served.url}api/analyze`, { method: 'POST', body: big, headers: { 'x-knebel-files': filesHeader([{ name: 'big.txt', size: big.length }]) } });
    expect(tooBig.status).toBe(413);
    const wrong = await raw(`${served.url}api/analyze`, { method: 'POST', body: Buffer.from('abc'), headers: { 'x-knebel-files': filesHeader([{ name: 'a.txt', size: 5 }]) } });
    expect(wrong.status).toBe(400);
  });

  it('analyses an upload with the same score, findings and dates as knebel check', async () => {
    const file = join(ROOT, 'fixtures/de/fitnessstudio-knebel.pdf');
    const bytes = readFileSync(file);
    const res = await raw(`${served.url}api/analyze`, { method: 'POST', body: bytes, headers: { 'x-knebel-files': filesHeader([{ name: 'fitnessstudio-knebel.pdf', size: bytes.length }]) } });
    expect(res.status).toBe(200);
    const lines = res.body.trim().split('\n').map((l) => JSON.parse(l));
    const { view } = lines.at(-1);
    const cli = knebelJson(['--today', '2025-06-01', 'fixtures/de/fitnessstudio-knebel.pdf']).report.documents[0];
    expect(view.score).toBe(cli.score);
    expect(view.grade).toBe(cli.grade);
    expect(view.noticeDeadline).toBe(cli.answer.noticeDeadline);
    expect(view.html.findings.match(/data-testid="finding"/g)).toHaveLength(cli.findings.filter((f: { suppressed?: unknown }) => !f.suppressed).length);
    expect(view.html.head).toContain(`<span data-testid="score">${cli.score}</span>`);
  });

  it('stops cleanly on Ctrl-C', async () => {
    const other = (await startServe()) as Served;
    expect(await other.stop()).toBe(0);
    expect(other.stderr()).toMatch(/nothing leaves this computer[\s\S]*stopped/);
  });
});

describe('knebel serve opens the default browser', () => {
  /** Run serve without --no-open under PATH=`path`; resolves with its URL and stderr once the opener had its chance. */
  async function serveWith(path: string): Promise<{ url: string; stderr: string; code: number | null }> {
    const child = spawn(process.execPath, ['bin/knebel.js', 'serve', '--port', '0'], { cwd: ROOT, env: { ...process.env, PATH: path } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    for (let i = 0; i < 100 && !(stdout.includes('\n') && /Ctrl-C/.test(stderr)); i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGINT');
    });
    return { url: stdout.split('\n')[0], stderr, code };
  }

  it('with the system opener (xdg-open on Linux), given the printed URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'knebel-open-'));
    try {
      const log = join(dir, 'opened.txt');
      writeFileSync(join(dir, 'xdg-open'), `#!/bin/sh\necho "$1" > '${log}'\n`);
      chmodSync(join(dir, 'xdg-open'), 0o755);
      const { url, code } = await serveWith(dir);
      expect(code).toBe(0);
      expect(readFileSync(log, 'utf8').trim()).toBe(url);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('and never fails when there is none: the printed address is the way in', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'knebel-noopen-'));
    try {
      const { url, stderr, code } = await serveWith(empty);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      expect(stderr).toMatch(/no browser could be opened/);
      expect(code).toBe(0);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
