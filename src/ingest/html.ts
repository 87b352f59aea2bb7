import { Parser } from 'htmlparser2';
import { InputError } from '../errors.js';
import { TrackedText } from '../text/tracked.js';
import { hidingSelectors, matchesAny, styleSheets } from './css-hidden.js';

/**
 * Deepest element nesting read. htmlparser2 keeps its open elements with Array#unshift, so
 * n nested elements cost O(n²) (400,000 nested <div>s ran for minutes); real pages stay far
 * below a few hundred levels, because closing a block closes the inline elements left open in it.
 */
export const MAX_HTML_DEPTH = 10_000;

/** Elements whose content is never visible text (or must never be executed or fetched). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'select', 'button']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'address', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'thead', 'tbody', 'tfoot',
  'figure', 'figcaption', 'form', 'fieldset', 'legend', 'details', 'summary', 'hr', 'br', 'caption',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr']);

export interface HtmlToTextOptions {
  /** Number nested ordered lists hierarchically ("1.2"), as Word does; browsers restart at each level. */
  hierarchicalLists?: boolean;
}

/** Hidden as README "Limits and hostile input" defines it (see css-hidden.ts). */
function isHidden(attributes: Record<string, string>): boolean {
  if ('hidden' in attributes) return true;
  if (attributes['aria-hidden'] === 'true') return true;
  const style = (attributes.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Visible text of an HTML document, one block per paragraph (blank line between blocks).
 * Scripts, styles and embedded content are dropped; nothing is fetched or executed.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  return htmlToTracked(html, options).text;
}

/**
 * `htmlToText` that remembers where each character stands in the HTML source: text at its own
 * place, inserted breaks and list numbers at their element's tag (so a finding points at the line
 * of its element, never at hidden text elsewhere).
 */
export function htmlToTracked(html: string, options: HtmlToTextOptions = {}): TrackedText {
  const out: TrackedText[] = [];
  let skipDepth = 0;
  const stack: string[] = [];
  const hiddenAt: number[] = [];
  const lists: { ordered: boolean; counter: number }[] = [];
  // cells read so far in each open table row: cells are joined with " | " as in a Markdown table,
  // so a plan table ("Tarif | Laufzeit | Preis") keeps its columns for the facts
  const rowCells: number[] = [];
  let pre = 0;
  const hiddenByStyle = styleSheets(html).flatMap(hidingSelectors);

  const push = (piece: string) => out.push(TrackedText.fromSource(piece, parser.startIndex, -1));
  const blockBreak = () => push('\n\n');
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!VOID.has(name)) stack.push(name);
        if (stack.length > MAX_HTML_DEPTH) {
          throw new InputError('TOO_LARGE', `HTML nested deeper than ${MAX_HTML_DEPTH.toLocaleString('en')} elements: not a normal page; save it as PDF or text`);
        }
        if (skipDepth > 0 || SKIPPED.has(name) || isHidden(attributes) || matchesAny(hiddenByStyle, name, attributes)) {
          if (!VOID.has(name)) {
            skipDepth++;
            hiddenAt.push(stack.length);
          }
          return;
        }
        if (name === 'pre') pre++;
        if (name === 'ol') lists.push({ ordered: true, counter: Number.parseInt(attributes.start ?? '1', 10) - 1 || 0 });
        else if (name === 'ul') lists.push({ ordered: false, counter: 0 });
        if (BLOCKS.has(name)) blockBreak();
        if (name === 'li') {
          const list = lists[lists.length - 1];
          if (list?.ordered) {
            list.counter = attributes.value ? Number.parseInt(attributes.value, 10) : list.counter + 1;
            const numbers = options.hierarchicalLists
              ? lists.filter((l) => l.ordered).map((l) => l.counter).join('.')
              : String(list.counter);
            push(`${numbers}. `);
          } else if (list) push('- ');
        }
        if (name === 'tr') rowCells.push(0);
        if (name === 'td' || name === 'th') push(rowCells.length && rowCells[rowCells.length - 1]++ ? ' | ' : ' ');
        if (name === 'img' && attributes.alt && skipDepth === 0) push(` ${attributes.alt} `);
      },
      ontext(text) {
        if (skipDepth > 0) return;
        const piece = TrackedText.fromSource(text, parser.startIndex, parser.endIndex + 1 - parser.startIndex);
        out.push(pre > 0 ? piece : piece.replace(/\s+/g, ' '));
      },
      onclosetag(name, isImplied) {
        void isImplied;
        if (VOID.has(name)) {
          if (name === 'br' && skipDepth === 0) push('\n');
          return;
        }
        if (hiddenAt.length && hiddenAt[hiddenAt.length - 1] === stack.length) {
          hiddenAt.pop();
          skipDepth--;
          stack.pop();
          return;
        }
        stack.pop();
        if (skipDepth > 0) return;
        if (name === 'pre') pre--;
        if (name === 'ol' || name === 'ul') lists.pop();
        if (name === 'tr') rowCells.pop();
        if (BLOCKS.has(name)) blockBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  // each line trimmed, runs of spaces and tabs one space, at most one blank line, no outer white space
  return TrackedText.concat(out)
    .replace(/[ \t]+/g, ' ')
    .replace(/[^\S\n]*\n[^\S\n]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}
