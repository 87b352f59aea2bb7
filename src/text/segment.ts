import type { NormalizedText } from './normalize.js';
import { splitSentences } from './sentences.js';
import { matchMarker, type MarkerKind, type SectionMarker } from './structure.js';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** One paragraph of the normalized text, with the section it belongs to. */
export interface Clause {
  index: number;
  /** Section path such as "§ 5 (2)" or "3.1 a)", or the heading text when unnumbered. */
  section: string | null;
  /** Heading of the enclosing section, e.g. "Laufzeit und Kündigung". */
  heading: string | null;
  isHeading: boolean;
  start: number;
  end: number;
  text: string;
  page: number;
  sentences: Sentence[];
}

const RANK: Record<MarkerKind, number> = {
  'paragraph-sign': 0,
  article: 0,
  'upper-roman': 0,
  decimal: 0, // plus depth
  parenthesized: 4,
  letter: 5,
  roman: 6,
};

interface OutlineEntry {
  marker: SectionMarker;
  rank: number;
  heading: string | null;
}

function rankOf(marker: SectionMarker): number {
  return marker.kind === 'decimal' ? marker.value.split('.').length - 1 : RANK[marker.kind];
}

function isHeadingLine(line: string, marker: SectionMarker | null): boolean {
  const rest = marker ? line.slice(marker.length).trim() : line.trim();
  if (rest.length === 0) return marker !== null;
  if (rest.length > 80 || /[.;,:!?]$/.test(rest) && !/^(?:\p{Lu}[\p{L}-]*\s?){1,6}:$/u.test(rest)) return false;
  const words = rest.split(/\s+/);
  if (words.length > 10) return false;
  // "Plan: Team · Seats: 12" is a form row, not a heading
  if (!marker && (/[:·|]./.test(rest) || words.length > 8)) return false;
  // headings start with a capital letter ("Laufzeit und Kündigung", "Term and Termination")
  return /^\p{Lu}/u.test(rest);
}

function sectionLabel(stack: OutlineEntry[]): string | null {
  const labels: string[] = [];
  stack.forEach((entry, i) => {
    const next = stack[i + 1];
    // "3." followed by "3.1": the child already names the parent
    if (next && entry.marker.kind === 'decimal' && next.marker.kind === 'decimal' && next.marker.value.startsWith(`${entry.marker.value}.`)) return;
    labels.push(entry.marker.label);
  });
  return labels.length ? labels.join(' ') : null;
}

/** Segment normalized text (one paragraph per line) into clauses with sections, pages and sentences. */
export function segment(doc: NormalizedText): Clause[] {
  const clauses: Clause[] = [];
  const stack: OutlineEntry[] = [];
  let looseHeading: string | null = null;
  let start = 0;
  const text = doc.text;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim()) {
      const marker = matchMarker(line);
      const heading = isHeadingLine(line, marker);
      if (marker) {
        const rank = rankOf(marker);
        while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
        stack.push({ marker, rank, heading: heading ? line.slice(marker.length).trim() || null : null });
      } else if (heading) {
        stack.length = 0;
        looseHeading = line.trim();
      }
      const enclosingHeading = [...stack].reverse().find((e) => e.heading)?.heading ?? looseHeading;
      clauses.push({
        index: clauses.length,
        section: sectionLabel(stack) ?? (heading && !marker ? null : looseHeading),
        heading: enclosingHeading,
        isHeading: heading,
        start,
        end,
        text: line,
        page: doc.pageAt(start),
        sentences: splitSentences(line).map((s) => ({ start: start + s.start, end: start + s.end, text: line.slice(s.start, s.end) })),
      });
    }
    start = end + 1;
  }
  return clauses;
}

/**
 * The part of a clause around one sentence that clause-scoped checks look at: the whole clause
 * for any normal paragraph, a bounded window for a runaway one, so checks stay linear.
 */
export function clauseContext(clause: Clause, sentence: Sentence, radius = 1500): string {
  if (clause.text.length <= 2 * radius + (sentence.end - sentence.start)) return clause.text;
  const from = Math.max(0, sentence.start - clause.start - radius);
  return clause.text.slice(from, sentence.end - clause.start + radius);
}
