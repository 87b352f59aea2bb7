// The two renderings of every table: aligned plain text for the console, Markdown for
// docs/evaluation.md. A report writes each line once through `both` and `table` (see `report()`),
// and gets both renderings in step.

/** Plain-text table: numeric columns right-aligned, the others left-aligned. */
export function textTable(headers, rows) {
  const all = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, j) => Math.max(...all.map((r) => r[j].length)));
  const numeric = headers.map((_, j) => rows.every((r) => /^[-–\d.,% /]*$/.test(String(r[j]))));
  const line = (r) => r.map((c, j) => (numeric[j] ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** Markdown table: numeric columns right-aligned. */
export function mdTable(headers, rows) {
  const numeric = headers.map((_, j) => rows.length > 0 && rows.every((r) => /^[-–\d.,% /*]*$/.test(String(r[j]))));
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/**
 * An empty report: `both(text, md = text)` adds a line to each rendering, `table(headers, rows)`
 * a table. `text` and `md` are the lines so far.
 */
export function report() {
  const text = [];
  const md = [];
  const both = (t, m = t) => {
    text.push(t);
    md.push(m);
  };
  const table = (headers, rows) => {
    text.push(textTable(headers, rows));
    md.push(mdTable(headers, rows));
  };
  return { text, md, both, table };
}
