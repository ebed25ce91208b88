/**
 * `npm run dev -- --site <id>`: one school's site in `astro dev`, with its admin
 * at /admin/ talking to decap-server on this machine, so edits made in the CMS
 * are written straight into `sites/<id>/`.
 *
 * Run with --help for the flags. With --git, decap-server runs in git mode: Save makes a
 * cms/… branch and the review workflow works locally; it checks out branches and commits
 * everything in the working copy, so it refuses to start on uncommitted changes unless
 * --force is given.
 *
 * Both servers listen on this machine only (decap-server on 127.0.0.1; its CORS
 * admits pages from localhost and 127.0.0.1); Ctrl+C stops both.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readCliArgs, usageError } from './lib/cli-args.ts';
import { listSites } from './lib/sites.ts';
import { loadNetwork } from './lib/network/index.ts';
import { NETWORK_ENV } from '../content-schemas/network.ts';
import { repoRoot } from '../themes/cong-truong/cms-integration.ts';

const require = createRequire(import.meta.url);

const HELP = `Xem thử và sửa một trường trên máy này / One site in the dev server, with its admin

  npm run dev -- --site <id> [tùy chọn / options]

  --site <id>        trường cần mở (thư mục có site.yaml trong --sites-dir) / the site to open
  --sites-dir <dir>  thư mục chứa các trường (mặc định sites) / the sites folder
  --port <n>         cổng của trang (mặc định 4321) / the site's port
  --cms-port <n>     cổng của decap-server (mặc định 8081) / decap-server's port
  --git              decap-server ở chế độ git: có quy trình duyệt bài (Nháp → Chờ duyệt → Sẵn sàng → Đăng); cần thư mục
                     làm việc đã commit hết / review workflow; needs a working copy with nothing uncommitted
  --force            dùng --git cả khi còn thay đổi chưa commit / use --git despite uncommitted changes`;

const { values, integer } = readCliArgs(HELP, {
  site: { type: 'string' },
  'sites-dir': { type: 'string', default: 'sites' },
  port: { type: 'string' },
  'cms-port': { type: 'string' },
  git: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
});
const PORTS = { min: 1, max: 65_535 };
const port = String(integer('port', 4321, PORTS));
const cmsPort = String(integer('cms-port', 8081, PORTS));

const sitesDir = resolve(values['sites-dir']);
const sites = listSites(sitesDir);
const site = values.site;
if (!site)
  usageError(
    `Chưa chọn trường: npm run dev -- --site <id>. Có: ${sites.join(', ')} / No site chosen: npm run dev -- --site <id>.`,
  );
if (!sites.includes(site))
  usageError(`Không có trường "${site}" trong ${sitesDir}. Có: ${sites.join(', ')} / No such site "${site}".`);

const repo = repoRoot(join(sitesDir, site));
if (values.git && !values.force) {
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).trim();
  if (dirty) {
    usageError(
      'Chế độ --git chuyển nhánh và commit mọi thay đổi trong thư mục làm việc. Hãy commit hoặc stash trước (hoặc thêm --force). / --git checks out branches and commits everything in the working copy: commit or stash first (or add --force).',
    );
  }
}

const cmsUrl = `http://localhost:${cmsPort}/api/v1`;
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
  PORT: cmsPort,
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
start('astro', [astroBin, 'dev', '--port', port], {
  CONG_TRUONG_SITE: site,
  CONG_TRUONG_SITES_DIR: sitesDir,
  CONG_TRUONG_CMS_LOCAL_BACKEND: cmsUrl,
  [NETWORK_ENV]: networkFile,
  ASTRO_TELEMETRY_DISABLED: '1',
});

console.log(`Trang / site:        http://localhost:${port}/
Quản trị / admin:    http://localhost:${port}/admin/  (lưu vào ${join(sitesDir, site)}${values.git ? ', chế độ git: có quy trình duyệt bài' : ''})
decap-server:        ${cmsUrl}`);
