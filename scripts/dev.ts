/**
 * `npm run dev -- --site <id>`: one school's site in `astro dev`, with its admin
 * at /admin/ talking to decap-server on this machine, so edits made in the CMS
 * are written straight into `sites/<id>/`.
 *
 *   --site <id>        the school (a folder of --sites-dir with a site.yaml)
 *   --sites-dir <dir>  where the sites are (default: sites)
 *   --port <n>         port of the site (default: 4321)
 *   --cms-port <n>     port of decap-server (default: 8081)
 *   --git              decap-server in git mode: Save makes a cms/… branch and the
 *                      review workflow (Nháp → Chờ duyệt → Sẵn sàng → Đăng) works
 *                      locally. It checks out branches and commits everything in
 *                      the working copy, so it refuses to start on uncommitted
 *                      changes unless --force is given.
 *
 * Both servers listen on this machine only (decap-server on 127.0.0.1; its CORS
 * admits pages from localhost and 127.0.0.1); Ctrl+C stops both.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listSites } from './lib/sites.ts';
import { loadNetwork } from './lib/network/index.ts';
import { NETWORK_ENV } from '../content-schemas/network.ts';
import { repoRoot } from '../themes/cong-truong/cms-integration.ts';

const require = createRequire(import.meta.url);

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    'sites-dir': { type: 'string', default: 'sites' },
    port: { type: 'string', default: '4321' },
    'cms-port': { type: 'string', default: '8081' },
    git: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});

function fail(vi: string, en: string): never {
  console.error(`${vi}\n${en}`);
  process.exit(2);
}

const sitesDir = resolve(values['sites-dir']);
const sites = listSites(sitesDir);
const site = values.site;
if (!site)
  fail(
    `Chưa chọn trường: npm run dev -- --site <id>. Có: ${sites.join(', ')}`,
    'No site chosen: npm run dev -- --site <id>.',
  );
if (!sites.includes(site))
  fail(`Không có trường "${site}" trong ${sitesDir}. Có: ${sites.join(', ')}`, `No such site "${site}".`);
for (const flag of ['port', 'cms-port'] as const) {
  if (!/^\d{2,5}$/.test(values[flag]))
    fail(`--${flag} phải là số cổng, ví dụ 4321.`, `--${flag} must be a port number.`);
}

const repo = repoRoot(join(sitesDir, site));
if (values.git && !values.force) {
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).trim();
  if (dirty) {
    fail(
      'Chế độ --git chuyển nhánh và commit mọi thay đổi trong thư mục làm việc. Hãy commit hoặc stash trước (hoặc thêm --force).',
      '--git checks out branches and commits everything in the working copy: commit or stash first (or add --force).',
    );
  }
}

const cmsUrl = `http://localhost:${values['cms-port']}/api/v1`;
const children: ChildProcess[] = [];

function start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['inherit', 'pipe', 'pipe'] });
  const prefix = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`[${name}] ${line}\n`);
  };
  child.stdout?.on('data', prefix(process.stdout));
  child.stderr?.on('data', prefix(process.stderr));
  child.on('exit', (code) => {
    console.log(`[${name}] đã dừng / stopped (${code ?? 'signal'})`);
    stopAll(code ?? 0);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

start('decap-server', [require.resolve('decap-server/dist/index.js')], {
  PORT: values['cms-port'],
  BIND_HOST: '127.0.0.1',
  MODE: values.git ? 'git' : 'fs',
  GIT_REPO_DIRECTORY: repo,
});

// Liên thông as the build sees it now (documents from above, the members' news), loaded once:
// restart dev to read the other portals again.
const network = await loadNetwork({ sitesDir, siteId: site });
for (const warning of network.warnings) console.warn(`⚠ ${site}: liên thông / network: ${warning}`);
const networkFile = join(mkdtempSync(join(tmpdir(), 'cong-truong-dev-')), 'network.json');
writeFileSync(networkFile, JSON.stringify(network));

const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
// Astro's dev server listens on localhost only unless --host is given; Decap uses
// the local backend only on a page served from localhost or 127.0.0.1.
start('astro', [astroBin, 'dev', '--port', values.port], {
  CONG_TRUONG_SITE: site,
  CONG_TRUONG_SITES_DIR: sitesDir,
  CONG_TRUONG_CMS_LOCAL_BACKEND: cmsUrl,
  [NETWORK_ENV]: networkFile,
  ASTRO_TELEMETRY_DISABLED: '1',
});

console.log(`Trang / site:        http://localhost:${values.port}/
Quản trị / admin:    http://localhost:${values.port}/admin/  (lưu vào ${join(sitesDir, site)}${values.git ? ', chế độ git: có quy trình duyệt bài' : ''})
decap-server:        ${cmsUrl}`);
