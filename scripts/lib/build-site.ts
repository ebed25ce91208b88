/**
 * Builds one site into `dist/<id>/` atomically: validate the content first (clear
 * errors, no Astro stack trace), build into a staging folder, index it with
 * Pagefind, then swap it in. A failure leaves the previous output untouched.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { validateSite } from '../../content-schemas/validate.ts';
import { ContentError } from '../../content-schemas/errors.ts';
import { indexSite } from './search-index.ts';

const require = createRequire(import.meta.url);
const ASTRO_BIN = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

export interface BuildOptions {
  sitesDir: string;
  outRoot: string;
  /** Called with every line Astro prints (progress display, logs). */
  onOutput?: (line: string) => void;
}

export interface BuildResult {
  site: string;
  ok: boolean;
  pages: number;
  ms: number;
  error?: string;
}

function runAstro(site: string, outDir: string, opts: BuildOptions): Promise<{ code: number; log: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build', '--silent'], {
      env: {
        ...process.env,
        CONG_TRUONG_SITE: site,
        CONG_TRUONG_SITES_DIR: opts.sitesDir,
        CONG_TRUONG_OUT: outDir,
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

export async function buildSite(site: string, opts: BuildOptions): Promise<BuildResult> {
  const started = Date.now();
  const sitesDir = resolve(opts.sitesDir);
  const staging = resolve(opts.outRoot, '.staging', `${site}-${process.pid}-${started}`);
  const fail = (error: string): BuildResult => {
    rmSync(staging, { recursive: true, force: true });
    return { site, ok: false, pages: 0, ms: Date.now() - started, error };
  };
  try {
    validateSite(join(sitesDir, site));
  } catch (error) {
    if (error instanceof ContentError) return fail(error.message);
    throw error;
  }
  mkdirSync(staging, { recursive: true });
  const astro = await runAstro(site, staging, { ...opts, sitesDir });
  if (astro.code !== 0) return fail(astro.log.trim().split('\n').slice(-25).join('\n'));
  let pages: number;
  try {
    pages = (await indexSite(staging)).pages;
  } catch (error) {
    return fail(String(error));
  }
  swapInto(staging, resolve(opts.outRoot, site));
  return { site, ok: true, pages, ms: Date.now() - started };
}
