import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globMatcher, relativeInside } from '../policy/glob.js';

/** Extensions picked up when walking a folder without --include. */
export const DEFAULT_EXTENSIONS = ['pdf', 'docx', 'txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml'];

/** Folders never entered. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** Globs with the folder they are relative to (the working directory, or the config file's folder). */
export interface GlobSet {
  base: string;
  patterns: readonly string[];
}

export interface InputOptions {
  /** Replace the default extensions when walking folders. */
  include?: GlobSet;
  /** Skip matching files and folders (also explicit paths). */
  exclude?: GlobSet[];
  /** Absolute paths never picked up in a folder walk (the report files of this run). */
  skip?: readonly string[];
}

export interface ExpandedInputs {
  files: string[];
  /** Folders given that held no matching file. */
  emptyDirs: string[];
}

function matcher(set: GlobSet | undefined): ((absolute: string) => boolean) | undefined {
  if (!set || set.patterns.length === 0) return undefined;
  const test = globMatcher(set.patterns);
  return (absolute) => {
    const rel = relativeInside(set.base, absolute);
    return rel !== undefined && test(rel);
  };
}

/**
 * Turn command-line paths into the list of files to analyse: files as given (even without a
 * contract extension: the format is read from the bytes), folders walked recursively in code-point
 * order, "-" kept for standard input. Duplicates are dropped; the order is deterministic: the order
 * given, each folder's files sorted.
 */
export function expandInputs(paths: readonly string[], options: InputOptions = {}): ExpandedInputs {
  const include = matcher(options.include);
  const excludes = (options.exclude ?? []).map(matcher).filter((m): m is (p: string) => boolean => m !== undefined);
  const skipped = new Set(options.skip ?? []);
  const excluded = (absolute: string) => excludes.some((m) => m(absolute));
  const wanted = (absolute: string, name: string) => {
    if (include) return include(absolute);
    const dot = name.lastIndexOf('.');
    return dot > 0 && DEFAULT_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase());
  };
  const files: string[] = [];
  const emptyDirs: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = path === '-' ? '-' : resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  const visited = new Set<string>();
  const walk = (dir: string, found: { count: number }) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return; // symlink loop
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      add(dir); // reported as a READ_ERROR by the analysis
      found.count++;
      return;
    }
    const names = entries.map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const path = join(dir, name);
      const absolute = resolve(path);
      let info;
      try {
        info = statSync(path);
      } catch {
        continue; // broken link inside a folder: not something the user asked for
      }
      if (info.isDirectory()) {
        if (SKIPPED_DIRS.has(name) || excluded(absolute)) continue;
        walk(path, found);
      } else if (info.isFile() && wanted(absolute, name) && !excluded(absolute) && !skipped.has(realpathSync(path))) {
        add(path);
        found.count++;
      }
    }
  };
  for (const path of paths) {
    if (path === '-') {
      add(path);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // missing files are reported by the analysis as NOT_FOUND
    }
    if (!isDir) {
      if (!excluded(resolve(path))) add(path);
      continue;
    }
    const found = { count: 0 };
    walk(path, found);
    if (found.count === 0) emptyDirs.push(path);
  }
  return { files, emptyDirs };
}

/** Paths listed one per line (or NUL-separated, as `find -print0` writes), blank lines ignored. */
export function parseFileList(text: string): string[] {
  return text
    .split(/\0|\r?\n/)
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}
