import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { readUserDate } from '../deadline/civil.js';
import { STYLE } from '../format/html.js';
import { escapeHtml } from '../format/html-parts.js';
import { CATALOGS, type Locale } from '../i18n/messages.js';
import { Analyses, type AnalysisLimits } from './analyses.js';
import { download, DOWNLOADS, mailDraft, type DownloadKind } from './files.js';
import { hostAllowed, newToken, originAllowed, pathAfterToken, SECURITY_HEADERS } from './guard.js';
import { pageView, type DateChoices } from './render.js';
import { FILES_HEADER, readBody, splitUpload, UploadError } from './upload.js';

/**
 * The local web server of `knebel serve`: the page, its script and style, and a small API that
 * analyses uploads in the worker pool and answers with fragments rendered by the HTML report's
 * pieces. It listens on 127.0.0.1 only; every path starts with the session's token.
 */
export interface ServeOptions {
  /** 0: a free port. */
  port: number;
  limits: AnalysisLimits;
  /** Largest upload (all files together), in bytes. */
  maxUpload: number;
  /** Analyses at once. */
  parallel: number;
  /** Today's date for the deadlines (tests, screenshots); default: today in the contract's jurisdiction. */
  today?: string;
  /** The token (tests); default: a random one. */
  token?: string;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT/TOKEN/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));
const read = (name: string) => readFileSync(`${WEB}${name}`, 'utf8');

/** Only the page's own strings go to the page, both languages (it switches without a reload). */
function pageStrings(): Record<Locale, Record<string, string>> {
  const pick = (locale: Locale) => Object.fromEntries(Object.entries(CATALOGS[locale]).filter(([key]) => key.startsWith('serve.')));
  return { de: pick('de'), en: pick('en') };
}

/** The page in a language: its template with the strings filled in, and both catalogs for the switch. */
function renderPage(template: string, locale: Locale, maxUpload: number): string {
  const strings = pageStrings();
  // "<" escaped: the JSON sits inside a <script> data block
  const json = JSON.stringify(strings).replace(/</g, '\\u003c');
  return template
    .replace(/\{\{lang\}\}/g, locale)
    .replace('{{maxUpload}}', String(maxUpload))
    .replace('{{strings}}', json)
    .replace(/\{\{(serve\.[\w.]+)\}\}/g, (whole, key: string) => escapeHtml(strings[locale][key] ?? whole));
}

/** The browser's first language, when it is German; English otherwise. */
const browserLocale = (header: string | undefined): Locale => (/^\s*de\b/i.test(header ?? '') ? 'de' : 'en');

const localeParam = (value: string | null): Locale | undefined => (value === 'de' || value === 'en' ? value : undefined);

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  response.end(body);
}

const refuse = (response: ServerResponse, status: number, message: string) => send(response, status, 'text/plain; charset=utf-8', `${message}\n`);

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const analyses = new Analyses(options.limits, options.parallel);
  const template = read('index.html');
  const assets: Record<string, [string, string]> = {
    'app.js': ['text/javascript; charset=utf-8', read('app.js')],
    'style.css': ['text/css; charset=utf-8', `${STYLE.trim()}\n${read('page.css')}`],
  };
  let port = options.port;

  /** Query values of a view or download: the language, the dates, the sender's name. */
  const choicesOf = (params: URLSearchParams): DateChoices => {
    const start = params.get('start') ? (readUserDate(params.get('start') as string) ?? undefined) : undefined;
    return { start, today: options.today };
  };

  /** Analyse (or take from memory) and answer as lines of JSON: progress while OCR reads pages, then the view or the error. */
  async function streamView(response: ServerResponse, id: string, params: URLSearchParams): Promise<void> {
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/x-ndjson; charset=utf-8' });
    const line = (value: unknown) => response.write(`${JSON.stringify(value)}\n`);
    const outcome = await analyses.analyse(id, localeParam(params.get('lang')), (progress) => line({ progress }));
    if (!outcome.ok) line({ error: outcome.error });
    else {
      const choices = choicesOf(params);
      line({ id, view: pageView(outcome.analysed, choices, mailDraft(outcome.analysed, choices)) });
    }
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostAllowed(request.headers.host, port)) return refuse(response, 421, 'misdirected request: this server answers only to 127.0.0.1');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const path = pathAfterToken(url.pathname, token);
    if (path === null) return refuse(response, 403, 'forbidden: open the address knebel serve printed');
    if (!originAllowed(request.headers.origin, port)) return refuse(response, 403, 'forbidden: request from another site');
    const method = request.method ?? 'GET';
    if (path === 'api/analyze') {
      if (method !== 'POST') return refuse(response, 405, 'method not allowed');
      const files = splitUpload(request.headers[FILES_HEADER], await readBody(request, options.maxUpload));
      return streamView(response, analyses.add(files), url.searchParams);
    }
    if (method !== 'GET' && method !== 'HEAD') return refuse(response, 405, 'method not allowed');
    if (path === '' || path === 'index.html') return send(response, 200, 'text/html; charset=utf-8', renderPage(template, browserLocale(request.headers['accept-language']), options.maxUpload));
    if (assets[path]) return send(response, 200, ...assets[path]);
    const id = url.searchParams.get('id') ?? '';
    if (path.startsWith('api/') && !analyses.has(id)) return refuse(response, 410, 'gone: this contract is no longer in memory');
    if (path === 'api/view') return streamView(response, id, url.searchParams);
    if (path === 'api/file') {
      const kind = url.searchParams.get('kind') as DownloadKind;
      if (!DOWNLOADS.includes(kind)) return refuse(response, 400, `kind must be one of ${DOWNLOADS.join(', ')}`);
      const outcome = await analyses.analyse(id, localeParam(url.searchParams.get('lang')), () => undefined);
      if (!outcome.ok) return refuse(response, 422, `${outcome.error.message} [${outcome.error.code}]`);
      const file = await download(kind, outcome.analysed, choicesOf(url.searchParams), url.searchParams.get('name') ?? '');
      if (!file) return refuse(response, 409, 'no notice deadline: nothing to put in a calendar');
      return send(response, 200, file.type, file.body, { 'Content-Disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}` });
    }
    return refuse(response, 404, 'not found');
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof UploadError) return refuse(response, error.status, error.message);
      refuse(response, 500, `internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/${token}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        analyses.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
