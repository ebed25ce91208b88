/**
 * The nginx template (.ci/templates/nginx.conf) with the map `npm run import` writes,
 * served by a real nginx on loopback: an old NukeViet address with a query string
 * answers 301 to its new page, other queries and unknown domains do not. The template
 * is used as shipped; only what a test cannot have is swapped (TLS, port 80, folders).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../scripts/lib/import/run.ts';
import { ROOT } from '../helpers/paths.ts';
import { prepareFixture, prepareSite, type Prepared } from './helpers/fixtures.ts';

// Debian puts nginx in /usr/sbin, which a non-root PATH may lack.
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const DOMAIN = 'thcshoabinh.phutho.edu.vn';
const OLD = '/index.php?language=vi&nv=news&op=hoat-dong/le-khai-giang-nam-hoc-2023-2024-12';
const NEW = '/tin-tuc/le-khai-giang-nam-hoc-2023-2024/';

let fixture: Prepared;
let site: { sitesDir: string; siteDir: string };
let dir: string;
let port: number;
let nginx: ChildProcess;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The shipped template with TLS and the HTTP→HTTPS server swapped for a plain loopback listener. */
function templateForTest(): string {
  const template = readFileSync(join(ROOT, '.ci/templates/nginx.conf'), 'utf8');
  const withoutPort80 = template.replace(/server \{\n  listen 80;[\s\S]*?\n\}\n/, '');
  return withoutPort80
    .replace(/  listen 443 ssl;\n  listen \[::\]:443 ssl;\n  http2 on;.*\n/, `  listen 127.0.0.1:${port};\n`)
    .replace(/  ssl_[a-z_]+ .*\n/g, '')
    .replace('hostnames;\n', `hostnames;\n  ${DOMAIN} thcs-hoa-binh;\n`)
    .replaceAll('/srv/cong-truong/', `${dir}/srv/`)
    .replaceAll('/etc/nginx/cong-truong/redirects/', `${dir}/redirects/`);
}

function get(path: string, host: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
    });
    // 444 closes the connection without an answer.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve({ status: 444 }) : reject(error),
    );
    req.end();
  });
}

async function waitForNginx(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await get('/', 'probe.invalid');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
}

beforeAll(async () => {
  fixture = await prepareFixture('nukeviet');
  site = prepareSite();
  await runImport({
    siteDir: site.siteDir,
    siteId: 'thcs-hoa-binh',
    from: fixture.from,
    kind: 'auto',
    dryRun: false,
    cacheDir: join(fixture.dir, '.cache'),
    delayMs: 0,
    maxPages: 100,
    now: new Date('2026-12-07T03:00:00Z'),
  });
  dir = mkdtempSync(join(tmpdir(), 'cong-truong-nginx-'));
  port = await freePort();
  mkdirSync(join(dir, 'redirects'));
  mkdirSync(join(dir, 'srv/thcs-hoa-binh/tin-tuc/le-khai-giang-nam-hoc-2023-2024'), { recursive: true });
  writeFileSync(join(dir, 'srv/thcs-hoa-binh/index.html'), '<!doctype html><title>Trang chủ</title>');
  writeFileSync(join(dir, `srv/thcs-hoa-binh${NEW}index.html`), '<!doctype html><title>Lễ khai giảng</title>');
  copyFileSync(join(site.siteDir, '.import/nginx-redirects.map'), join(dir, 'redirects/thcs-hoa-binh.map'));
  writeFileSync(join(dir, 'cong-truong.conf'), templateForTest());
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
      `  include ${dir}/cong-truong.conf;`,
      '}',
    ].join('\n'),
  );
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off; master_process off;'], {
    stdio: 'ignore',
  });
  await waitForNginx();
}, 180_000);

afterAll(() => {
  nginx?.kill('SIGTERM');
  for (const path of [dir, fixture?.dir, site?.sitesDir]) if (path) rmSync(path, { recursive: true, force: true });
});

describe('nginx with the import map', () => {
  it('sends an old query-string address to its new page', async () => {
    const answer = await get(OLD, DOMAIN);
    expect(answer.status).toBe(301);
    expect(new URL(answer.location ?? '', `http://${DOMAIN}`).pathname).toBe(NEW);
  });

  it('serves the new page itself', async () => {
    expect((await get(NEW, DOMAIN)).status).toBe(200);
  });

  it('redirects nothing else: another query on the same script is a 404', async () => {
    expect(await get('/index.php?language=vi&nv=news&op=khong-co-bai-nay', DOMAIN)).toEqual({
      status: 404,
      location: undefined,
    });
  });

  it("keeps one school's old addresses to that school: another domain gets nothing", async () => {
    expect((await get(OLD, 'truong-khac.edu.vn')).status).toBe(444);
  });
});
