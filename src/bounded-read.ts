import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { RulePackError } from './errors.js';

/**
 * Largest files read whole for settings (README "Limits and hostile input"): far above any real
 * config, rule file or baseline report, far below what would exhaust memory.
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_RULE_FILE_BYTES = 1024 * 1024;
export const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

/**
 * Read a user-named file (a config, a baseline, a rule file) as UTF-8 text, only if it is a
 * regular file (after following links: a committed symlink to /dev/zero or a FIFO is refused)
 * and at most `maxBytes` long. The size is checked before reading, and no more than that size is
 * read: a file that grows in between is refused. Problems come back as `fail(reason)`, for the
 * caller to turn into its own error (a usage error, a rule-pack problem).
 */
export function readBoundedText(path: string, maxBytes: number, fail: (reason: string) => Error): string {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw fail((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  if (!info.isFile()) throw fail(info.isDirectory() ? 'is a directory' : 'not a regular file (a device, pipe or socket)');
  if (info.size > maxBytes) throw fail(`${info.size.toLocaleString('en')} bytes, over the limit of ${maxBytes.toLocaleString('en')} bytes`);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fail((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  try {
    if (!fstatSync(fd).isFile()) throw fail('not a regular file (a device, pipe or socket)');
    // one byte more than the size seen: a file that grew since is noticed, not read without end
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) throw fail('it grew while being read');
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/** A rule file of a pack, bounded like the settings files; a problem is the pack's (exit 4), with the file named. */
export function readRuleFile(path: string): string {
  return readBoundedText(path, MAX_RULE_FILE_BYTES, (reason) => new RulePackError([{ file: path, reason: `cannot read rule file: ${reason}` }]));
}
