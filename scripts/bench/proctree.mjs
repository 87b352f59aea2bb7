// CPU time and resident memory of a whole process tree (Linux /proc), so that a pool of worker
// processes is measured as completely as a pool of worker threads. Elsewhere `available` is false
// and callers fall back to what Node reports for the current process.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const available = existsSync('/proc/self/stat');

const conf = (name, fallback) => {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};
const CLK_TCK = available ? conf('CLK_TCK', 100) : 100;
const PAGE = available ? conf('PAGESIZE', 4096) : 4096;

/** pid, parent pid, CPU ms (user + system, all threads) and RSS bytes of one process, or null. */
function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may contain spaces and parentheses: split after its last ")"
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(f[1]), cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK, rss: Number(f[21]) * PAGE };
  } catch {
    return null;
  }
}

/** The process `root` and all its descendants now alive. */
function tree(root) {
  const all = [];
  for (const name of readdirSync('/proc')) if (/^\d+$/.test(name)) {
    const s = stat(Number(name));
    if (s) all.push(s);
  }
  const children = new Map();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const out = [];
  const rootStat = all.find((s) => s.pid === root);
  if (!rootStat) return out;
  const queue = [rootStat];
  while (queue.length) {
    const s = queue.shift();
    out.push(s);
    queue.push(...(children.get(s.pid) ?? []));
  }
  return out;
}

/**
 * Samples the tree under `root` every `intervalMs`: peak total RSS, and CPU as the sum of the last
 * value seen for each process (a process that ends between two samples loses at most one interval).
 */
export function treeSampler(root, intervalMs = 50, onSample = () => {}) {
  const lastCpu = new Map();
  const baseline = new Map(); // CPU already used by processes alive at the start is not counted
  let first = true;
  let peak = 0;
  const sample = () => {
    const procs = tree(root);
    let rss = 0;
    for (const p of procs) {
      rss += p.rss;
      if (first) baseline.set(p.pid, p.cpuMs);
      lastCpu.set(p.pid, p.cpuMs - (baseline.get(p.pid) ?? 0));
    }
    first = false;
    if (procs.length) peak = Math.max(peak, rss);
    onSample(rss, procs.length);
    return rss;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return { peakRss: peak, cpuMs: [...lastCpu.values()].reduce((a, b) => a + b, 0), processes: lastCpu.size };
    },
  };
}
