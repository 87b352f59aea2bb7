// mulberry32: a tiny seeded PRNG, so a "random" sequence is the same on every machine and every
// run. The trainer's shuffle (scripts/lib/trainer.mjs) and the scan twins' noise
// (scripts/lib/scan-twins.mjs), the fixtures' filler bytes and the bench corpus draw from it; changing it changes the shipped weights and
// the committed scan fixtures.

/** Floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string: a 32-bit seed from a key such as a file name. */
export function fnv1a(key) {
  let h = 0x811c9dc5;
  for (const ch of String(key)) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return h;
}
