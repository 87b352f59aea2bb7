// Small statistics and formatting helpers for scripts/bench.mjs.

export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);
export const p90 = (values) => quantile(values, 0.9);
export const sum = (values) => values.reduce((a, b) => a + b, 0);

/** Milliseconds with sensible precision. */
export function ms(value) {
  if (!Number.isFinite(value)) return '–';
  if (value >= 1000) return `${(value / 1000).toFixed(value >= 10000 ? 1 : 2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
export const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : '–');
export const num = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** A plain-text table: rows of cells, first row the header; numbers right-aligned. */
export function textTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const right = rows[0].map((_, i) => rows.slice(1).every((r) => /^[-–\d.,×%<>≤≥ ]|^\d/.test(String(r[i] ?? '')) || r[i] === '–'));
  return rows
    .map((r, j) => {
      const line = r.map((c, i) => (right[i] && j > 0 ? String(c ?? '').padStart(widths[i]) : String(c ?? '').padEnd(widths[i]))).join('  ');
      return j === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/** The same rows as a Markdown table. */
export function mdTable(rows) {
  const esc = (c) => String(c ?? '').replace(/\|/g, '\\|');
  return [
    `| ${rows[0].map(esc).join(' | ')} |`,
    `| ${rows[0].map(() => '---').join(' | ')} |`,
    ...rows.slice(1).map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
