import { ExitCode } from '../errors.js';

/**
 * Standard output closed by its reader (`knebel check … | head`) ends the run quietly; any other
 * write error on it (`> /dev/full`) prints one line and exits 74. Without this Node prints a stack
 * trace and exits 1, the "policy failed" code.
 */
const guarded = new WeakSet<NodeJS.WritableStream>();
export function guardStandardStreams(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, onClosed: () => void = () => process.exit(ExitCode.ok)): void {
  if (guarded.has(stdout)) return;
  guarded.add(stdout);
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return onClosed();
    try {
      stderr.write(`knebel: cannot write to standard output: ${error.code ?? error.message}\n`);
    } finally {
      process.exit(ExitCode.outputFailed);
    }
  });
  stderr.on('error', () => {
    // nowhere left to say anything
  });
}
