import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { AnalyzeInput } from '../analyze.js';
import { globMatcher, relativeInside } from '../policy/glob.js';
import { readStdin } from './stdin.js';
import type { GlobSet } from '../policy/glob.js';

/** Extensions picked up when walking a folder without --include. */
export const DEFAULT_EXTENSIONS = ['pdf', 'docx', 'txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml'];

const SEPARATOR = Buffer.from(sep);

/** A file name's bytes as text: UTF-8 when they are valid UTF-8, else ASCII with every other byte as "\\xE4" (distinct from any UTF-8 name). */
function readableName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  return [...bytes].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase()}`)).join('');
}

/**
 * The exact bytes of a command-line argument that Node decoded lossily (invalid UTF-8 becomes
 * U+FFFD): found in /proc/self/cmdline (Linux) as the argument that decodes to the same text.
 */
function rawArgument(decoded: string): Buffer | undefined {
  let cmdline: Buffer;
  try {
    cmdline = readFileSync('/proc/self/cmdline');
  } catch {
    return undefined;
  }
  const args: Buffer[] = [];
  for (let start = 0, end = cmdline.indexOf(0); end >= 0; start = end + 1, end = cmdline.indexOf(0, start)) args.push(cmdline.subarray(start, end));
  return args.find((arg) => !isUtf8(arg) && arg.toString('utf8') === decoded);
}

/** Folders never entered. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

export type { GlobSet };

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
  /**
   * Files found in folders whose path is not valid UTF-8 (a Latin-1 "vertr\xe4ge.txt"): listed in
   * `files` under a readable name (bytes over 0x7F written as "\\xE4"), opened by these exact bytes.
   */
  raw: Map<string, Buffer>;
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
  const raw = new Map<string, Buffer>();
  const visited = new Set<string>();
  // paths as bytes: a name that is not valid UTF-8 would otherwise be decoded with U+FFFD and be
  // impossible to open (it was dropped without a word)
  const walk = (dir: Buffer, shownDir: string, found: { count: number }) => {
    let real: string;
    try {
      real = realpathSync.native(dir, { encoding: 'buffer' }).toString('hex');
    } catch {
      return;
    }
    if (visited.has(real)) return; // symlink loop
    visited.add(real);
    let names: Buffer[];
    try {
      names = readdirSync(dir, { encoding: 'buffer' });
    } catch {
      add(shownDir); // reported as a READ_ERROR by the analysis
      found.count++;
      return;
    }
    for (const nameBytes of names.sort(Buffer.compare)) {
      const name = readableName(nameBytes);
      const bytes = Buffer.concat([dir, SEPARATOR, nameBytes]);
      const path = join(shownDir, name);
      const absolute = resolve(path);
      let info;
      try {
        info = statSync(bytes);
      } catch {
        continue; // broken link inside a folder: not something the user asked for
      }
      if (info.isDirectory()) {
        if (SKIPPED_DIRS.has(name) || excluded(absolute)) continue;
        walk(bytes, path, found);
      } else if (info.isFile() && wanted(absolute, name) && !excluded(absolute) && !skipped.has(realpathSync.native(bytes))) {
        if (isUtf8(bytes)) add(path);
        else if (!raw.has(path)) {
          raw.set(path, bytes);
          add(path);
        }
        found.count++;
      }
    }
  };
  for (const path of paths) {
    if (path === '-') {
      add(path);
      continue;
    }
    // a name that is not UTF-8 reached us with U+FFFD in it: its bytes are in the process's command line
    const bytes = path.includes('\uFFFD') ? rawArgument(path) : undefined;
    let isDir = false;
    try {
      isDir = statSync(bytes ?? path).isDirectory();
    } catch {
      // missing files are reported by the analysis as NOT_FOUND
    }
    if (!isDir) {
      if (bytes && !raw.has(readableName(bytes))) {
        raw.set(readableName(bytes), bytes);
        add(readableName(bytes));
      } else if (!excluded(resolve(path))) add(path);
      continue;
    }
    const found = { count: 0 };
    walk(bytes ?? Buffer.from(path), bytes ? readableName(bytes) : path, found);
    if (found.count === 0) emptyDirs.push(path);
  }
  return { files, emptyDirs, raw };
}

/** A file whose name is not valid UTF-8 is read here, by its exact bytes, and handed over as bytes. */
async function rawInput(file: string, rawPaths: Map<string, Buffer>, maxBytes: number): Promise<AnalyzeInput> {
  const path = rawPaths.get(file);
  if (!path) return file;
  try {
    const { readDocumentBytes } = await import('../ingest/read.js');
    return { bytes: await readDocumentBytes(path, maxBytes), source: file };
  } catch {
    return file; // the worker reports why it cannot be read
  }
}

/** The inputs of a batch: "-" read now (--stdin-filename names it in the report and for suppressions), non-UTF-8 names read by their bytes, other paths as they are. */
export const readBatchInputs = (paths: string[], options: { maxBytes: number; stdinFilename?: string }, stdin: NodeJS.ReadableStream, rawPaths: Map<string, Buffer>): Promise<AnalyzeInput[]> =>
  Promise.all(paths.map(async (file) => (file === '-' ? { bytes: await readStdin(stdin, options.maxBytes + 1), source: options.stdinFilename ?? '-' } : await rawInput(file, rawPaths, options.maxBytes))));

/** Paths listed one per line (or NUL-separated, as `find -print0` writes), blank lines ignored. */
export function parseFileList(text: string): string[] {
  return text
    .split(/\0|\r?\n/)
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}
