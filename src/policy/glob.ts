import { isAbsolute, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** A path with forward slashes, as globs are written. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Match paths against globs the way .gitignore-style tools do: `**` spans folders, dot files
 * match, and a pattern without a slash ("*.pdf", "draft-*") matches the base name at any depth.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const test = picomatch(patterns as string[], { dot: true, basename: true });
  return (path) => test(toPosix(path).replace(/^\.\//, ''));
}

/** `path` relative to `base` with forward slashes, or undefined when it lies outside `base`. */
export function relativeInside(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return toPosix(rel);
}
