import { spawn } from 'node:child_process';

/**
 * Open a URL in the default browser with the system's own opener (no dependency): `open` on
 * macOS, `start` on Windows, `xdg-open` elsewhere. Never fails: without an opener (a server, a
 * container) the printed URL is the way in. Returns false when none could be started.
 */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  // start's first quoted argument is a window title, hence the empty ""
  const [command, args] = platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
