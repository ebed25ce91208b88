/**
 * `/admin/index.html`: loads our bundle and the generated config.yml, nothing
 * else. A Content-Security-Policy limits scripts to the site's own files (no
 * inline script, so an injected `onerror=` cannot run even if something slipped
 * past the sanitiser) and network calls to the Git host and the local backend.
 */
export interface AdminPageOptions {
  /** Short name of the school, for the tab title. */
  title: string;
  /** Entry script file name, relative to /admin/. */
  entry: string;
  /** Brand colour from site.yaml, for the preview pane. */
  primary: string;
  /** Origins the admin must reach: Git host API, OAuth server, decap-server. */
  connectOrigins: string[];
  /** What the save hook checks (content-schemas/cms/save-rules.ts), as JSON in a <meta>: no inline script. */
  saveRules?: unknown;
  /** Backend settings still missing (no local backend): the admin shows them instead of a login that cannot work. */
  setupProblems?: string[];
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function contentSecurityPolicy(connectOrigins: string[]): string {
  return [
    "default-src 'self'",
    // Decap validates its config with ajv, which compiles validators with new Function().
    "script-src 'self' 'unsafe-eval'",
    // Decap styles itself with emotion, which inserts <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    // blob: and data: are uploads being previewed; https: are Git host avatars.
    "img-src 'self' data: blob: https:",
    "media-src 'self' data: blob:",
    `connect-src 'self' blob: data: ${connectOrigins.join(' ')}`.trim(),
    "font-src 'self' data:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function adminPage(opts: AdminPageOptions): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(opts.connectOrigins))}">
<meta name="cong-truong:primary" content="${escapeHtml(opts.primary)}">
<meta name="cong-truong:save-rules" content="${escapeHtml(JSON.stringify(opts.saveRules ?? {}))}">
${
  opts.setupProblems?.length
    ? `<meta name="cong-truong:setup-problems" content="${escapeHtml(JSON.stringify(opts.setupProblems))}">
`
    : ''
}<title>Quản trị nội dung – ${escapeHtml(opts.title)}</title>
<link href="/admin/config.yml" type="text/yaml" rel="cms-config-url">
<script type="module" src="/admin/${escapeHtml(opts.entry)}"></script>
</head>
<body data-pagefind-ignore="all">
<noscript>Trang quản trị nội dung cần bật JavaScript.</noscript>
</body>
</html>
`;
}
