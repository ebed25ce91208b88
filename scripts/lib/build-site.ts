/**
 * Builds one site into `<outRoot>/<id>/` atomically: validate the content first
 * (clear errors, no Astro stack trace), build into a staging folder next to the
 * target, index it with Pagefind, then swap it in. A failure removes the staging
 * folder and leaves the previous output untouched.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { stripVTControlCharacters } from 'node:util';
import { validateSite } from '../../content-schemas/validate.ts';
import { ContentError } from '../../content-schemas/errors.ts';
import { indexSite } from './search-index.ts';
import { createBuildRoot, removeBuildRoot } from './build-root.ts';

const require = createRequire(import.meta.url);
const ASTRO_BIN = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

export interface BuildOptions {
  sitesDir: string;
  outRoot: string;
  /** Called with every line Astro prints (progress display, logs). */
  onOutput?: (line: string) => void;
  /** Called with each search-index warning; default: printed on stderr. Always kept in the result. */
  onWarning?: (message: string) => void;
}

export interface BuildResult {
  site: string;
  ok: boolean;
  pages: number;
  ms: number;
  error?: string;
  /** Non-fatal problems (e.g. an attachment whose text could not be indexed). */
  warnings?: string[];
}

/** Runs `astro build` for one site in `root` (see build-root.ts), writing into `outDir`. */
function runAstro(site: string, outDir: string, root: string, opts: BuildOptions): Promise<{ code: number; log: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--silent'], {
      cwd: root,
      env: {
        ...process.env,
        CONG_TRUONG_SITE: site,
        CONG_TRUONG_SITES_DIR: opts.sitesDir,
        CONG_TRUONG_OUT: outDir,
        // Relative to where the command was run, not to the private build root.
        ...(process.env.CONG_TRUONG_CACHE_DIR ? { CONG_TRUONG_CACHE_DIR: resolve(process.env.CONG_TRUONG_CACHE_DIR) } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      log += text;
      for (const line of text.split('\n')) if (line.trim()) opts.onOutput?.(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => done({ code: 1, log: `${log}\n${error.message}` }));
    child.on('close', (code) => done({ code: code ?? 1, log }));
  });
}

/** Replaces `target` with `staging` so readers never see a half-written folder. */
export function swapInto(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

/** Staging and swap folders start with "." so they are never served or taken for a site. */
const STAGING = /^\.(.+)\.staging-(\d+)-\d+$/;

export function stagingDir(outRoot: string, site: string, started: number): string {
  return resolve(outRoot, `.${site}.staging-${process.pid}-${started}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes staging and half-swapped folders left by a build that was killed
 * (Ctrl+C, CI timeout): those whose process is gone, and with `own` this
 * process's (when it is interrupted). Returns what was removed.
 */
export function removeStaleStaging(outRoot: string, opts: { own?: boolean } = {}): string[] {
  if (!existsSync(outRoot)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(outRoot)) {
    // The single staging folder of earlier versions, once empty.
    if (name === '.staging' && !readdirSync(join(outRoot, name)).length) {
      rmSync(join(outRoot, name), { recursive: true });
      removed.push(name);
      continue;
    }
    const staging = STAGING.exec(name);
    const swap = /\.old-(\d+)$/.exec(name);
    const pid = Number(staging?.[2] ?? swap?.[1] ?? NaN);
    if (Number.isNaN(pid)) continue;
    if (pid === process.pid ? opts.own : !alive(pid)) {
      rmSync(join(outRoot, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}

/** Astro's own error, without colours or stack trace, under a bilingual heading. */
function astroFailure(log: string): string {
  const plain = stripVTControlCharacters(log).trim().replace(/\n\s*Stack trace:[\s\S]*$/, '');
  return [
    'Astro dừng khi dựng trang; thông báo dưới đây nêu tệp gây lỗi. Cách sửa: sửa hoặc tải lại tệp đó rồi dựng lại.',
    '[en] Astro stopped while building pages; the message below names the file. Fix: correct or re-upload that file, then build again.',
    ...plain.split('\n').slice(-25),
  ].join('\n');
}

function describe(error: unknown): string {
  return error instanceof ContentError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export async function buildSite(site: string, opts: BuildOptions): Promise<BuildResult> {
  const started = Date.now();
  const sitesDir = resolve(opts.sitesDir);
  const staging = stagingDir(opts.outRoot, site, started);
  const warnings: string[] = [];
  const fail = (error: string): BuildResult => {
    rmSync(staging, { recursive: true, force: true });
    return { site, ok: false, pages: 0, ms: Date.now() - started, error, warnings };
  };
  let root: string | undefined;
  try {
    validateSite(join(sitesDir, site));
    mkdirSync(staging, { recursive: true });
    root = createBuildRoot(site, started);
    const astro = await runAstro(site, staging, root, { ...opts, sitesDir });
    removeBuildRoot(root);
    if (astro.code !== 0) return fail(astroFailure(astro.log));
    const onWarning = (message: string) => {
      warnings.push(message);
      if (opts.onWarning) opts.onWarning(message);
      else console.warn(`⚠ ${site}: tìm kiếm / search: ${message}`);
    };
    const { pages } = await indexSite(staging, { onWarning });
    swapInto(staging, resolve(opts.outRoot, site));
    return { site, ok: true, pages, ms: Date.now() - started, warnings };
  } catch (error) {
    // Any failure, expected (content) or not (a bug), fails this site only.
    return fail(describe(error));
  } finally {
    if (root) removeBuildRoot(root);
  }
}
