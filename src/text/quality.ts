import { InputError } from '../errors.js';
import { DEFAULT_MAX_CHARS } from '../model/limits.js';
import { detectLanguage, isSupported } from './language.js';

/*
 * The gates between ingestion and analysis: text that is too long, absent, garbled or in a
 * language knebel does not read stops here with its own error code, before any rule runs.
 */

/** Refuse more text than --max-chars before any stage reads it. */
export function checkTextLength(pages: readonly string[], maxChars = DEFAULT_MAX_CHARS): void {
  const rawLength = pages.reduce((n, p) => n + p.length, 0);
  if (rawLength > maxChars) {
    throw new InputError('TOO_LONG', `${rawLength.toLocaleString('en')} characters of text, over the limit of ${maxChars.toLocaleString('en')}: raise --max-chars or split the document`);
  }
}

const WHITESPACE = /^\s$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** At least `count` characters that are not white space. */
function hasVisibleCharacters(text: string, count: number): boolean {
  let seen = 0;
  for (let i = 0; i < text.length && seen < count; i++) if (!WHITESPACE.test(text[i])) seen++;
  return seen >= count;
}

/** Mostly symbols, private-use glyphs or replacement characters: a PDF font without a usable text mapping. */
function looksGarbled(text: string): boolean {
  // counted in one loop over the first 20,000 characters (regex passes over the sample cost ~1 ms)
  let visible = 0;
  let alphanumerics = 0;
  let junk = 0;
  for (let i = 0; i < text.length && i < 20000; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || ((code === 0xa0 || code >= 0x1680) && WHITESPACE.test(text[i]))) continue;
    visible++;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) alphanumerics++;
    else if (code < 0x20 || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) junk++;
    else if (code >= 0x80) {
      // a letter outside the BMP is two code units, counted as two like the rest of the sample
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && i + 1 < 20000 ? 2 : 1;
      if (LETTER_OR_DIGIT.test(text.slice(i, i + width))) {
        alphanumerics += width;
        visible += width - 1;
        i += width - 1;
      }
    }
  }
  if (visible < 200) return false;
  return alphanumerics / visible < 0.5 || junk / visible > 0.1;
}

/**
 * The language to analyse the normalized text in (`forced`: skip detection), after the gates:
 * NO_TEXT, GARBLED_TEXT (broken font encodings, gibberish), UNSUPPORTED_LANGUAGE.
 */
export function readableLanguage(text: string, forced?: 'de' | 'en'): 'de' | 'en' {
  if (!hasVisibleCharacters(text, 20)) throw new InputError('NO_TEXT', 'no readable text in this file: check that it is the contract itself');
  if (looksGarbled(text)) {
    throw new InputError('GARBLED_TEXT', 'the text layer is unreadable (broken font encoding?): run OCR first (e.g. ocrmypdf --force-ocr) or pass the text');
  }
  if (forced) return forced;
  const guess = detectLanguage(text);
  // real prose in any of the known languages is 20–50 % function words; gibberish is near 0
  if (text.length > 400 && guess.words > 50 && guess.functionWords / guess.words < 0.03) {
    throw new InputError('GARBLED_TEXT', 'the text does not read as any language (broken font encoding?): run OCR first (e.g. ocrmypdf --force-ocr) or pass the text');
  }
  if (!isSupported(guess.language)) {
    throw new InputError('UNSUPPORTED_LANGUAGE', `contract language looks like "${guess.language}": knebel reads German and English contracts only`);
  }
  return guess.language;
}
