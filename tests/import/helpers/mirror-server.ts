/**
 * An old portal on a loopback port, served from a mirror folder: query strings are
 * part of the file name (as `wget --mirror` stores them, which tests/helpers/serve.ts
 * cannot serve), the old host name in the pages is rewritten to this server's, one
 * address answers with a redirect, and every request is logged with its User-Agent.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileForUrl } from '../../../scripts/lib/import/mirror-paths.ts';

export interface MirrorServer {
  url: string;
  requests: { path: string; userAgent: string }[];
  close: () => Promise<void>;
}

const TYPES: [RegExp, string][] = [
  [/\.pdf$/i, 'application/pdf'],
  [/\.jpe?g$/i, 'image/jpeg'],
  [/\.exe$/i, 'application/octet-stream'],
  [/robots\.txt$/, 'text/plain; charset=utf-8'],
];

export async function serveMirror(
  root: string,
  oldOrigin: string,
  redirects: Record<string, string> = {},
): Promise<MirrorServer> {
  const requests: MirrorServer['requests'] = [];
  let origin = '';
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '/', userAgent: String(req.headers['user-agent'] ?? '') });
    const to = redirects[req.url ?? ''];
    if (to) return void res.writeHead(301, { location: to }).end();
    const rel = fileForUrl(new URL(req.url ?? '/', 'http://x'));
    const file = rel ? join(root, rel) : undefined;
    if (!file || !existsSync(file) || !statSync(file).isFile())
      return void res.writeHead(404, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>404</title>');
    const type = TYPES.find(([p]) => p.test(file))?.[1] ?? 'text/html; charset=utf-8';
    const bytes = readFileSync(file);
    res.writeHead(200, { 'content-type': type });
    res.end(type.startsWith('text/html') ? bytes.toString('utf8').replaceAll(oldOrigin, origin) : bytes);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { url: origin, requests, close: () => new Promise((done) => server.close(() => done())) };
}
