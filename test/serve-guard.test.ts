import { describe, expect, it } from 'vitest';
import { hostAllowed, newToken, originAllowed, pathAfterToken } from '../src/serve/guard.js';
import { splitUpload, UploadError } from '../src/serve/upload.js';

/** The checks in front of `knebel serve`, and how an upload is cut into files. */
describe('serve guard', () => {
  it('accepts only the loopback names with our port as Host', () => {
    expect(hostAllowed('127.0.0.1:8080', 8080)).toBe(true);
    expect(hostAllowed('localhost:8080', 8080)).toBe(true);
    expect(hostAllowed('LOCALHOST:8080', 8080)).toBe(true);
    for (const host of [undefined, '', '127.0.0.1', '127.0.0.1:8081', 'evil.example:8080', '127.0.0.1.evil.example:8080', 'localhost.:8080', '[::1]:8080']) {
      expect(hostAllowed(host, 8080), String(host)).toBe(false);
    }
  });

  it('accepts a missing Origin or our own, nothing else', () => {
    expect(originAllowed(undefined, 5000)).toBe(true);
    expect(originAllowed('http://127.0.0.1:5000', 5000)).toBe(true);
    expect(originAllowed('null', 5000)).toBe(false);
    expect(originAllowed('https://127.0.0.1:5000', 5000)).toBe(false);
    expect(originAllowed('http://evil.example', 5000)).toBe(false);
  });

  it('finds the path after a correct token only', () => {
    const token = newToken();
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(newToken()).not.toBe(token);
    expect(pathAfterToken(`/${token}/`, token)).toBe('');
    expect(pathAfterToken(`/${token}`, token)).toBeNull();
    expect(pathAfterToken(`/${token}/api/file`, token)).toBe('api/file');
    expect(pathAfterToken(`/${token.slice(1)}/`, token)).toBeNull();
    expect(pathAfterToken('/', token)).toBeNull();
    expect(pathAfterToken(`/x/${token}/`, token)).toBeNull();
  });
});

describe('serve upload', () => {
  const header = (files: unknown) => encodeURIComponent(JSON.stringify(files));

  it('cuts the body into its files, base names only, repeated names made distinct', () => {
    const body = Buffer.from('aaabbbbc');
    const files = splitUpload(header([{ name: 'C:\\Fotos\\seite.jpg', size: 3 }, { name: 'seite.jpg', size: 4 }, { name: '', size: 1 }]), body);
    expect(files.map((f) => f.name)).toEqual(['seite.jpg', 'seite.jpg (2)', 'contract']);
    expect(files.map((f) => Buffer.from(f.bytes).toString())).toEqual(['aaa', 'bbbb', 'c']);
  });

  it('refuses sizes that do not add up, and a missing or broken list', () => {
    const body = Buffer.from('abc');
    for (const bad of [header([{ name: 'a', size: 2 }]), header([{ name: 'a', size: 4 }]), header([{ name: 'a', size: -1 }, { name: 'b', size: 4 }]), header([]), '%E0%A4%A', undefined]) {
      expect(() => splitUpload(bad, body)).toThrow(UploadError);
    }
  });
});
