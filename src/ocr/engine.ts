import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { LANGUAGE_DATA_DIR, OCR_LANGUAGES } from './data.js';
import type { GrayImage } from './gray.js';
import { toPgm } from './gray.js';
import { linesToPage, type OcrLine, type RecognizedPage } from './page-text.js';

export type OcrEngineName = 'tesseract.js' | 'tesseract';

/** One OCR engine, kept for the life of the process and reused for every page. */
export interface OcrEngine {
  name: OcrEngineName;
  recognize(image: GrayImage): Promise<RecognizedPage>;
  /** Clockwise quarter turns (0–3) that bring the page upright, when the engine is sure. */
  orientation(image: GrayImage): Promise<number>;
  close(): Promise<void>;
}

const WORKER_PATH = fileURLToPath(new URL('./tesseract-worker.js', import.meta.url));
/**
 * Page segmentation "a single column of text of variable sizes" (4). tesseract.js's default (6, one
 * uniform block) read a skewed scan's lines twice and margin shadows as "]" and "|"; the CLI's
 * automatic mode (3) split the "(1)" paragraph numbers into a column of their own. Contract pages
 * are one column: measured on the scan twins, 4 read the German fair scan at 99.9 % instead of 96.8 %.
 */
export const PAGE_SEGMENTATION = '4';
/** The pages we feed are rendered or scaled to about 300 dpi; saying so silences tesseract's guess. */
const PARAMETERS = { tessedit_pageseg_mode: PAGE_SEGMENTATION, user_defined_dpi: '300', preserve_interword_spaces: '0', debug_file: '/dev/null' };
/** Below this OSD confidence the page is taken as upright (tesseract's own CLI uses a similar bar). */
const MIN_ORIENTATION_CONFIDENCE = 2;

interface TesseractWorker {
  worker: { ref(): void; unref(): void };
  setParameters(params: Record<string, string>): Promise<unknown>;
  recognize(image: Buffer, options: object, output: object): Promise<{ data: { confidence: number; blocks: TesseractBlock[] | null } }>;
  detect(image: Buffer): Promise<{ data: { orientation_degrees: number | null; orientation_confidence: number | null } }>;
  terminate(): Promise<void>;
}
interface TesseractBlock {
  paragraphs: { lines: { words: { text: string; confidence: number }[] }[] }[];
}

export function checkLanguages(langs: string): string[] {
  const list = langs.split('+').filter(Boolean);
  const unknown = list.filter((l) => l === 'osd' || !(OCR_LANGUAGES as readonly string[]).includes(l));
  if (list.length === 0 || unknown.length) {
    throw new InputError('UNSUPPORTED_LANGUAGE', `OCR language "${unknown[0] ?? langs}" is not installed: use deu, eng or deu+eng`);
  }
  return list;
}

/**
 * tesseract.js (WebAssembly, in a worker thread): language data from the installed npm packages,
 * no cache written, no network (see tesseract-worker.ts). The thread is unreferenced between
 * pages so that an idle engine never keeps the process alive.
 */
export async function createWasmEngine(langs: string): Promise<OcrEngine> {
  const require = createRequire(import.meta.url);
  const Tesseract = require('tesseract.js') as { createWorker(langs: string, oem: number, options: object): Promise<TesseractWorker> };
  const options = { workerPath: WORKER_PATH, langPath: LANGUAGE_DATA_DIR, cacheMethod: 'none', gzip: true, errorHandler: () => undefined };
  const main = await Tesseract.createWorker(checkLanguages(langs).join('+'), 1, options);
  await main.setParameters(PARAMETERS);
  main.worker.unref();
  let osd: TesseractWorker | undefined;
  const busy = async <T>(worker: TesseractWorker, job: () => Promise<T>): Promise<T> => {
    worker.worker.ref();
    try {
      return await job();
    } finally {
      worker.worker.unref();
    }
  };
  return {
    name: 'tesseract.js',
    async recognize(image) {
      const result = await busy(main, () => main.recognize(toPgm(image), {}, { text: false, blocks: true }));
      const lines: OcrLine[] = [];
      for (const block of result.data.blocks ?? []) for (const paragraph of block.paragraphs) for (const line of paragraph.lines) lines.push(line.words);
      return linesToPage(lines);
    },
    async orientation(image) {
      // orientation needs tesseract's legacy engine and its "osd" data: a second thread, made on first use
      if (!osd) {
        osd = await Tesseract.createWorker('osd', 0, { ...options, legacyCore: true, legacyLang: true });
        await osd.setParameters(PARAMETERS);
      }
      const worker = osd;
      const { data } = await busy(worker, () => worker.detect(toPgm(image)));
      if (!data.orientation_degrees || (data.orientation_confidence ?? 0) < MIN_ORIENTATION_CONFIDENCE) return 0;
      return Math.round(data.orientation_degrees / 90) % 4;
    },
    async close() {
      await Promise.all([main.terminate(), osd?.terminate()]);
    },
  };
}
