// README's screenshots of `knebel serve` (desktop and a 390-pixel phone), refreshed with
// `npm run screenshots`: the real CLI serves the page, Debian's chromium shows a fixture contract.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dropFiles, findChromium, launchBrowser, startServe } from './lib/browser.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = `${ROOT}docs/img/`;
/** A fixed "today", so the dates in the pictures do not move. */
const TODAY = '2025-06-01';
const CONTRACT = 'fixtures/de/fitnessstudio-knebel.pdf';
const SIZES = [
  { name: 'serve-desktop.png', width: 1280, height: 1000 },
  { name: 'serve-phone.png', width: 390, height: 844 },
];

const chromium = findChromium();
if (!chromium) {
  console.error('screenshots: no chromium found (apt-get install chromium, or set KNEBEL_CHROMIUM)');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const served = await startServe(['--today', TODAY]);
const browser = await launchBrowser(chromium, { viewport: { width: SIZES[0].width, height: SIZES[0].height } });
try {
  const page = await browser.context.newPage();
  await page.goto(served.url);
  await dropFiles(page, '#drop', [{ name: CONTRACT.split('/').pop(), type: 'application/pdf', bytes: readFileSync(`${ROOT}${CONTRACT}`) }]);
  await page.waitForSelector('[data-testid="score"]', { timeout: 120_000 });
  // the answer at the top, as a reader sees it first (not the focus ring of the result's title)
  await page.evaluate(() => document.activeElement?.blur());
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}${size.name}` });
    console.log(`docs/img/${size.name}`);
  }
} finally {
  await browser.close();
  await served.stop();
}
