import { InputError } from '../errors.js';
import { sniffImage } from '../ocr/header.js';

export type DetectedKind = 'pdf' | 'docx' | 'image' | 'text';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, ascii: string, limit = bytes.length): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(limit, bytes.length)).includes(ascii, 0, 'latin1');
}

/**
 * Decide how to read a file from its bytes, never from its name. Formats we cannot read get a
 * one-line reason that says what to do instead.
 */
export function detectKind(bytes: Uint8Array): DetectedKind {
  if (contains(bytes, '%PDF-', 1024)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (contains(bytes, 'word/document.xml')) return 'docx';
    if (contains(bytes, 'application/vnd.oasis.opendocument', 200)) {
      throw new InputError('UNSUPPORTED_FORMAT', 'OpenDocument file (.odt): save it as DOCX or PDF and check that');
    }
    throw new InputError('UNSUPPORTED_FORMAT', 'ZIP archive that is not a Word document: unpack it and check the contract file inside');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new InputError('UNSUPPORTED_FORMAT', 'legacy Word .doc file: save it as DOCX or PDF and check that');
  }
  if (contains(bytes, '{\\rtf', 16)) {
    throw new InputError('UNSUPPORTED_FORMAT', 'RTF file: save it as DOCX or PDF and check that');
  }
  const image = sniffImage(bytes);
  if (image === 'heic') throw new InputError('UNSUPPORTED_FORMAT', 'HEIC/HEIF photo (iPhone default): export it as JPEG (Photos: Share > Options > Most Compatible, or set Camera > Formats > Most Compatible) and check that');
  if (image === 'gif') throw new InputError('UNSUPPORTED_FORMAT', 'GIF image: save the page as PNG or JPEG and check that');
  if (image) return 'image';
  return 'text';
}

/** Text content is HTML when it opens like a page or is dominated by block tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  if (!head.startsWith('<')) return false;
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|h[1-6]|li|ul|ol|br|section|article|table|span)\b[^>]*>/gi)?.length ?? 0;
  return tags >= 3;
}

/** Markdown when ATX headings, emphasis or links in Markdown syntax appear (underlined headings alone are common in plain text). */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 50000);
  const headings = sample.match(/^#{1,6}\s+\S/gm)?.length ?? 0;
  const emphasis = sample.match(/\*\*[^*\n]+\*\*|__[^_\n]+__/g)?.length ?? 0;
  const links = sample.match(/\[[^\]\n]+\]\([^)\s]+\)/g)?.length ?? 0;
  return headings >= 1 || emphasis + links >= 2;
}
