import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the real CLI (bin/knebel.js over the compiled dist/) as a user would. */
export function knebel(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined> } = {}): CliResult {
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env } as NodeJS.ProcessEnv;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, ['bin/knebel.js', ...args], { cwd: ROOT, input: options.input, env, encoding: 'utf8', timeout: 60000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function knebelJson(args: string[], options: Parameters<typeof knebel>[1] = {}) {
  const result = knebel(['check', '--format', 'json', ...args], options);
  return { ...result, report: JSON.parse(result.stdout) };
}
