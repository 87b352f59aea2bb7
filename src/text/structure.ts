/**
 * Shapes of section numbers and list markers at the start of a line, shared by the unwrapping
 * step (a marker starts a new paragraph) and the segmenter (a marker names the clause).
 */
const MONTHS =
  'januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|' +
  'january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez';

/** Each alternative captures one marker; `kind` tells its level in the outline. */
export const MARKER_PATTERNS: readonly { kind: MarkerKind; pattern: RegExp }[] = [
  { kind: 'paragraph-sign', pattern: /^§+\s*(\d+[a-z]?)(?=[\s.:]|$)\.?/i },
  // capitalised only: "Clause 6" heads a section, "clause 6" in running text refers to one
  { kind: 'article', pattern: /^(?:Art\.|Artikel|Article|ARTICLE|Section|SECTION|Sec\.|Clause|CLAUSE|Ziffer|Ziff\.|Punkt)\s*(\d+(?:\.\d+)*)(?=[\s.:]|$)\.?/ },
  // "3." "3.1" "3.1.2." but not "1. März" (a date) and not a bare "24" (a wrapped number)
  {
    kind: 'decimal',
    pattern: new RegExp(`^(\\d{1,2}(?:\\.\\d{1,2}){1,3}|\\d{1,2}(?=\\.))\\.?(?=\\s|$)(?!\\s+(?:${MONTHS})\\b)`, 'i'),
  },
  { kind: 'parenthesized', pattern: /^\((\d{1,2}[a-z]?)\)(?=\s|$)/ },
  { kind: 'roman', pattern: /^\(((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii))\)(?=\s|$)/ },
  { kind: 'letter', pattern: /^\(?([a-z])\)(?=\s|$)/ },
  { kind: 'upper-roman', pattern: /^([IVX]{1,4})\.(?=\s|$)/ },
];

export type MarkerKind =
  | 'paragraph-sign'
  | 'article'
  | 'decimal'
  | 'parenthesized'
  | 'roman'
  | 'letter'
  | 'upper-roman';

export interface SectionMarker {
  kind: MarkerKind;
  /** The marker as written, e.g. "§ 5", "3.1", "(2)", "a)". */
  label: string;
  /** The number part, e.g. "5", "3.1", "2", "a". */
  value: string;
  /** Length of the marker text at the start of the line. */
  length: number;
}

export function matchMarker(line: string): SectionMarker | null {
  for (const { kind, pattern } of MARKER_PATTERNS) {
    const m = pattern.exec(line);
    if (m) {
      const label = m[0].trim();
      return { kind, label: tidyLabel(kind, label), value: m[1], length: m[0].length };
    }
  }
  return null;
}

function tidyLabel(kind: MarkerKind, label: string): string {
  if (kind === 'paragraph-sign') return label.replace(/^§+\s*/, '§ ').replace(/\.$/, '');
  if (kind === 'decimal') return label.replace(/\.$/, '');
  return label;
}

export const BULLET = /^[-•*–·▪◦‣]\s+/;

/** True when a line opens a new block: a section marker or a bullet. */
export function startsBlock(line: string): boolean {
  return BULLET.test(line) || matchMarker(line) !== null;
}
