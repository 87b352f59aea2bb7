import { execFile, spawn } from 'node:child_process';
import { InputError } from '../errors.js';
import type { OcrEngine } from './engine.js';
import { checkLanguages } from './engine.js';
import { toPgm, type GrayImage } from './gray.js';
import { linesToPage, type OcrLine } from './page-text.js';

/** Run the `tesseract` program with the image on stdin; resolves with what it printed. */
function run(args: string[], input: Buffer | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('tesseract', args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-2000);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(err.trim().split('\n').pop() ?? `exit ${code}`))));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** Whether a `tesseract` program with the languages is installed (for --ocr-engine system and the benchmark). */
export function systemTesseractLanguages(): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    execFile('tesseract', ['--list-langs'], (error, stdout) => resolve(error ? undefined : stdout.split('\n').slice(1).map((l) => l.trim()).filter(Boolean)));
  });
}

/** Rows of tesseract's TSV output grouped into lines of words (level 5 rows are words). */
export function parseTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, OcrLine>();
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5') continue;
    const key = cells.slice(1, 5).join('.');
    const line = lines.get(key) ?? [];
    line.push({ text: cells[11], confidence: Number(cells[10]) });
    lines.set(key, line);
  }
  return [...lines.values()];
}

/** The system's tesseract program (one single-threaded process per page), when installed. */
export async function createSystemEngine(langs: string): Promise<OcrEngine> {
  const wanted = checkLanguages(langs);
  const installed = await systemTesseractLanguages();
  if (!installed) throw new InputError('OCR_UNAVAILABLE', 'no tesseract program found for --ocr-engine system: install it (e.g. apt-get install tesseract-ocr tesseract-ocr-deu) or drop the option');
  const missing = wanted.filter((l) => !installed.includes(l));
  if (missing.length) throw new InputError('OCR_UNAVAILABLE', `the system tesseract lacks the language data ${missing.join(', ')}: install it (e.g. tesseract-ocr-${missing[0]}) or drop --ocr-engine system`);
  const dpi = ['--dpi', '300'];
  return {
    name: 'tesseract',
    async recognize(image: GrayImage) {
      return linesToPage(parseTsv(await run(['stdin', 'stdout', '-l', wanted.join('+'), ...dpi, 'tsv'], toPgm(image))));
    },
    async orientation(image: GrayImage) {
      const out = await run(['stdin', 'stdout', '--psm', '0', ...dpi], toPgm(image)).catch(() => '');
      const rotate = Number(/Rotate: (\d+)/.exec(out)?.[1] ?? 0);
      const confidence = Number(/Orientation confidence: ([\d.]+)/.exec(out)?.[1] ?? 0);
      return confidence >= 2 ? Math.round(rotate / 90) % 4 : 0;
    },
    async close() {},
  };
}
