/**
 * A throwaway Git repository holding one school site, decap-server on a free
 * port in front of it, and the real build of that site with the admin pointed
 * at that decap-server. Everything lives under os.tmpdir() and 127.0.0.1.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { buildSite, type BuildResult } from '../../../scripts/lib/build-site.ts';

const require = createRequire(import.meta.url);

export interface SiteRepo {
  root: string;
  sitesDir: string;
  siteDir: string;
  git: (...args: string[]) => string;
  remove: () => void;
}

/** Copies a fixture site to `<tmp>/sites/<id>` and commits it on branch main. */
export function createSiteRepo(fixtureSiteDir: string, id = 'mini'): SiteRepo {
  const root = mkdtempSync(join(tmpdir(), 'cong-truong-cms-'));
  const sitesDir = join(root, 'sites');
  const siteDir = join(sitesDir, id);
  mkdirSync(sitesDir);
  cpSync(fixtureSiteDir, siteDir, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Thử nghiệm', '-c', 'user.email=thu-nghiem@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  // decap-server commits as the repository's configured user.
  git('config', 'user.name', 'Ban biên tập thử nghiệm');
  git('config', 'user.email', 'bbt@example.invalid');
  git('add', '.');
  git('commit', '-q', '-m', 'Trường thử nghiệm');
  return { root, sitesDir, siteDir, git, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface DecapServer {
  url: string;
  log: string[];
  stop: () => Promise<void>;
}

/** decap-server bound to 127.0.0.1 on a free port; `git` mode supports the editorial workflow. */
export async function startDecapServer(repoRoot: string, mode: 'git' | 'fs' = 'git'): Promise<DecapServer> {
  const port = await freePort();
  const entry = require.resolve('decap-server/dist/index.js');
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: repoRoot, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`decap-server did not start:\n${log.join('')}`)), 20_000);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      if (/listening on/i.test(chunk.toString())) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`decap-server exited with ${code}:\n${log.join('')}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    log,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Builds the site with the real pipeline; `localBackend` points the generated
 * admin config at a decap-server (the build reads CONG_TRUONG_CMS_LOCAL_BACKEND).
 */
export async function buildWithAdmin(repo: SiteRepo, id: string, outRoot: string, localBackend?: string): Promise<BuildResult> {
  const previous = process.env.CONG_TRUONG_CMS_LOCAL_BACKEND;
  if (localBackend) process.env.CONG_TRUONG_CMS_LOCAL_BACKEND = localBackend;
  else delete process.env.CONG_TRUONG_CMS_LOCAL_BACKEND;
  try {
    return await buildSite(id, { sitesDir: repo.sitesDir, outRoot: resolve(outRoot) });
  } finally {
    if (previous === undefined) delete process.env.CONG_TRUONG_CMS_LOCAL_BACKEND;
    else process.env.CONG_TRUONG_CMS_LOCAL_BACKEND = previous;
  }
}
