import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may talk to the local server. It listens on 127.0.0.1 only, but any web page the user opens
 * can still send requests there: a random token in every path keeps other pages (and other users
 * of the machine) out, and the Host check defeats DNS rebinding, where an attacker's domain is
 * made to resolve to 127.0.0.1 so that the browser treats the server as that domain's.
 */

/** 24 random bytes: as hard to guess as a 192-bit key, short enough for a URL. */
export const newToken = (): string => randomBytes(24).toString('base64url');

/** Names the loopback address goes by in a browser's Host header. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** The Host header must name the loopback address and our port exactly: anything else is a foreign name. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return LOOPBACK_NAMES.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** A request that says where it comes from must come from the page itself (no cross-site posts). */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_NAMES.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}

/**
 * The path after the token ("/TOKEN/api/analyze" → "api/analyze"), or null when the token is
 * missing or wrong. Compared in constant time, so the answer's timing tells nothing about it.
 */
export function pathAfterToken(pathname: string, token: string): string | null {
  const match = /^\/([^/]*)(?:\/(.*))?$/.exec(pathname);
  if (!match) return null;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return match[2] ?? null;
}

/**
 * Headers of every answer: a Content Security Policy that lets the page load only its own script
 * and style from this server and talk to nothing else; no caching (results live in memory only),
 * no referrer (the token is in the URL), no framing, no content sniffing.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
