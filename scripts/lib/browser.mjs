// Drive Debian's chromium with playwright-core (no browser download) against a `knebel serve`
// started through the real CLI: shared by the browser tests and `npm run screenshots`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where Debian (and most Linux systems) put chromium; KNEBEL_CHROMIUM overrides. */
export function findChromium(env = process.env) {
  const candidates = [env.KNEBEL_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** The flags of a quiet, offline, throw-away browser: no sandbox (CI runs as root), no update or sync traffic. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser context with a fresh profile folder (removed by `close`). */
export async function launchBrowser(executablePath, options = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'knebel-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, acceptDownloads: true, ...options });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Start `knebel serve --port 0 --no-open` through the real CLI; resolves with its printed URL. */
export function startServe(args = []) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/knebel.js'), 'serve', '--port', '0', '--no-open', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve({ url: line, child, stderr: () => stderr, stop: () => stopServe(child) });
    });
    child.once('exit', (code) => reject(new Error(`knebel serve ended (${code}) before printing its URL: ${stderr}`)));
  });
}

/** Ctrl-C, as a user would; resolves with the exit code. */
export function stopServe(child) {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

/** Drop files on an element as a user dragging them from the desktop would. */
export async function dropFiles(page, selector, files) {
  const payload = files.map((f) => ({ name: f.name, type: f.type, data: Buffer.from(f.bytes).toString('base64') }));
  const transfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const item of items) dt.items.add(new File([Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0))], item.name, { type: item.type }));
    return dt;
  }, payload);
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}
