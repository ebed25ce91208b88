/**
 * The GitHub OAuth proxy (scripts/oauth-proxy/) against a loopback stand-in for
 * github.com (the only fake: the real GitHub cannot run here): allow-listed sites
 * only, a state cookie that must match (CSRF), the secret kept on the server, and
 * a callback page that hands the token only to an allowed origin.
 */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../scripts/oauth-proxy/config.ts';
import { CLIENT_ID, CLIENT_SECRET, CODE, TOKEN } from './helpers/github-stand-in.ts';
import { SITE, useProxyOnLoopback } from './helpers/proxy-on-loopback.ts';

const proxy = useProxyOnLoopback();
const { get } = proxy;

describe('settings', () => {
  it('name the missing variable and refuse plain http off this machine', () => {
    expect(() => readConfig({})).toThrow(/^Thiếu biến môi trường OAUTH_ALLOWED_ORIGINS/);
    const env = {
      GITHUB_CLIENT_ID: 'a',
      GITHUB_CLIENT_SECRET: 'b',
      OAUTH_PUBLIC_URL: 'https://oauth.sogd.vn',
      OAUTH_ALLOWED_ORIGINS: 'http://thcsnguyendu.edu.vn',
    };
    expect(() => readConfig(env)).toThrow('OAUTH_ALLOWED_ORIGINS: "http://thcsnguyendu.edu.vn" phải dùng https');
    expect(
      readConfig({ ...env, OAUTH_ALLOWED_ORIGINS: 'https://thcsnguyendu.edu.vn/admin/, https://mnhoasen.edu.vn' })
        .allowedOrigins,
    ).toEqual([SITE, 'https://mnhoasen.edu.vn']);
  });
});

describe('GET /auth', () => {
  it('refuses a site that is not allowed, and other providers', async () => {
    const other = await get('/auth?provider=github&site_id=evil.example&scope=repo');
    expect(other.status).toBe(403);
    expect(await other.text()).toContain(
      'Cổng «evil.example» chưa được phép đăng nhập qua máy chủ này. Cách sửa: thêm https://evil.example vào OAUTH_ALLOWED_ORIGINS.',
    );
    expect((await get('/auth?provider=gitlab&site_id=thcsnguyendu.edu.vn')).status).toBe(400);
  });

  it('sends the browser to GitHub with a fresh state, also set as an HttpOnly cookie', async () => {
    const res = await get('/auth?provider=github&site_id=thcsnguyendu.edu.vn&scope=repo');
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${proxy.github.url}/login/oauth/authorize`);
    const state = location.searchParams.get('state') ?? '';
    expect(state).toMatch(/^[\w-]{32}$/);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      client_id: CLIENT_ID,
      redirect_uri: 'http://127.0.0.1:0/callback',
      scope: 'repo',
      state,
    });
    expect(res.headers.get('set-cookie')).toBe(
      `ct_oauth_state=${state}; HttpOnly; SameSite=Lax; Path=/callback; Max-Age=600`,
    );
    const again = new URL(
      (await get('/auth?provider=github&site_id=thcsnguyendu.edu.vn')).headers.get('location') ?? '',
    );
    expect(again.searchParams.get('state')).not.toBe(state);
  });
});

describe('GET /callback', () => {
  it('refuses a state without its cookie or with another one, before asking GitHub', async () => {
    const before = proxy.github.seen.length;
    for (const cookie of [undefined, 'ct_oauth_state=autre-etat-000000000000000000000000']) {
      const res = await get(`/callback?code=${CODE}&state=etat-000000000000000000000000000000`, cookie);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('Phiên đăng nhập không khớp');
    }
    expect(proxy.github.seen.slice(before)).toEqual([]);
  });

  it('exchanges the code with the secret and answers with the handshake page, for allowed origins only', async () => {
    const start = await get('/auth?provider=github&site_id=thcsnguyendu.edu.vn&scope=repo');
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state');
    const res = await get(`/callback?code=${CODE}&state=${state}`, `ct_oauth_state=${state}`);
    expect(res.status).toBe(200);
    const exchange = proxy.github.seen.at(-1);
    expect(exchange).toMatchObject({
      method: 'POST',
      path: '/login/oauth/access_token',
      body: { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, code: CODE },
    });
    const html = await res.text();
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(csp).toMatch(/^default-src 'none'; script-src 'nonce-[^']+'/);
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toContain(`var origins = ["${SITE}"];`);
    expect(html).toContain(
      JSON.stringify(`authorization:github:success:${JSON.stringify({ token: TOKEN, provider: 'github' })}`).replace(
        /</g,
        '\\u003c',
      ),
    );
    expect(html).not.toContain(CLIENT_SECRET);
    expect(html).not.toMatch(/postMessage\([^)]*'\*'/);
    expect(res.headers.get('set-cookie')).toContain(
      'ct_oauth_state=; HttpOnly; SameSite=Lax; Path=/callback; Max-Age=0',
    );
  });

  it('reports a code GitHub refuses, in Vietnamese, without a token', async () => {
    const start = await get('/auth?provider=github&site_id=thcsnguyendu.edu.vn');
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state');
    const html = await (await get(`/callback?code=ma-cu&state=${state}`, `ct_oauth_state=${state}`)).text();
    expect(html).toContain('Không đăng nhập được: GitHub từ chối mã đăng nhập (bad_verification_code).');
    expect(html).toContain('authorization:github:error:');
    expect(html).not.toContain(TOKEN);
  });
});
