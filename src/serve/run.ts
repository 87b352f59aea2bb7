import { ExitCode } from '../errors.js';
import type { CliIO } from '../cli/context.js';
import { analysisSettings, runSettings, type SettingsFlags } from '../settings/analysis.js';
import { capJobs } from '../runner/jobs.js';
import { watchStopSignals } from '../runner/signals.js';
import { openBrowser } from './open.js';
import { startServer } from './server.js';

export interface ServeCliOptions extends SettingsFlags {
  port: number;
  open: boolean;
  /** Largest upload, in MB. */
  maxUpload: number;
  today?: string;
}

/**
 * `knebel serve`: the page on 127.0.0.1 until Ctrl-C. The first line on standard output is the
 * address (with the session's token), so a script can read it; everything else goes to stderr.
 */
export async function runServe(options: ServeCliOptions, io: CliIO): Promise<number> {
  // the same reading options, time budget and limits as `knebel check` (src/settings)
  const { locale: _each, ...analysis } = analysisSettings(options);
  const limits = { ...analysis, ...runSettings(options) };
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      port: options.port,
      limits,
      maxUpload: options.maxUpload * 1024 * 1024,
      parallel: capJobs().jobs,
      today: options.today,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(`knebel: error: cannot listen on 127.0.0.1:${options.port}${code === 'EADDRINUSE' ? ': the port is taken (try --port 0)' : `: ${code ?? (error as Error).message}`}\n`);
    return ExitCode.usage;
  }
  // listening for Ctrl-C before the address is printed: a script may stop us as soon as it reads it
  const stopped = new Promise<void>((resolve) => {
    const stop = watchStopSignals(() => {
      stop.dispose();
      resolve();
    });
  });
  io.stdout.write(`${server.url}\n`);
  io.stderr.write('knebel: serving on 127.0.0.1 only; nothing leaves this computer. Stop with Ctrl-C.\n');
  if (options.open && !(await openBrowser(server.url))) io.stderr.write('knebel: no browser could be opened: open the address above yourself\n');
  await stopped;
  await server.close();
  io.stderr.write('knebel: stopped\n');
  return ExitCode.ok;
}
