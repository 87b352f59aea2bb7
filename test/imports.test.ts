import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { cycles, formatArrows, importGraph } from '../scripts/check-imports.mjs';

describe('import graph of src/', () => {
  const graph = importGraph() as Map<string, string[]>;

  it('reads the graph (a module with known imports is there)', () => {
    expect(graph.get('analyze')).toContain('report/document');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
    // the check finds a cycle when there is one
    expect(cycles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]))).toEqual([['a', 'b']]);
  });

  it('has no arrow from format/ to an analysis stage', () => {
    expect(formatArrows(graph)).toEqual([]);
    expect(formatArrows(new Map([['format/x', ['rules/load', 'report/schema']]]))).toEqual(['format/x -> rules/load']);
  });
});
