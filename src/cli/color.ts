/**
 * Colour level, decided once: --color/--no-color flags, then NO_COLOR, then FORCE_COLOR, then
 * whether stdout is a terminal. chalk alone ignores NO_COLOR on a TTY, so we decide for it.
 */
export function colorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return Math.max(1, envLevel(env) ?? 1) as 1 | 2 | 3;
  if (env.NO_COLOR) return 0;
  const forced = envLevel(env);
  if (forced !== undefined) return forced;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 2;
}

function envLevel(env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 | undefined {
  const value = env.FORCE_COLOR;
  if (value === undefined) return undefined;
  if (value === '0' || value === 'false') return 0;
  if (value === '' || value === 'true' || value === '1') return 1;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}
