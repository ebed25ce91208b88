/**
 * The real OAuth proxy (scripts/oauth-proxy/server.ts) on loopback against the GitHub
 * stand-in, started before a test file's tests and closed after them, allowing one site.
 */
import { afterAll, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createOAuthProxy } from '../../../scripts/oauth-proxy/server.ts';
import { CLIENT_ID, CLIENT_SECRET, startGitHubStandIn, type StandIn } from './github-stand-in.ts';

/** The one site the proxy allows. */
export const SITE = 'https://thcsnguyendu.edu.vn';
/** The proxy's own public address, as its callback URL names it. */
export const PUBLIC_URL = 'http://127.0.0.1:0';

export interface LoopbackProxy {
  /** The GitHub stand-in (its address, and every token exchange it saw). */
  readonly github: StandIn;
  /** A request to the proxy; redirects are not followed. */
  get(path: string, cookie?: string): Promise<Response>;
}

export function useProxyOnLoopback(): LoopbackProxy {
  let github: StandIn | undefined;
  let proxy: Server | undefined;
  let proxyUrl = '';
  beforeAll(async () => {
    github = await startGitHubStandIn();
    proxy = createOAuthProxy({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      allowedOrigins: [SITE],
      publicUrl: PUBLIC_URL,
      githubUrl: github.url,
      port: 0,
      host: '127.0.0.1',
    });
    const server = proxy;
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    const server = proxy;
    if (server) await new Promise((done) => server.close(done));
    await github?.close();
  });
  return {
    get github() {
      if (!github) throw new Error('the GitHub stand-in starts in beforeAll');
      return github;
    },
    get: (path, cookie) => fetch(`${proxyUrl}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} }),
  };
}
