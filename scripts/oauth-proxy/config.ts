/**
 * The OAuth proxy's settings, from environment variables (a systemd unit, a
 * container or a `.env` file outside Git: the client secret never goes into the
 * repository). Missing or malformed values stop the start with a message that
 * names the variable and the fix, in Vietnamese and English.
 */
export interface ProxyConfig {
  clientId: string;
  clientSecret: string;
  /** The portals whose /admin/ may receive a token: `https://thcsnguyendu.edu.vn`, … */
  allowedOrigins: string[];
  /** This proxy as the browser reaches it, e.g. `https://oauth.sogd.vn`; GitHub redirects to `<publicUrl>/callback`. */
  publicUrl: string;
  /** `https://github.com`, or a GitHub Enterprise Server. */
  githubUrl: string;
  port: number;
  host: string;
}

function origin(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${variable}: "${value}" không phải địa chỉ web. Cách sửa: ghi dạng https://ten-mien. / "${value}" is not a URL; write https://domain.`,
    );
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
    throw new Error(
      `${variable}: "${value}" phải dùng https (http chỉ cho máy này). / must use https (http only on loopback).`,
    );
  }
  return url.origin;
}

export function readConfig(env: Record<string, string | undefined> = process.env): ProxyConfig {
  const need = (name: string) => {
    const value = env[name]?.trim();
    if (!value)
      throw new Error(
        `Thiếu biến môi trường ${name}; xem scripts/oauth-proxy/README.md. / Missing environment variable ${name}; see scripts/oauth-proxy/README.md.`,
      );
    return value;
  };
  const allowedOrigins = need('OAUTH_ALLOWED_ORIGINS')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => origin(o, 'OAUTH_ALLOWED_ORIGINS'));
  return {
    clientId: need('GITHUB_CLIENT_ID'),
    clientSecret: need('GITHUB_CLIENT_SECRET'),
    allowedOrigins,
    publicUrl: origin(need('OAUTH_PUBLIC_URL'), 'OAUTH_PUBLIC_URL'),
    githubUrl: origin(env.GITHUB_URL?.trim() || 'https://github.com', 'GITHUB_URL'),
    port: Number(env.PORT ?? 8787),
    host: env.HOST ?? '127.0.0.1',
  };
}
