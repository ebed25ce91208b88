/**
 * The GitHub OAuth proxy (scripts/oauth-proxy/) attacked as a stranger would, on
 * loopback against the GitHub stand-in: whatever the query says, the browser is
 * only ever sent to GitHub with the proxy's own callback and a fresh state; text
 * from the query is shown, never parsed as HTML (a `<meta http-equiv=refresh>` in
 * `site_id` must not turn the refusal page into an open redirect, which a CSP does
 * not stop); a callback without its state cookie never reaches GitHub; and the
 * real process (main.ts) never writes the token, the code, the state or the
 * secret to its output, nor puts the token in any address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { CLIENT_ID, CLIENT_SECRET, CODE, TOKEN } from '../oauth/helpers/github-stand-in.ts';
import { PUBLIC_URL, SITE, useProxyOnLoopback } from '../oauth/helpers/proxy-on-loopback.ts';
import { ROOT } from '../helpers/paths.ts';

const proxy = useProxyOnLoopback();
const { get } = proxy;

/** The elements a browser would build from the page, by tag name. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => void found.push(node));
  return found;
}

const PAYLOADS = [
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '"><a href="https://evil.example/">Đăng nhập lại</a>',
  '<form action="https://evil.example/"><input name="mat-khau"></form>',
  '<base href="https://evil.example/"><img src=x onerror=alert(1)>',
];

describe('text from the query never becomes markup', () => {
  it.each(PAYLOADS)('site_id %s is refused and shown as text', async (payload) => {
    const res = await get(`/auth?provider=github&site_id=${encodeURIComponent(payload)}`);
    expect(res.status).toBe(403);
    expect(res.headers.get('location')).toBeNull();
    const html = await res.text();
    const tags = elements(html).map((e) => e.tagName);
    expect(tags.filter((t) => !['html', 'head', 'meta', 'title', 'body', 'p'].includes(t))).toEqual([]);
    // The one <meta> is the charset: no refresh, whatever the query held.
    expect(
      elements(html)
        .filter((e) => e.tagName === 'meta')
        .map((e) => e.properties),
    ).toEqual([{ charSet: 'utf-8' }]);
    expect(toText(fromHtml(html))).toContain(`Cổng «${payload}» chưa được phép đăng nhập qua máy chủ này.`);
  });

  it('an error GitHub is made to return is shown as text, and cannot close the script', async () => {
    const start = await get('/auth?provider=github&site_id=thcsnguyendu.edu.vn');
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const payload = '</script><meta http-equiv="refresh" content="0;url=https://evil.example/"><script>alert(1)//';
    const res = await get(
      `/callback?state=${state}&error=access_denied&error_description=${encodeURIComponent(payload)}`,
      `ct_oauth_state=${state}`,
    );
    const html = await res.text();
    expect(elements(html).map((e) => e.tagName)).toEqual(['html', 'head', 'meta', 'title', 'body', 'p', 'script']);
    expect(toText(fromHtml(html))).toContain(`Không đăng nhập được: ${payload}`);
    expect(html).not.toContain(TOKEN);
  });
});

describe('no open redirect', () => {
  const hostile = [
    '&redirect_uri=https://evil.example/cb',
    '&redirect_url=https://evil.example/cb',
    '&state=trang-thai-cua-ke-gian',
    '&client_id=Iv1.ke-gian',
    '&scope=admin:org',
  ];
  it.each(hostile)('/auth with %s still sends the browser to GitHub with the proxy’s callback', async (extra) => {
    const res = await get(`/auth?provider=github&site_id=thcsnguyendu.edu.vn${extra}`);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${proxy.github.url}/login/oauth/authorize`);
    expect(location.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/callback`);
    expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(location.searchParams.get('scope')).toBe('repo');
    expect(location.searchParams.get('state')).not.toBe('trang-thai-cua-ke-gian');
    expect(location.searchParams.get('state')).toMatch(/^[\w-]{32}$/);
  });

  it.each([
    'thcsnguyendu.edu.vn.evil.example',
    'evil.example/thcsnguyendu.edu.vn',
    'evil.example#thcsnguyendu.edu.vn',
    'evil.example?thcsnguyendu.edu.vn',
    '',
  ])('a look-alike site_id %j is refused', async (site) => {
    const res = await get(`/auth?provider=github&site_id=${encodeURIComponent(site)}`);
    expect(res.status).toBe(403);
    expect(res.headers.get('location')).toBeNull();
  });

  it('a request whose address names another host is still answered for this proxy only', async () => {
    const res = await get('//evil.example/auth?provider=github&site_id=thcsnguyendu.edu.vn');
    expect(new URL(res.headers.get('location') ?? '').origin).toBe(proxy.github.url);
  });

  it('the callback page hands the token only to the allowed origins, whatever the query adds', async () => {
    const start = await get('/auth?provider=github&site_id=thcsnguyendu.edu.vn');
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const res = await get(
      `/callback?code=${CODE}&state=${state}&origin=https://evil.example&site_id=evil.example`,
      `ct_oauth_state=${state}`,
    );
    const html = await res.text();
    expect(html).toContain(`var origins = ["${SITE}"];`);
    expect(html).not.toContain('evil.example');
  });
});

describe('the state check', () => {
  it.each([
    ['no state, no cookie', `/callback?code=${CODE}`, undefined],
    ['an empty state and an empty cookie', `/callback?code=${CODE}&state=`, 'ct_oauth_state='],
    ['a state without its cookie', `/callback?code=${CODE}&state=abc`, undefined],
    ['a cookie without the state', `/callback?code=${CODE}`, 'ct_oauth_state=abc'],
    ['a state of another length', `/callback?code=${CODE}&state=abcd`, 'ct_oauth_state=abc'],
    ['a cookie of another name', `/callback?code=${CODE}&state=abc`, 'ct_oauth_state_x=abc'],
  ])('%s: refused before GitHub is asked', async (_what, path, cookie) => {
    const before = proxy.github.seen.length;
    const res = await get(path, cookie);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Phiên đăng nhập không khớp');
    expect(proxy.github.seen.slice(before)).toEqual([]);
  });
});

describe('the running proxy (main.ts) keeps secrets out of addresses and logs', () => {
  let child: ChildProcess;
  let output = '';
  let url: string;

  /** A port free on loopback right now, for the child to listen on. */
  async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
    const { port } = probe.address() as AddressInfo;
    await new Promise((done) => probe.close(done));
    return port;
  }

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // The Node running the tests (the project's Node 24), as tests/helpers/build-cli.ts does.
    child = spawn(process.execPath, ['scripts/oauth-proxy/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        GITHUB_CLIENT_ID: CLIENT_ID,
        GITHUB_CLIENT_SECRET: CLIENT_SECRET,
        OAUTH_ALLOWED_ORIGINS: SITE,
        OAUTH_PUBLIC_URL: url,
        GITHUB_URL: proxy.github.url,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    while (!output.includes('OAuth proxy')) {
      if (child.exitCode !== null) throw new Error(output);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  });

  it('a whole login, a refused code and a refused state leave nothing secret in addresses or output', async () => {
    const start = await fetch(`${url}/auth?provider=github&site_id=thcsnguyendu.edu.vn`, { redirect: 'manual' });
    const authorize = start.headers.get('location') ?? '';
    const state = new URL(authorize).searchParams.get('state') ?? '';
    // GitHub's redirect back, as the stand-in makes it.
    const back = (await fetch(authorize, { redirect: 'manual' })).headers.get('location') ?? '';
    expect(back).toBe(`${url}/callback?code=${CODE}&state=${state}`);
    const done = await fetch(back, { headers: { cookie: `ct_oauth_state=${state}` } });
    expect(await done.text()).toContain(TOKEN);
    await fetch(`${url}/callback?code=ma-cu&state=${state}`, { headers: { cookie: `ct_oauth_state=${state}` } });
    await fetch(`${url}/callback?code=${CODE}&state=sai`, { headers: { cookie: `ct_oauth_state=${state}` } });
    // Every address the browser was sent to, and everything the process wrote.
    for (const address of [authorize, back]) {
      expect(address).not.toContain(TOKEN);
      expect(address).not.toContain(CLIENT_SECRET);
    }
    expect(output).toContain('OAuth proxy');
    for (const secret of [TOKEN, CLIENT_SECRET, CODE, state]) expect(output).not.toContain(secret);
  });
});
