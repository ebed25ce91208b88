/**
 * Logging in on a real deployment, as far as this machine allows, with the real
 * Decap admin (the cached bundle, index.html and config.yml the build writes, from
 * cms-integration.ts `adminFiles`) in headless Chromium at 390 px:
 *
 * - GitHub: the whole popup flow through scripts/oauth-proxy/ — admin → proxy
 *   `/auth` → (stand-in) GitHub authorize → proxy `/callback` → the postMessage
 *   handshake → Decap stores the token and calls the API with it. The stand-in
 *   for github.com (authorize, token, `/user`, the repository) is the only fake.
 * - Forgejo: the admin boots with the editorial workflow to its Vietnamese login
 *   screen, and «Đăng nhập bằng Forgejo» leaves for the server's authorize page
 *   with a PKCE challenge (S256) and the app id. What happens on the Forgejo
 *   server (consent, the token request, CORS) cannot run here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import type { SiteConfig } from '../../content-schemas/site.ts';
import { adminFiles } from '../../themes/cong-truong/cms-integration.ts';
import { ensureAdminBundle } from '../../themes/cong-truong/admin/bundle.ts';
import { createOAuthProxy } from '../../scripts/oauth-proxy/server.ts';
import { freePort } from '../cms/helpers/sandbox.ts';
import { PHONE, tap } from '../cms/helpers/phone.ts';
import { CLIENT_ID, CLIENT_SECRET, TOKEN, startGitHubStandIn, type StandIn } from './helpers/github-stand-in.ts';

const SITE_DIR = join(FIXTURE_SITES_DIR, 'mini');
const REPO = 'thcs-thu-nghiem/cong-truong';
let base: string;
let browser: Browser;
const servers: StaticServer[] = [];

/** The admin as a build would publish it for this `cms:` setting, served on 127.0.0.1. */
async function publishAdmin(name: string, cms: SiteConfig['cms']): Promise<{ url: string; yaml: string }> {
  const bundle = await ensureAdminBundle();
  const site = { ...loadSiteConfig(SITE_DIR), cms };
  const files = adminFiles(site, SITE_DIR, bundle);
  const root = join(base, name);
  mkdirSync(join(root, 'admin'), { recursive: true });
  for (const file of bundle.files) cpSync(join(bundle.dir, file), join(root, 'admin', file));
  writeFileSync(join(root, 'admin/index.html'), files.html);
  writeFileSync(join(root, 'admin/config.yml'), files.yaml);
  const server = await serve(root);
  servers.push(server);
  return { url: server.url, yaml: files.yaml };
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'cong-truong-login-'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  rmSync(base, { recursive: true, force: true });
});

describe('GitHub through the OAuth proxy', () => {
  let github: StandIn;
  let proxy: Server;

  afterAll(async () => {
    await new Promise((done) => proxy?.close(done));
    await github?.close();
  });

  it('completes the popup handshake and the admin calls GitHub with the token', async () => {
    github = await startGitHubStandIn(REPO);
    const port = await freePort();
    const proxyUrl = `http://127.0.0.1:${port}`;
    // The admin's origin is known only once it is served, and the admin needs the proxy's URL: the port is picked first.
    const admin = await publishAdmin('github', {
      backend: 'github',
      repo: REPO,
      branch: 'main',
      baseUrl: proxyUrl,
      apiRoot: github.url,
    } as SiteConfig['cms']);
    proxy = createOAuthProxy({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      allowedOrigins: [admin.url],
      publicUrl: proxyUrl,
      githubUrl: github.url,
      port,
      host: '127.0.0.1',
    });
    await new Promise<void>((ready) => proxy.listen(port, '127.0.0.1', ready));
    expect(parse(admin.yaml).backend).toMatchObject({ name: 'github', base_url: proxyUrl, api_root: github.url });

    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${admin.url}/admin/`);
    const popupOpened = page.waitForEvent('popup');
    await tap(page, page.getByRole('button', { name: 'Đăng nhập bằng GitHub' }), 'Đăng nhập bằng GitHub');
    const popup = await popupOpened;
    await popup.waitForEvent('close');

    // Decap keeps the user with the token, and asked GitHub's API who it is with that token.
    await page.waitForFunction(() => (localStorage.getItem('decap-cms-user') ?? '').includes('"token"'));
    const user = JSON.parse(await page.evaluate(() => localStorage.getItem('decap-cms-user') ?? '{}')) as {
      token?: string;
      backendName?: string;
    };
    expect(user).toMatchObject({ token: TOKEN, backendName: 'github' });
    const paths = github.seen.map((s) => `${s.method} ${s.path}`);
    expect(paths.slice(0, 2)).toEqual(['GET /login/oauth/authorize', 'POST /login/oauth/access_token']);
    expect(github.seen.find((s) => s.method === 'GET' && s.path === '/user')?.authorization).toBe(`token ${TOKEN}`);
    expect(github.seen.find((s) => s.path === '/login/oauth/authorize')?.query).toMatchObject({
      client_id: CLIENT_ID,
      redirect_uri: `${proxyUrl}/callback`,
      scope: 'repo',
    });
    await context.close();
  });
});

describe('Forgejo with the review workflow', () => {
  it('boots to the Vietnamese login and leaves for the authorize page with a PKCE challenge', async () => {
    const admin = await publishAdmin('forgejo', {
      backend: 'forgejo',
      repo: 'phonggd-ben-thanh/cong-truong',
      branch: 'main',
      appId: 'a1b2c3d4-forgejo-app',
      apiRoot: 'https://git.sogd.example.vn/api/v1',
    } as SiteConfig['cms']);
    const config = parse(admin.yaml) as { publish_mode: string; backend: Record<string, unknown> };
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'forgejo',
      app_id: 'a1b2c3d4-forgejo-app',
      base_url: 'https://git.sogd.example.vn',
    });

    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    // No network here: the navigation to the Forgejo server is caught and recorded, never sent.
    const left: string[] = [];
    await page.route('https://git.sogd.example.vn/**', (route) => {
      left.push(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Forgejo</title><p>Forgejo</p>',
      });
    });
    await page.goto(`${admin.url}/admin/`);
    const login = page.getByRole('button', { name: 'Đăng nhập bằng Forgejo' });
    await login.waitFor();
    await expect(page.getByText('Trang quản trị chưa được kết nối', { exact: false }).count()).resolves.toBe(0);
    await tap(page, login, 'Đăng nhập bằng Forgejo');
    await page.waitForURL(/git\.sogd\.example\.vn/);
    const authorize = new URL(left[0] ?? '');
    expect(`${authorize.origin}${authorize.pathname}`).toBe('https://git.sogd.example.vn/login/oauth/authorize');
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: 'a1b2c3d4-forgejo-app',
      response_type: 'code',
      code_challenge_method: 'S256',
      redirect_uri: `${admin.url}/admin/`,
    });
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    await context.close();
  });
});
