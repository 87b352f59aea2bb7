import { dirname, join } from 'node:path';

/** A name, not a folder: the OCR worker maps it to the installed language packages. */
export const LANGUAGE_DATA_DIR = 'knebel-ocr-data';

/**
 * Tesseract language codes we ship data for (npm packages `@tesseract.js-data/<code>`), and the
 * model set inside each package: "4.0.0" holds both the LSTM and the legacy models (the legacy
 * engine is what orientation detection needs; the same models Debian's tesseract-ocr-* ship).
 */
export const OCR_LANGUAGES = ['deu', 'eng', 'osd'] as const;
const MODEL_SET = '4.0.0';

/** The installed file for "<code>.traineddata.gz", or undefined for anything else. */
export function languageDataFile(name: string, require: NodeJS.Require): string | undefined {
  const m = /^([a-z]{3})\.traineddata\.gz$/.exec(name);
  if (!m || !(OCR_LANGUAGES as readonly string[]).includes(m[1])) return undefined;
  const pkg = require.resolve(`@tesseract.js-data/${m[1]}/package.json`);
  return join(dirname(pkg), MODEL_SET, name);
}
