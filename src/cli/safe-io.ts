import { escapeControlsKeepingColour, neutraliseWorkflowCommands } from '../sanitize.js';
import type { CliIO } from './context.js';

/** Output streams that may carry GitHub workflow commands on purpose (`check --format github` to stdout). */
export interface WorkflowCommandGate {
  /** Let lines beginning with "::" through on standard output (the github format's own commands). */
  allowWorkflowCommands(): void;
}

/**
 * The output boundary: every write to standard output and standard error loses its control
 * characters (escaped as visible `\u001b`; our own colours and the progress bar's line erase
 * pass), and under GitHub Actions no line can become a workflow command unless the command
 * writes them on purpose. The streams keep everything else (isTTY, columns, events).
 */
export function safeIO(io: CliIO): CliIO & WorkflowCommandGate {
  const inActions = Boolean(io.env.GITHUB_ACTIONS);
  let commandsAllowed = false;
  const guard = <S extends NodeJS.WritableStream>(stream: S, commands: () => boolean): S => {
    const write = (chunk: unknown, ...rest: unknown[]) => {
      let text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : String(chunk);
      text = escapeControlsKeepingColour(text);
      if (inActions && !commands()) text = neutraliseWorkflowCommands(text);
      return (stream.write as (...args: unknown[]) => boolean).call(stream, text, ...rest);
    };
    return new Proxy(stream, {
      get(target, property) {
        if (property === 'write') return write;
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return {
    ...io,
    stdout: guard(io.stdout, () => commandsAllowed),
    stderr: guard(io.stderr, () => false),
    allowWorkflowCommands() {
      commandsAllowed = true;
    },
  };
}
