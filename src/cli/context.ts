export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** What every command definition gets: the streams and a way to set the exit code. */
export interface CommandContext {
  io: CliIO;
  setExit(code: number): void;
}
