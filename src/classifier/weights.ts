/**
 * The weight file of the statistical second opinion (models/<lang>.bin), written by
 * `npm run train` and read lazily by the scorer. Little-endian, fixed layout:
 *
 *   "KNBM"  u8 version  u8 categories  u16 0     header (8 bytes)
 *   u32 n                                        number of features
 *   per category: f32 scale, f32 bias, f32 threshold
 *   n × u32                                      feature fingerprints, ascending
 *   n × u8                                       inverse document frequency × IDF_STEPS
 *   n × categories × i8                          weights; real weight = i8 × scale of its category
 *
 * 8-bit weights keep a language under 1 MB; the trainer rounds the same way, so its probabilities
 * and the scorer's agree. A stored weight already includes its feature's idf; the scorer needs the
 * idf only for the length of the sentence's vector (the root of its occurrences' squared idf).
 */
const MAGIC = 0x4d424e4b; // "KNBM" read as little-endian u32
const VERSION = 2;
const HEADER = 12;
/** The idf is kept in steps of 1/16 (at most 15.9, above ln of any corpus size here). */
export const IDF_STEPS = 16;

export interface ModelWeights {
  /** Feature fingerprints, ascending. */
  hashes: Uint32Array;
  /** Per feature: inverse document frequency × IDF_STEPS. */
  idf: Uint8Array;
  /** Row-major: weights[feature * categories + category]. */
  weights: Int8Array;
  scales: Float32Array;
  bias: Float32Array;
  thresholds: Float32Array;
  categories: number;
}

export function encodeWeights(model: ModelWeights): Uint8Array {
  const C = model.categories;
  const n = model.hashes.length;
  const bytes = new Uint8Array(HEADER + C * 12 + n * 5 + n * C);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint8(4, VERSION);
  view.setUint8(5, C);
  view.setUint32(8, n, true);
  for (let c = 0; c < C; c++) {
    view.setFloat32(HEADER + c * 12, model.scales[c], true);
    view.setFloat32(HEADER + c * 12 + 4, model.bias[c], true);
    view.setFloat32(HEADER + c * 12 + 8, model.thresholds[c], true);
  }
  const at = HEADER + C * 12;
  for (let i = 0; i < n; i++) view.setUint32(at + i * 4, model.hashes[i], true);
  bytes.set(model.idf.subarray(0, n), at + n * 4);
  bytes.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, n * C), at + n * 5);
  return bytes;
}

export function decodeWeights(bytes: Uint8Array): ModelWeights {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC || view.getUint8(4) !== VERSION) {
    throw new Error('not a knebel weight file (or of another version): run npm run train');
  }
  const C = view.getUint8(5);
  const n = view.getUint32(8, true);
  const at = HEADER + C * 12;
  if (bytes.byteLength !== at + n * 5 + n * C) throw new Error('truncated knebel weight file: run npm run train');
  const scales = new Float32Array(C);
  const bias = new Float32Array(C);
  const thresholds = new Float32Array(C);
  for (let c = 0; c < C; c++) {
    scales[c] = view.getFloat32(HEADER + c * 12, true);
    bias[c] = view.getFloat32(HEADER + c * 12 + 4, true);
    thresholds[c] = view.getFloat32(HEADER + c * 12 + 8, true);
  }
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = view.getUint32(at + i * 4, true);
  const idf = bytes.slice(at + n * 4, at + n * 5);
  const weights = new Int8Array(n * C);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + at + n * 5, n * C));
  return { hashes, idf, weights, scales, bias, thresholds, categories: C };
}
