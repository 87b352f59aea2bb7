import { readFileSync } from 'node:fs';
// The lead's own blind contracts (fixtures/blind): written before the session's detection work and
// never tuned on. Keep it so: measure with them, never fit to them. Run after npm run build.
const root = new URL('../../', import.meta.url).pathname;
const dist = process.env.DIST ?? `${root}dist`;
const { analyzeBytes } = await import(dist + '/analyze.js');
const dir = process.argv[2] ?? `${root}fixtures/blind`;
const labels = JSON.parse(readFileSync(dir + '/labels.json', 'utf8'));
let tp = 0, fn = 0, fp = 0, fr = 0, ft = 0; const lines = [];
for (const l of labels) {
  const { report } = await analyzeBytes(readFileSync(`${dir}/${l.file}`), l.file, {});
  const cats = new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.category));
  const miss = l.present.filter((c) => !cats.has(c)); const extra = l.absent.filter((c) => cats.has(c));
  tp += l.present.length - miss.length; fn += miss.length; fp += extra.length;
  const wrong = [];
  for (const [k, ok] of Object.entries(l.facts)) { ft++; const v = report.facts[k]; if (ok.some((o) => o === v)) fr++; else wrong.push(`${k}=${v}`); }
  lines.push(`${l.id.padEnd(32)} score ${String(report.score).padStart(3)} ${l.fairness.padEnd(5)} missed [${miss}] false [${extra}] facts wrong [${wrong}]`);
}
console.log(lines.join('\n'));
console.log(`recall ${(tp / (tp + fn)).toFixed(2)} (${tp}/${tp + fn}), precision ${(tp / (tp + fp)).toFixed(2)} (fp ${fp}), facts ${(fr / ft).toFixed(2)} (${fr}/${ft})`);
