import { accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIO } from './context.js';

/**
 * Every file a command writes (`check -o/--write`, `deadline --ics`, `letter -o`, `diff -o`) goes
 * through here. Paths are checked before any analysis starts, so a typo costs nothing; regular files
 * are replaced atomically (temporary file + rename) and everything else is written in place:
 * `/dev/null` must stay a device, a FIFO a FIFO, a symlink a symlink.
 */

/** Where the bytes go. */
export type OutputKind =
  /** standard output: "-", /dev/stdout, /dev/fd/1 */
  | 'stdout'
  /** /dev/stderr, /dev/fd/2 */
  | 'stderr'
  /** a device, FIFO or socket: opened and written in place, never replaced */
  | 'special'
  /** a regular file (or one to create): replaced atomically */
  | 'file';

export interface OutputTarget {
  /** The option that named it, for messages ("-o", "--write sarif:…"). */
  flag: string;
  /** As given. */
  given: string;
  kind: OutputKind;
  /** Absolute path written: a symlink's final target. */
  path: string;
  /** The folder cannot take a temporary file: truncate and rewrite the existing file itself. */
  inPlace: boolean;
  /** device:inode of an existing target, to tell an output that is also an input. */
  identity?: string;
}

/** Writing failed after the analysis: one line, exit 74. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** The reader of a pipe went away (`| head`): not an error, the run ends quietly. */
export class ClosedOutput extends Error {
  constructor() {
    super('output closed');
    this.name = 'ClosedOutput';
  }
}

const STREAM_ALIASES: Record<string, 'stdout' | 'stderr'> = {
  '-': 'stdout',
  '/dev/stdout': 'stdout',
  '/dev/fd/1': 'stdout',
  '/proc/self/fd/1': 'stdout',
  '/dev/stderr': 'stderr',
  '/dev/fd/2': 'stderr',
  '/proc/self/fd/2': 'stderr',
};

const identityOf = (info: Stats) => `${info.dev}:${info.ino}`;

/** "-o out.json", "--write sarif:out.sarif": the output as the user named it. */
const named = (flag: string, given: string) => (flag.endsWith(':') ? `${flag}${given}` : `${flag} ${given}`);

const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** Follow a chain of symlinks to the path they name, also when the last one dangles (the file is then created). */
function followLinks(path: string, flag: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let info: Stats;
    try {
      info = lstatSync(current);
    } catch {
      // missing: the folder part may still hold links
      try {
        return join(realpathSync(dirname(current)), basename(current));
      } catch {
        throw new UsageError(`${named(flag, path)}: the folder ${dirname(current)} does not exist`);
      }
    }
    if (!info.isSymbolicLink()) return realpathSync(current);
    const link = readlinkSync(current);
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw new UsageError(`${named(flag, path)}: too many levels of symbolic links`);
}

/** Check one output path before the analysis: throws UsageError (exit 2) for one that cannot be written. */
export function planOutput(given: string, flag: string): OutputTarget {
  const alias = STREAM_ALIASES[given];
  if (alias) return { flag, given, kind: alias, path: given, inPlace: false };
  if (given === '') throw new UsageError(`${flag}: empty file name`);
  if (/^(?:\/dev\/fd|\/proc\/self\/fd)\/\d+$/.test(given)) return { flag, given, kind: 'special', path: given, inPlace: true };
  const path = followLinks(given, flag);
  let info: Stats | undefined;
  try {
    info = statSync(path);
  } catch {
    info = undefined;
  }
  const where = named(flag, given);
  if (info?.isDirectory()) throw new UsageError(`${where}: is a folder, expected a file name`);
  if (info && !info.isFile()) {
    if (!writable(path)) throw new UsageError(`${where}: not writable`);
    return { flag, given, kind: 'special', path, inPlace: true, identity: identityOf(info) };
  }
  const folderWritable = writable(dirname(path));
  if (!info && !folderWritable) throw new UsageError(`${where}: cannot create a file in ${dirname(path)} (not writable)`);
  if (info && !folderWritable && !writable(path)) throw new UsageError(`${where}: not writable`);
  return { flag, given, kind: 'file', path, inPlace: Boolean(info) && !folderWritable, ...(info ? { identity: identityOf(info) } : {}) };
}

/**
 * Refuse an output that is also an input (it would overwrite the contract) and one named twice
 * (the second report would silently replace the first). Devices such as /dev/null may repeat.
 */
export function checkOutputs(targets: readonly OutputTarget[], inputs: readonly string[]): void {
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    if (input === '-') continue;
    try {
      const info = statSync(input);
      if (info.isFile()) inputIds.set(identityOf(info), input);
    } catch {
      // a missing input is reported by the analysis
    }
  }
  const seen = new Map<string, OutputTarget>();
  for (const target of targets) {
    const input = target.identity ? inputIds.get(target.identity) : undefined;
    if (input !== undefined && target.kind === 'file') throw new UsageError(`${named(target.flag, target.given)}: is also an input (${input}); it would overwrite the contract`);
    if (target.kind === 'special' && target.identity && !inputIds.has(target.identity) && /^\/dev\//.test(target.path)) continue;
    const key = target.kind === 'stdout' || target.kind === 'stderr' ? target.kind : (target.identity ?? target.path);
    const before = seen.get(key);
    if (before) {
      throw new UsageError(`${named(target.flag, target.given)}: the same output as ${named(before.flag, before.given)}; each report needs its own file`);
    }
    seen.set(key, target);
  }
}

/** Something a report is written to, chunk by chunk. */
export interface Sink {
  write(chunk: string): void;
  /** Finish: a regular file appears under its name only now. */
  close(): void;
  /** Give up: the temporary file goes, the target is left as it was. */
  abort(): void;
}

/** Temporary files not yet renamed: removed on any exit, so none is ever left behind. */
const pendingTemporaries = new Set<string>();
let exitHookInstalled = false;
function rememberTemporary(path: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const temporary of pendingTemporaries) removeQuietly(temporary);
    });
  }
  pendingTemporaries.add(path);
}
function removeQuietly(path: string): void {
  pendingTemporaries.delete(path);
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** A write error as the one line the user sees; a closed pipe becomes ClosedOutput. */
function writeFailure(target: OutputTarget, error: unknown): Error {
  if (errorCode(error) === 'EPIPE') return new ClosedOutput();
  return new OutputError(`cannot write ${target.given}: ${errorCode(error)}`);
}

function fdSink(fd: number, target: OutputTarget, onClose: () => void, onAbort: () => void): Sink {
  let open = true;
  const shut = () => {
    if (!open) return;
    open = false;
    closeSync(fd);
  };
  return {
    write(chunk) {
      try {
        const bytes = Buffer.from(chunk);
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      } catch (error) {
        throw writeFailure(target, error);
      }
    },
    close() {
      try {
        if (target.kind === 'file') fsyncSync(fd);
        shut();
        onClose();
      } catch (error) {
        this.abort();
        throw writeFailure(target, error);
      }
    },
    abort() {
      try {
        shut();
      } catch {
        // closing a broken descriptor: nothing more to lose
      }
      onAbort();
    },
  };
}

/** Open a target for writing. Opening a FIFO waits for its reader, as any writer would. */
export function openSink(target: OutputTarget, io: Pick<CliIO, 'stdout' | 'stderr'>): Sink {
  if (target.kind === 'stdout' || target.kind === 'stderr') {
    const stream = target.kind === 'stdout' ? io.stdout : io.stderr;
    return {
      write(chunk) {
        if (chunk) stream.write(chunk);
      },
      close() {},
      abort() {},
    };
  }
  if (target.kind === 'special' || target.inPlace) {
    try {
      return fdSink(openSync(target.path, 'w'), target, () => undefined, () => undefined);
    } catch (error) {
      throw writeFailure(target, error);
    }
  }
  const temporary = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o666);
  } catch (error) {
    // the folder refuses new files (read-only, or became so): rewrite the existing file in place
    if (['EACCES', 'EPERM', 'EROFS'].includes(String(errorCode(error)))) return openSink({ ...target, inPlace: true }, io);
    throw writeFailure(target, error);
  }
  rememberTemporary(temporary);
  try {
    // a replaced report keeps the permissions of the one it replaces
    fchmodSync(fd, statSync(target.path).mode & 0o7777);
  } catch {
    // a new file: the umask decides, as for any other
  }
  return fdSink(
    fd,
    target,
    () => {
      try {
        renameSync(temporary, target.path);
        pendingTemporaries.delete(temporary);
      } catch (error) {
        removeQuietly(temporary);
        throw error;
      }
    },
    () => removeQuietly(temporary),
  );
}

/** Write a whole text to a target (a checked one, or a path checked now). */
export function writeOutput(target: OutputTarget | string, content: string, io: Pick<CliIO, 'stdout' | 'stderr'>, flag = '-o'): void {
  const planned = typeof target === 'string' ? planOutput(target, flag) : target;
  const sink = openSink(planned, io);
  try {
    sink.write(content);
  } catch (error) {
    sink.abort();
    throw error;
  }
  sink.close();
}

/** Absolute paths of the regular files among the outputs: a folder walk skips them (a report is no contract). */
export function outputPaths(targets: readonly OutputTarget[]): string[] {
  return targets.filter((t) => t.kind === 'file').map((t) => t.path);
}

/** Plan one output of a single-contract command (`deadline --ics`, `letter -o`, `diff -o`) and check it against its inputs. */
export function planSingleOutput(path: string, flag: string, inputs: readonly string[]): OutputTarget {
  const target = planOutput(path, flag);
  checkOutputs([target], inputs);
  return target;
}
