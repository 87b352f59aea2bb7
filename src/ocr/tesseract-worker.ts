/**
 * The thread tesseract.js runs its WebAssembly engine in, replacing its own Node worker script so
 * that nothing can reach the network: its fetch adapter (used for language data when `langPath`
 * is a URL, and its CDN default) refuses, sockets refuse to connect, and language data is read
 * only from the installed `@tesseract.js-data/*` packages. Nothing is written to a cache.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { parentPort } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { LANGUAGE_DATA_DIR, languageDataFile } from './data.js';

const require = createRequire(import.meta.url);

function refuseNetwork(what: string): never {
  throw new Error(`knebel OCR is offline: refused ${what}`);
}

net.Socket.prototype.connect = function refusedConnect() {
  return refuseNetwork('a network connection');
} as never;
globalThis.fetch = (async (url: unknown) => refuseNetwork(`fetching ${String(url)}`)) as typeof fetch;

const worker = require('tesseract.js/src/worker-script/index.js') as {
  setAdapter(adapter: object): void;
  dispatchHandlers(packet: unknown, send: (message: unknown) => void): void;
};
const getCore = require('tesseract.js/src/worker-script/node/getCore.js');

type CoreFactory = (options: object) => Promise<unknown>;
/**
 * The engine as tesseract.js loads it, with its console silenced: Leptonica reports ("Error in
 * boxClipToRectangle: box outside rectangle") on harmless page edges would otherwise reach the
 * terminal of a library caller; what matters is returned as confidence and text.
 */
const quietCore = async (...args: unknown[]): Promise<CoreFactory> => {
  const Core = (await getCore(...args)) as CoreFactory;
  return (options) => Core({ ...options, print: () => undefined, printErr: () => undefined });
};

worker.setAdapter({
  getCore: quietCore,
  gunzip: gunzipSync,
  fetch: (url: string) => refuseNetwork(`fetching ${url}`),
  /** Language data is the only file the engine asks for: `${LANGUAGE_DATA_DIR}/<code>.traineddata.gz`. */
  readCache: async (path: string) => {
    const file = path.startsWith(`${LANGUAGE_DATA_DIR}/`) ? languageDataFile(path.slice(LANGUAGE_DATA_DIR.length + 1), require) : undefined;
    if (!file) throw new Error(`no installed OCR language data for ${path}`);
    return readFile(file);
  },
  writeCache: async () => undefined,
  deleteCache: async () => undefined,
  checkCache: async () => false,
});

parentPort?.on('message', (packet) => worker.dispatchHandlers(packet, (message) => parentPort?.postMessage(message)));
