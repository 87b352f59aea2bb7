import type { Finding } from './schema.js';

/**
 * Findings grouped by the clause they quote: one entry per clause, however many categories it
 * touches. Quotes that overlap, or that sit next to each other in the same section (the next
 * sentence of the same paragraph), are one clause; its quote is the union of theirs.
 */
export interface ClauseGroup {
  findings: Finding[];
  page: number;
  section: string | null;
  /** The clause's text and offsets in the normalized text. */
  text: string;
  start: number;
  end: number;
  /** The matched words of every finding, as offsets into the normalized text. */
  marks: { start: number; end: number }[];
}

/** Gap (characters) between two quotes of one section that still reads as one clause: a space or a line break. */
const ADJACENT = 2;

function joinable(group: ClauseGroup, finding: Finding): boolean {
  const e = finding.evidence;
  if (e.page !== group.page || e.section !== group.section) return false;
  if (e.start < group.end && e.end > group.start) return true;
  return group.section !== null && (Math.abs(e.start - group.end) <= ADJACENT || Math.abs(group.start - e.end) <= ADJACENT);
}

/** The union of the group's quote and one more, from the two texts and their offsets. */
function extend(group: ClauseGroup, finding: Finding): void {
  const e = finding.evidence;
  if (e.start < group.start) {
    const head = e.text.slice(0, Math.max(0, group.start - e.start));
    // the gap between adjacent quotes is whitespace: spaces keep every offset in place
    group.text = `${head}${' '.repeat(Math.max(0, group.start - e.end))}${group.text}`;
    group.start = e.start;
  }
  if (e.end > group.end) {
    const tail = e.text.slice(Math.max(0, group.end - e.start));
    group.text = `${group.text}${' '.repeat(Math.max(0, e.start - group.end))}${tail}`;
    group.end = e.end;
  }
}

export function groupByClause(findings: readonly Finding[]): ClauseGroup[] {
  const groups: ClauseGroup[] = [];
  for (const finding of findings) {
    const e = finding.evidence;
    const mark = { start: e.match.start, end: e.match.end };
    const group = groups.find((g) => joinable(g, finding));
    if (group) {
      extend(group, finding);
      group.findings.push(finding);
      group.marks.push(mark);
    } else groups.push({ findings: [finding], page: e.page, section: e.section, text: e.text, start: e.start, end: e.end, marks: [mark] });
  }
  return groups;
}
