/**
 * Which elements a page's own style sheets hide. "Visible" text in knebel means: not inside an
 * element that is hidden by the `hidden` attribute, `aria-hidden="true"`, an inline
 * `display:none` / `visibility:hidden`, or a rule of the page's own `<style>` elements with one of
 * those declarations whose selector is simple: a tag, `.class`, `#id` or a compound of them
 * (`p.fine`, `div#x.y`), alone or in a comma list. Descendant, child, attribute and pseudo
 * selectors, rules inside `@media` and other at-rules, and external style sheets (never fetched)
 * are not evaluated: text they would hide is analysed. Colour, size and position tricks
 * (white on white, font-size 0, off-screen) are not treated as hiding either.
 */
export interface SimpleSelector {
  tag?: string;
  id?: string;
  classes: string[];
}

const HIDING = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const SIMPLE = /^([a-z][a-z0-9-]*)?((?:[.#][-_a-z0-9]+)*)$/i;

function parseSelector(text: string): SimpleSelector | undefined {
  const m = SIMPLE.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  const parts = m[2].match(/[.#][-_a-z0-9]+/gi) ?? [];
  const id = parts.find((p) => p.startsWith('#'))?.slice(1);
  return { tag: m[1]?.toLowerCase(), id, classes: parts.filter((p) => p.startsWith('.')).map((p) => p.slice(1)) };
}

/** Selectors of top-level rules that hide, from the text of a style sheet (one pass, brace depth counted). */
export function hidingSelectors(css: string): SimpleSelector[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, ' ');
  const out: SimpleSelector[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open < 0) break;
    const prelude = text.slice(at, open).trim();
    // the block's end, nested blocks (@media) included
    let depth = 1;
    let end = open + 1;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}') depth--;
    }
    if (!prelude.startsWith('@') && HIDING.test(text.slice(open + 1, end - 1))) {
      for (const selector of prelude.split(',')) {
        const parsed = parseSelector(selector);
        if (parsed) out.push(parsed);
      }
    }
    at = end;
  }
  return out;
}

/** The text of every `<style>` element of a page (found with indexOf: no pattern rescans an unclosed tag). */
export function styleSheets(html: string): string[] {
  const lower = html.toLowerCase();
  const sheets: string[] = [];
  let at = 0;
  for (;;) {
    const open = lower.indexOf('<style', at);
    if (open < 0) break;
    const bodyStart = lower.indexOf('>', open);
    if (bodyStart < 0) break;
    const close = lower.indexOf('</style', bodyStart);
    if (close < 0) break;
    sheets.push(html.slice(bodyStart + 1, close));
    at = close + 7;
  }
  return sheets;
}

/** Does an element with this tag and these attributes match one of the selectors? */
export function matchesAny(selectors: readonly SimpleSelector[], tag: string, attributes: Record<string, string>): boolean {
  if (selectors.length === 0) return false;
  const classes = (attributes.class ?? '').split(/\s+/).filter(Boolean);
  return selectors.some(
    (s) => (!s.tag || s.tag === tag) && (!s.id || s.id === attributes.id) && s.classes.every((c) => classes.includes(c)),
  );
}
