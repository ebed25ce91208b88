/**
 * A minimal OAuth proxy for Decap CMS's GitHub backend (`cms.baseUrl` in
 * site.yaml): GitHub's token endpoint cannot be called from a browser, and the
 * client secret must stay on a server. Two routes, no framework, no storage:
 *
 * - `GET /auth?provider=github&site_id=<host>&scope=repo` (the popup Decap opens):
 *   refuses a site not in OAUTH_ALLOWED_ORIGINS, then redirects to GitHub's
 *   authorize page with a random `state`, also set in an HttpOnly cookie;
 * - `GET /callback?code&state` (GitHub's redirect): the state must equal the
 *   cookie (CSRF: a login started elsewhere cannot be completed here), then the
 *   code is exchanged for a token with the secret, and callback-page.ts hands it
 *   to the admin that opened the popup, if its origin is allowed.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ProxyConfig } from './config.ts';
import { callbackPage } from './callback-page.ts';

const STATE_COOKIE = 'ct_oauth_state';
const SCOPES = new Set(['repo', 'public_repo', 'repo,user', 'public_repo,user']);

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  res.end(body);
}

/** Text for HTML: the messages quote the query (`site_id`), which must never become markup. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refuse(res: ServerResponse, status: number, vi: string, en: string): void {
  send(
    res,
    status,
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Lỗi đăng nhập</title><p>${escapeHtml(vi)}</p><p lang="en">${escapeHtml(en)}</p></html>`,
    { 'content-security-policy': "default-src 'none'" },
  );
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function start(config: ProxyConfig, url: URL, res: ServerResponse): void {
  const site = url.searchParams.get('site_id') ?? '';
  if (url.searchParams.get('provider') !== 'github')
    return refuse(res, 400, 'Máy chủ này chỉ đăng nhập GitHub.', 'This proxy only serves GitHub.');
  if (!config.allowedOrigins.some((o) => new URL(o).hostname === site)) {
    return refuse(
      res,
      403,
      `Cổng «${site}» chưa được phép đăng nhập qua máy chủ này. Cách sửa: thêm https://${site} vào OAUTH_ALLOWED_ORIGINS.`,
      `Site "${site}" is not allowed; add its origin to OAUTH_ALLOWED_ORIGINS.`,
    );
  }
  const scope = url.searchParams.get('scope') ?? 'repo';
  const state = randomBytes(24).toString('base64url');
  const authorize = new URL('/login/oauth/authorize', config.githubUrl);
  authorize.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: `${config.publicUrl}/callback`,
    scope: SCOPES.has(scope) ? scope : 'repo',
    state,
  }).toString();
  const secure = config.publicUrl.startsWith('https:') ? '; Secure' : '';
  res.writeHead(302, {
    location: authorize.toString(),
    'set-cookie': `${STATE_COOKIE}=${state}; HttpOnly; SameSite=Lax; Path=/callback; Max-Age=600${secure}`,
    'cache-control': 'no-store',
  });
  res.end();
}

async function exchange(config: ProxyConfig, code: string): Promise<{ token: string } | { error: string }> {
  const response = await fetch(new URL('/login/oauth/access_token', config.githubUrl), {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: config.clientId,
      client_secret: config.clientSecret,
      code,
      redirect_uri: `${config.publicUrl}/callback`,
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    error?: string;
    error_description?: string;
  };
  if (response.ok && typeof body.access_token === 'string' && body.access_token) return { token: body.access_token };
  return {
    error: `GitHub từ chối mã đăng nhập (${body.error ?? response.status}). Hãy đóng cửa sổ này và đăng nhập lại.`,
  };
}

async function callback(config: ProxyConfig, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const state = url.searchParams.get('state') ?? '';
  const expected = cookie(req, STATE_COOKIE) ?? '';
  const clear = `${STATE_COOKIE}=; HttpOnly; SameSite=Lax; Path=/callback; Max-Age=0`;
  if (!state || !expected || !sameSecret(state, expected)) {
    return refuse(
      res,
      403,
      'Phiên đăng nhập không khớp (mở quá lâu hoặc từ trang khác). Hãy đóng cửa sổ này và bấm «Đăng nhập bằng GitHub» lại.',
      'Login state mismatch (expired or started elsewhere); close this window and log in again.',
    );
  }
  const code = url.searchParams.get('code');
  const result = code
    ? await exchange(config, code).catch(() => ({ error: 'Không kết nối được tới GitHub; hãy thử lại sau ít phút.' }))
    : { error: url.searchParams.get('error_description') ?? 'GitHub không trả mã đăng nhập.' };
  const page = callbackPage(result, config.allowedOrigins);
  send(res, 200, page.html, { 'content-security-policy': page.csp, 'set-cookie': clear });
}

export function createOAuthProxy(config: ProxyConfig): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', config.publicUrl);
    if (req.method !== 'GET') return refuse(res, 405, 'Chỉ nhận GET.', 'GET only.');
    if (url.pathname === '/auth') return start(config, url, res);
    if (url.pathname === '/callback')
      return void callback(config, url, req, res).catch(() =>
        refuse(res, 500, 'Lỗi máy chủ đăng nhập.', 'OAuth proxy error.'),
      );
    if (url.pathname === '/healthz') return send(res, 200, 'ok', { 'content-type': 'text/plain' });
    return refuse(res, 404, 'Không có trang này.', 'Not found.');
  });
}
