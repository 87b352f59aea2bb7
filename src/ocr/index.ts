import { InputError } from '../errors.js';
import { createWasmEngine, type OcrEngine, type OcrEngineName } from './engine.js';
import { estimateSkew, inkShare, rotateQuarters, rotateSmall, sharpness, stretchContrast, type GrayImage } from './gray.js';
import { DEFAULT_OCR_LANG, type OcrOptions } from './limits.js';
import type { RecognizedPage } from './page-text.js';

export type { GrayImage } from './gray.js';
export type { RecognizedPage } from './page-text.js';

export * from './limits.js';

/**
 * Readability bars (docs/ocr.md): a page photographed from a normal distance is over 1,000 pixels
 * on its short side, a thumbnail is not; the fixture phone photo scores sharpness 36 and the scan
 * twin 76. The bar of 20 is a judgement below both, not calibrated on really shaken photos.
 */
const MIN_SHORT_SIDE = 600;
const MIN_SHARPNESS = 20;
const MIN_DESKEW_DEGREES = 0.3;
/** When the first reading is this unsure, the page may be on its side: ask orientation detection. */
const ORIENTATION_CHECK_BELOW = 60;

/** One page's reading, with the engine that made it. */
export interface OcrPage extends RecognizedPage {
  engine: OcrEngineName;
}

const engines = new Map<string, Promise<OcrEngine>>();

/** The engine for these options, made once per process and reused for every page and document. */
function engineFor(options: OcrOptions): Promise<OcrEngine> {
  const langs = options.ocrLang ?? DEFAULT_OCR_LANG;
  const key = `${options.ocrEngine ?? 'wasm'}:${langs}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = options.ocrEngine === 'system' ? import('./system.js').then((m) => m.createSystemEngine(langs)) : createWasmEngine(langs);
    engine.catch(() => engines.delete(key));
    engines.set(key, engine);
  }
  return engine;
}

/** Stop the engines this process started (tests and the benchmark; the CLI just exits). */
export async function closeOcrEngines(): Promise<void> {
  const all = [...engines.values()];
  engines.clear();
  await Promise.all(all.map((e) => e.then((engine) => engine.close()).catch(() => undefined)));
}

/** Below this share of ink pixels a page is blank (an empty back side): nothing to read, nothing to refuse. */
const BLANK_INK_SHARE = 0.001;

export function isBlank(image: GrayImage): boolean {
  return inkShare(image) < BLANK_INK_SHARE;
}

/** Refuse an image that cannot be read, with the reason and what to do. */
export function checkReadable(image: GrayImage, page: number, pages: number): void {
  const where = pages > 1 ? `page ${page}: ` : '';
  const short = Math.min(image.width, image.height);
  if (short < MIN_SHORT_SIDE) {
    throw new InputError('IMAGE_UNREADABLE', `${where}the image is only ${image.width}×${image.height} pixels, too small to read: photograph the page closer or scan it at 300 dpi`);
  }
  const sharp = sharpness(image);
  if (sharp < MIN_SHARPNESS) {
    throw new InputError('IMAGE_UNREADABLE', `${where}the image is too blurred to read (sharpness ${sharp.toFixed(0)}, needs ${MIN_SHARPNESS}): hold the phone steady, focus on the text and try again`);
  }
}

/**
 * Read one page image: contrast first, then deskew, then the engine; a reading that is
 * unsure gets an orientation check, and the page is read again turned when that is surer.
 */
export async function recognizePage(image: GrayImage, options: OcrOptions): Promise<OcrPage> {
  const engine = await engineFor(options);
  const contrasted = stretchContrast(image);
  const skew = estimateSkew(contrasted);
  // below a third of a degree the engine's own line finding copes; turning costs more than it gains
  const clean = Math.abs(skew) >= MIN_DESKEW_DEGREES ? rotateSmall(contrasted, -skew) : contrasted;
  let best = await engine.recognize(clean);
  if (best.confidence < ORIENTATION_CHECK_BELOW) {
    const quarters = await engine.orientation(clean);
    if (quarters !== 0) {
      const turned = await engine.recognize(rotateQuarters(clean, quarters));
      if (turned.confidence > best.confidence) best = turned;
    }
  }
  return { ...best, engine: engine.name };
}
