/**
 * The page GitHub's redirect lands on, inside the popup Decap opened. It runs the
 * handshake Decap's GitHub backend expects (decap-cms-lib-auth netlify-auth.js):
 * the popup says `authorizing:github` to its opener; the admin answers with the
 * same words; only then, and only to an allow-listed origin that answered from
 * `window.opener`, does the popup send `authorization:github:success:{token,
 * provider}`. The token is never posted with target `*`. The inline script runs
 * under a per-response nonce; nothing else may run or load.
 */
import { randomBytes } from 'node:crypto';

export interface CallbackPage {
  html: string;
  csp: string;
}

/** JSON inside a <script>: `<` escaped so no value can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function callbackPage(result: { token: string } | { error: string }, allowedOrigins: string[]): CallbackPage {
  const nonce = randomBytes(16).toString('base64');
  const message =
    'token' in result
      ? `authorization:github:success:${JSON.stringify({ token: result.token, provider: 'github' })}`
      : `authorization:github:error:${JSON.stringify({ message: result.error })}`;
  const script = `(function () {
  var origins = ${scriptJson(allowedOrigins)};
  var message = ${scriptJson(message)};
  if (!window.opener) return;
  window.addEventListener('message', function answer(e) {
    if (e.source !== window.opener || origins.indexOf(e.origin) < 0 || e.data !== 'authorizing:github') return;
    window.removeEventListener('message', answer);
    window.opener.postMessage(message, e.origin);
  });
  origins.forEach(function (origin) { window.opener.postMessage('authorizing:github', origin); });
})();`;
  const text =
    'token' in result ? 'Đang hoàn tất đăng nhập… Cửa sổ này sẽ tự đóng.' : `Không đăng nhập được: ${result.error}`;
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập GitHub</title></head><body><p>${text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p><script nonce="${nonce}">${script}</script></body></html>`;
  return {
    html,
    csp: `default-src 'none'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  };
}
