import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The build's cache of the built-in rule pack (scripts/cache-rules.mjs): every rule file parsed,
 * merged with the rule it extends and validated, and the word sets parsed, so that an analysis
 * process loads neither the YAML parser nor zod. The cache holds for one state of the pack: any
 * rule or word file edited, added or removed, or another schema, and the pack is read afresh.
 */
export const RULE_CACHE_FILE = fileURLToPath(new URL('../../dist/rules-cache.json', import.meta.url));

export interface PackCache {
  /** Files of the pack with their modification times and sizes, and the schema stamp. */
  signature: string;
  /** Validated rule data by absolute path. */
  rules: Record<string, unknown>;
  /** Word-set data by language. */
  words: Record<string, unknown>;
}

let schemaStamp: string | undefined;
/** A hash of the compiled schema module: data validated by another version of it is not trusted. */
function schemaStampOf(): string {
  if (schemaStamp === undefined) {
    // the compiled module next to this one (or its TypeScript source, when run from src/)
    const module = ['./rule-schema.js', './rule-schema.ts'].map((name) => fileURLToPath(new URL(name, import.meta.url))).find((path) => existsSync(path));
    schemaStamp = module ? createHash('sha256').update(readFileSync(module)).digest('hex').slice(0, 16) : 'unknown';
  }
  return schemaStamp;
}

/** The signature of a pack's files as they are now. */
export function packSignature(files: readonly string[]): string {
  const stats = files.map((path) => {
    const info = statSync(path);
    return `${path}:${info.mtimeMs}:${info.size}`;
  });
  return [schemaStampOf(), ...stats].join('\n');
}

let cache: PackCache | null | undefined;

/** The cached pack, when it was made from exactly these files. */
export function cachedPack(files: readonly string[]): PackCache | undefined {
  if (cache === undefined) {
    try {
      cache = JSON.parse(readFileSync(RULE_CACHE_FILE, 'utf8')) as PackCache;
    } catch {
      cache = null;
    }
  }
  return cache && cache.signature === packSignature(files) ? cache : undefined;
}
