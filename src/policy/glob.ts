import { isAbsolute, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** A path with forward slashes, as globs are written. */
/** Globs with the folder they are relative to (the working directory, or the config file's folder). */
export interface GlobSet {
  base: string;
  patterns: readonly string[];
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Match paths against globs the way .gitignore-style tools do: `**` spans folders, dot files
 * match, and a pattern without a slash ("*.pdf", "draft-*") matches the base name at any depth.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  // picomatch's own `basename` option also changes how patterns with a slash match, so split them
  const anywhere = patterns.filter((p) => !p.includes('/'));
  const rooted = patterns.filter((p) => p.includes('/')).map((p) => p.replace(/^\.\//, ''));
  const byName = anywhere.length ? picomatch(anywhere, { dot: true }) : () => false;
  const byPath = rooted.length ? picomatch(rooted, { dot: true }) : () => false;
  return (path) => {
    const posix = toPosix(path).replace(/^\.\//, '');
    return byPath(posix) || byName(posix.slice(posix.lastIndexOf('/') + 1));
  };
}

/** `path` relative to `base` with forward slashes, or undefined when it lies outside `base`. */
export function relativeInside(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return toPosix(rel);
}
