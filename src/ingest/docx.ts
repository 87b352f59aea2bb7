import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { htmlToText } from './html.js';

interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: { isOrdered: boolean; level: string } | null;
  value?: string;
  [key: string]: unknown;
}

/**
 * Word auto-numbering is not in the text mammoth extracts: rebuild it from the paragraphs'
 * numbering levels ("1.", "1.1", "1.1.1"), so section numbers survive into the clauses.
 */
function numberParagraphs(document: MammothElement): MammothElement {
  const counters: number[] = [];
  const visit = (element: MammothElement): MammothElement => {
    if (element.type === 'paragraph' && element.numbering?.isOrdered) {
      const level = Number.parseInt(element.numbering.level, 10) || 0;
      counters.length = level + 1;
      for (let i = 0; i < level; i++) counters[i] ??= 1;
      counters[level] = (counters[level] ?? 0) + 1;
      const label = level === 0 ? `${counters[0]}.` : counters.join('.');
      const prefix: MammothElement = { type: 'run', children: [{ type: 'text', value: `${label} ` }], styleId: null, styleName: null, isBold: false, isItalic: false, isUnderline: false, isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null };
      return { ...element, numbering: null, children: [prefix, ...(element.children ?? [])] };
    }
    if (element.children) return { ...element, children: element.children.map(visit) };
    return element;
  };
  return visit(document);
}

export async function readDocx(bytes: Uint8Array): Promise<{ pages: string[]; warnings: string[] }> {
  const mammoth = createRequire(import.meta.url)('mammoth') as typeof import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: numberParagraphs as never,
        // linked files outside the document are never read (mammoth's default, stated for the record)
        externalFileAccess: false,
        // images are never needed and never fetched
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError('CORRUPT_DOCX', `damaged Word document (${reason.replace(/\s+/g, ' ').trim()}): re-save it as DOCX or PDF`);
  }
  return { pages: [htmlToText(html, { hierarchicalLists: true })], warnings: [] };
}
