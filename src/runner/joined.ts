import { analyzePages, failedDocument, type AnalyzeOptions } from '../analyze.js';
import { ingestJoined } from '../ingest/join.js';
import type { DocumentReport } from '../report/schema.js';
import type { Rule } from '../rules/load.js';

/**
 * Files that are the pages of one document, already in memory: `knebel serve` keeps uploads off
 * the disk, so it cannot hand `--join` paths to the worker. Names must be distinct (they label
 * the pages in errors and warnings, as paths do for `--join`).
 */
export interface JoinedBytes {
  joinBytes: { name: string; bytes: Uint8Array }[];
  source: string;
}

/** Read the files as the pages of one document, in order, and analyse it: as `--join`, without paths. */
export async function analyzeJoinedBytes(input: JoinedBytes, rules: readonly Rule[], options: AnalyzeOptions): Promise<DocumentReport & { normalizedText?: string }> {
  const byName = new Map(input.joinBytes.map((f) => [f.name, f.bytes]));
  try {
    const started = performance.now();
    const ingested = await ingestJoined([...byName.keys()], async (name) => byName.get(name) as Uint8Array, options);
    const analysis = analyzePages(ingested, input.source, rules, options);
    analysis.timings.ingest = performance.now() - started;
    return { ...analysis.report, normalizedText: analysis.normalized.text };
  } catch (error) {
    return failedDocument(input.source, error);
  }
}
