/**
 * Builds one site into `<outRoot>/<id>/` atomically: validate the content first
 * (clear errors, no Astro stack trace), build it inside the private build root
 * (Astro with the theme, whose `astro:build:done` hook also writes the redirects and
 * the Pagefind index from the data handed on here), check and audit it, move it to a
 * staging folder next to the target, then swap it in. Astro runs as a child process
 * (child.ts), persistent or not. A failure removes the staging folder, leaves the
 * previous output untouched and ends in a bilingual message naming the step or file
 * (failure.ts), its details in a log.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { validateSite } from '../../content-schemas/validate.ts';
import { builtDir, createBuildRoot, handOn, PROJECT_ROOT, removeBuildRoot } from './build-root.ts';
import { runNode, stoppedBy, type ChildRun } from './child.ts';
import { WorkerPool } from './worker-pool.ts';
import type { AstroJob, AstroReply } from './astro-worker.ts';
import { describeFailure, writeFailureLog, type Step } from './failure.ts';
import { moveDir, stagingDir, swapInto } from './staging.ts';
import { assertNotDefaced } from '../audit/defacement.ts';
import { loadBuiltSite } from '../audit/built.ts';
import { auditBuilt, leaveSummary, summaryLine } from './network/build-audit.ts';
import { siteFilesHash } from './network/fingerprint.ts';
import { NETWORK_ENV } from '../../content-schemas/network.ts';
import { loadNetwork } from './network/index.ts';
import { warnOversizedMedia } from './media/warn.ts';
import { BUILD_DATA_ENV, buildDataOf } from '../../themes/cong-truong/build-data.ts';
import {
  INDEX_REPORT_ENV,
  readIndexReport,
  type IndexReport,
  type IndexResult,
} from '../../themes/cong-truong/indexing/report.ts';

const require = createRequire(import.meta.url);
const ASTRO_BIN = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const ASTRO_WORKER = join(import.meta.dirname, 'astro-worker.ts');

export interface BuildOptions {
  sitesDir: string;
  outRoot: string;
  /** Called with every line Astro prints (progress display, logs). */
  onOutput?: (line: string) => void;
  /** Called with each warning (search index, liên thông); default: printed on stderr. Always kept in the result. */
  onWarning?: (message: string) => void;
  /** Last good copies of other portals' /api/v1/ (default: CONG_TRUONG_NETWORK_CACHE or .cache/lien-thong/). */
  networkCacheDir?: string;
  /** Puts stack traces and the full output of Astro or Pagefind into the error message. */
  debug?: boolean;
}

export interface BuildResult {
  site: string;
  ok: boolean;
  pages: number;
  ms: number;
  error?: string;
  /** The step that failed. */
  step?: Step;
  /** Where the failure's full details were written. */
  logFile?: string;
  /** Non-fatal problems (e.g. an attachment whose text could not be indexed). */
  warnings?: string[];
  /** The audit of this build: its line for the log, how long it took, where its summary went. */
  audit?: { line: string; ms: number; summaryFile?: string };
  /** The search index the theme built during Astro's step: what it holds and how long it took. */
  index?: Omit<IndexResult, 'warnings'>;
}

/** What the build hands on to Astro instead of having it read again, and where the indexer reports (files in the build root). */
interface HandedOn {
  networkFile: string;
  buildDataFile: string;
  indexReportFile: string;
}

/**
 * Set to 0 to start a fresh Astro process for every site, as before the persistent
 * workers (the bench compares both).
 */
export const BUILD_WORKERS_ENV = 'CONG_TRUONG_BUILD_WORKERS';
const workersOff = () => process.env[BUILD_WORKERS_ENV] === '0';
// --expose-gc: the worker measures what stays reachable after each site (astro-worker.ts).
const astroPool = new WorkerPool<AstroJob, AstroReply>(ASTRO_WORKER, {
  cwd: PROJECT_ROOT,
  env: () => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }),
  execArgv: ['--expose-gc'],
});
// Nothing left to do: let the idle workers go and wait for them, so their CPU time is
// the command's (time, the bench) and none outlives it.
process.on('beforeExit', () => void astroPool.close());

/** Runs `astro build` for one site in `root` (see build-root.ts), writing into `outDir` inside it. */
async function runAstro(
  site: string,
  outDir: string,
  root: string,
  handed: HandedOn,
  opts: BuildOptions,
): Promise<ChildRun> {
  const env = {
    ...process.env,
    [NETWORK_ENV]: handed.networkFile,
    [BUILD_DATA_ENV]: handed.buildDataFile,
    [INDEX_REPORT_ENV]: handed.indexReportFile,
    CONG_TRUONG_SITE: site,
    CONG_TRUONG_SITES_DIR: opts.sitesDir,
    CONG_TRUONG_OUT: outDir,
    // Relative to where the command was run, not to the private build root.
    ...(process.env.CONG_TRUONG_CACHE_DIR ? { CONG_TRUONG_CACHE_DIR: resolve(process.env.CONG_TRUONG_CACHE_DIR) } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (workersOff()) return runNode([ASTRO_BIN, 'build', '--silent'], { cwd: root, env, onLine: opts.onOutput });
  // A persistent worker (astro-worker.ts) reports a failed build as exit code 1, like the CLI;
  // one that left without a reply (its build could only wait on a dead Pagefind) failed too.
  const run = await astroPool.run({ root, env }, { onLine: opts.onOutput });
  return run.reply ? { ...run, code: run.reply.ok ? 0 : 1 } : { ...run, code: run.code || 1 };
}

class StepFailed extends Error {
  readonly output: string;
  readonly exit: { code: number | null; signal: NodeJS.Signals | null };
  readonly reported: unknown;
  constructor(run: { output: string; code: number | null; signal: NodeJS.Signals | null }, reported?: unknown) {
    super('step failed');
    this.output = run.output;
    this.exit = { code: run.code, signal: run.signal };
    this.reported = reported;
  }
}

/** What went wrong with the index when Astro's step did not end with one (report.ts). */
function indexFailure(report: IndexReport | undefined): { message: string; stack?: string } {
  if (report?.state === 'failed') return report.error;
  if (report?.state === 'started')
    return { message: 'Pagefind dừng giữa chừng khi lập chỉ mục / Pagefind stopped while indexing' };
  return {
    message:
      'giao diện không lập chỉ mục tìm kiếm (astro:build:done không chạy bước này) / the theme built no search index (its astro:build:done hook did not run it)',
  };
}

/** A fault in the audit is reported, never a reason not to publish the site. */
function attempt<T>(run: () => T, warn: (message: string) => void): T | undefined {
  try {
    return run();
  } catch (error) {
    warn((error as Error).message);
    return undefined;
  }
}

export async function buildSite(site: string, opts: BuildOptions): Promise<BuildResult> {
  const started = Date.now();
  const sitesDir = resolve(opts.sitesDir);
  const outRoot = resolve(opts.outRoot);
  const staging = stagingDir(outRoot, site, started);
  const warnings: string[] = [];
  let step: Step = 'validation';
  let root: string | undefined;
  try {
    // Before anything is read: the audit summary names what it judged (fingerprint.ts).
    const filesHash = siteFilesHash(join(sitesDir, site));
    // Read and validated once here; what later steps need of the entries is handed on.
    const { site: config, entries } = validateSite(join(sitesDir, site));
    await warnOversizedMedia(join(sitesDir, site));
    step = 'prepare';
    root = createBuildRoot(site, started);
    const built = builtDir(root);
    const warn = (label: string) => (message: string) => {
      warnings.push(message);
      if (opts.onWarning) opts.onWarning(message);
      else console.warn(`⚠ ${site}: ${label}: ${message}`);
    };
    step = 'network';
    // What the other portals of the hierarchy say to this one; unreachable ones are warnings.
    const network = await loadNetwork({
      sitesDir,
      siteId: site,
      outRoot,
      buildDate: new Date(started),
      cacheDir: opts.networkCacheDir,
      ownEntries: entries,
    });
    network.warnings.forEach(warn('liên thông / network'));
    const handed: HandedOn = {
      networkFile: handOn(root, 'network.json', network),
      buildDataFile: handOn(root, 'build-data.json', buildDataOf(entries)),
      indexReportFile: join(root, 'index-report.json'),
    };
    step = 'astro';
    const astro = await runAstro(site, built, root, handed, { ...opts, sitesDir });
    const report = readIndexReport(handed.indexReportFile);
    // The index is built inside Astro's step (the theme's astro:build:done): a report it
    // started and never finished names the search step as the one that failed.
    if (report && report.state !== 'done') step = 'search';
    if (astro.code !== 0) throw new StepFailed(astro, step === 'search' ? indexFailure(report) : undefined);
    step = 'search';
    if (report?.state !== 'done') throw new StepFailed(astro, indexFailure(report));
    const { warnings: indexWarnings, ...index } = report.result;
    indexWarnings.forEach(warn('tìm kiếm / search'));
    step = 'defacement';
    // One index of the output for the spam check and the audit (each page parsed once).
    const output = loadBuiltSite(built);
    // Gambling or spam in the content or the output (audit rule tu-khoa-co-bac) is never published.
    assertNotDefaced(join(sitesDir, site), built, output);
    const judged = {
      siteId: site,
      sitesDir,
      site: config,
      entries,
      builtDir: built,
      built: output,
      buildDate: new Date(started),
    };
    const auditStarted = Date.now();
    const result = attempt(() => auditBuilt(judged), warn('kiểm tra / audit'));
    const auditMs = Date.now() - auditStarted;
    step = 'swap';
    moveDir(built, staging);
    swapInto(staging, resolve(outRoot, site));
    const summaryFile =
      result && attempt(() => leaveSummary({ ...judged, outRoot, filesHash, result }), warn('kiểm tra / audit'));
    const audit = {
      line: result
        ? summaryLine(result)
        : 'Kiểm tra / audit: không chạy được, xem cảnh báo / could not run, see the warning',
      ms: auditMs,
      summaryFile,
    };
    return { site, ok: true, pages: index.pages, ms: Date.now() - started, warnings, audit, index };
  } catch (error) {
    // Any failure, expected (content) or not (a bug), fails this site only.
    rmSync(staging, { recursive: true, force: true });
    const signal = stoppedBy();
    // Stopped on purpose: nothing to explain, no log to leave.
    if (signal)
      return {
        site,
        ok: false,
        pages: 0,
        ms: Date.now() - started,
        error: `Đã dừng / stopped (${signal})`,
        step,
        warnings,
      };
    const child = error instanceof StepFailed ? error : undefined;
    const failure = describeFailure(
      { site, step, error: child ? child.reported : error, output: child?.output, exit: child?.exit },
      { siteDir: join(sitesDir, site), root, debug: opts.debug },
    );
    const log = failure.log === undefined ? undefined : writeFailureLog(outRoot, site, failure.log);
    const message = [failure.message, log?.line].filter(Boolean).join('\n');
    return {
      site,
      ok: false,
      pages: 0,
      ms: Date.now() - started,
      error: message,
      step: failure.step,
      logFile: log?.file,
      warnings,
    };
  } finally {
    if (root) removeBuildRoot(root);
  }
}
