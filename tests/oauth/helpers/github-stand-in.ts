/**
 * A loopback stand-in for the parts of GitHub an OAuth login touches (the real
 * GitHub cannot be reached from the tests): the authorize page, which approves at
 * once and redirects back with a code; the token endpoint, which checks the
 * client secret and the code; and, for the admin that logs in, `GET /user` and the
 * repository's permissions. It records every request so tests can assert what the
 * proxy and the admin sent.
 */
import { createServer, type IncomingMessage } from 'node:http';

export const CLIENT_ID = 'Iv1.thcs-thu-nghiem';
export const CLIENT_SECRET = 'bi-mat-chi-may-chu-biet';
export const CODE = 'ma-dang-nhap-123';
export const TOKEN = 'gho_TokenCuaBanBienTap0000000000000000';

export interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, string>;
  authorization?: string;
}

export interface StandIn {
  url: string;
  seen: Seen[];
  close: () => Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  return req.headers['content-type']?.includes('json')
    ? (JSON.parse(text) as Record<string, string>)
    : Object.fromEntries(new URLSearchParams(text));
}

export async function startGitHubStandIn(repo = 'thcs-thu-nghiem/cong-truong'): Promise<StandIn> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const body = await readBody(req);
      seen.push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        authorization: req.headers.authorization,
      });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, {
          'content-type': 'application/json',
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'authorization, content-type',
          'access-control-expose-headers': 'link',
        });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'OPTIONS') return json(204, {});
      if (url.pathname === '/login/oauth/authorize') {
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        back.search = new URLSearchParams({ code: CODE, state: url.searchParams.get('state') ?? '' }).toString();
        res.writeHead(302, { location: back.toString() });
        return void res.end();
      }
      if (url.pathname === '/login/oauth/access_token' && req.method === 'POST') {
        const ok = body.client_id === CLIENT_ID && body.client_secret === CLIENT_SECRET && body.code === CODE;
        return json(
          200,
          ok ? { access_token: TOKEN, token_type: 'bearer', scope: 'repo' } : { error: 'bad_verification_code' },
        );
      }
      if (req.headers.authorization !== `token ${TOKEN}`) return json(401, { message: 'Bad credentials' });
      if (url.pathname === '/user') return json(200, { login: 'bbt-thu-nghiem', name: 'Ban biên tập', avatar_url: '' });
      if (url.pathname === `/repos/${repo}`)
        return json(200, {
          full_name: repo,
          owner: { login: repo.split('/')[0] },
          default_branch: 'main',
          permissions: { admin: false, push: true, pull: true },
        });
      return json(404, { message: 'Not Found' });
    })();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((done) => server.close(() => done())) };
}
