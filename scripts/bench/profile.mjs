// Summarise a V8 .cpuprofile (from `node --cpu-prof`): self and inclusive time per function.
// Used by `npm run bench -- --profile` and runnable on its own:
//   node scripts/bench/profile.mjs FILE.cpuprofile [top]

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function where(frame) {
  let url = frame.url || '';
  if (url.startsWith('file://')) url = relative(ROOT, fileURLToPath(url)).replace(/^\.bench\/snapshot\//, '');
  if (!url) return '(native)';
  return `${url}:${frame.lineNumber + 1}`;
}

export function summariseProfile(file, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame)}`;
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const node = byId.get(id);
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
  const rank = (map, filter = () => true) =>
    [...map.entries()]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, t]) => ({ fn, ms: Math.round(t), share: t / total }));
  const ours = (k) => / (dist|src)\//.test(k);
  return {
    file,
    totalMs: Math.round(total),
    self: rank(self),
    inclusiveOurs: rank(inclusive, ours),
  };
}

export function formatProfile(summary) {
  const line = (r) => `  ${(r.share * 100).toFixed(1).padStart(5)} %  ${String(r.ms).padStart(7)} ms  ${r.fn}`;
  return [
    `${summary.file} (${summary.totalMs} ms sampled)`,
    ' self time:',
    ...summary.self.map(line),
    ' inclusive time, knebel functions:',
    ...summary.inclusiveOurs.map(line),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node scripts/bench/profile.mjs FILE.cpuprofile [top]');
    process.exit(2);
  }
  console.log(formatProfile(summariseProfile(file, Number(top) || 15)));
}
