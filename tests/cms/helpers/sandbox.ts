/**
 * A throwaway Git repository holding one school site, decap-server on a free
 * port in front of it, and the real build of that site with the admin pointed
 * at that decap-server. Everything lives under os.tmpdir() and 127.0.0.1.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { buildSite, type BuildResult } from '../../../scripts/lib/build-site.ts';

const require = createRequire(import.meta.url);

export interface SiteRepo {
  /** Temporary folder holding the repository and everything a test makes beside it. */
  base: string;
  root: string;
  sitesDir: string;
  siteDir: string;
  git: (...args: string[]) => string;
  remove: () => void;
}

/** Copies a fixture site to `<tmp>/sites/<id>` and commits it on branch main. */
export function createSiteRepo(fixtureSiteDir: string, id = 'mini'): SiteRepo {
  return createSitesRepo([[fixtureSiteDir, id]]);
}

/**
 * Copies several fixture sites (a Phòng and its schools) to `<tmp>/sites/<id>` and
 * commits them on branch main; `siteDir` is the first one's folder.
 */
export function createSitesRepo(sites: readonly (readonly [fixtureSiteDir: string, id: string])[]): SiteRepo {
  const base = mkdtempSync(join(tmpdir(), 'cong-truong-cms-'));
  const root = join(base, 'repo');
  const sitesDir = join(root, 'sites');
  const siteDir = join(sitesDir, sites[0]?.[1] ?? 'mini');
  mkdirSync(sitesDir, { recursive: true });
  for (const [dir, id] of sites) cpSync(dir, join(sitesDir, id), { recursive: true });
  // decap-server's git mode parses `git diff` output; a PDF with no NUL byte would be
  // diffed as text and its carriage returns break that parser (README: "Tệp nhị phân").
  writeFileSync(
    join(root, '.gitattributes'),
    '*.pdf binary\n*.docx binary\n*.xlsx binary\n*.pptx binary\n*.odt binary\n*.ods binary\n',
  );
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Thử nghiệm',
        '-c',
        'user.email=thu-nghiem@example.invalid',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd: root, encoding: 'utf8' },
    );
  git('init', '-q', '-b', 'main');
  // decap-server commits as the repository's configured user.
  git('config', 'user.name', 'Ban biên tập thử nghiệm');
  git('config', 'user.email', 'bbt@example.invalid');
  git('add', '.');
  git('commit', '-q', '-m', 'Trường thử nghiệm');
  return { base, root, sitesDir, siteDir, git, remove: () => rmSync(base, { recursive: true, force: true }) };
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
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      MODE: mode,
      GIT_REPO_DIRECTORY: repoRoot,
      LOG_LEVEL: 'info',
    },
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
export async function buildWithAdmin(
  repo: SiteRepo,
  id: string,
  outRoot: string,
  localBackend?: string,
): Promise<BuildResult> {
  const env = {
    CONG_TRUONG_CMS_LOCAL_BACKEND: localBackend,
    // Astro's content cache remembers file paths: one per sandbox, never shared with another.
    CONG_TRUONG_CACHE_DIR: join(repo.base, 'astro-cache'),
  };
  const previous = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(env);
  try {
    return await buildSite(id, { sitesDir: repo.sitesDir, outRoot: resolve(outRoot) });
  } finally {
    apply(previous);
  }
}
