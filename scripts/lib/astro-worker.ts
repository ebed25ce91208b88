/**
 * `astro build` for one site after another in one process (started by build-site.ts
 * through worker-pool.ts), search index included (the theme's astro:build:done hook):
 * Node, Astro, Vite, Rolldown, Tailwind, sharp and Pagefind load once
 * per worker instead of once per site. Each job is exactly what `astro build
 * --silent` does in the job's build root with the job's environment; a failure
 * prints Astro's own message, as its CLI does, and retires the worker, so a broken
 * build never leaves state behind for the next site. A worker also retires once it
 * holds too much memory (memoryFull).
 */
import { createRequire, enableCompileCache } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveJobs, useEnv } from './worker-loop.ts';
import { COMPILE_CACHE_DIR } from './compile-cache.ts';

export interface AstroJob {
  /** The private build root (build-root.ts): Astro's project root for this build. */
  root: string;
  /** The whole environment of the build, as `astro build` would get it. */
  env: Record<string, string | undefined>;
}

export interface AstroReply {
  ok: boolean;
}

/**
 * When the worker leaves (the pool starts a fresh one): what is still reachable after
 * a garbage collection, or resident memory. Each build leaves its compiled pages and
 * their content loaded (~25 MB of heap for a school of 200 posts, measured), while
 * resident memory also holds what sharp freed but the allocator kept (~0.9 GB
 * after a school with phone photos), so the first is the measure and the second only
 * a ceiling. Run with --expose-gc (build-site.ts does).
 */
export const RETIRE_REACHABLE = 512 * 1024 ** 2;
export const RETIRE_RSS = 1.5 * 1024 ** 3;

function memoryFull(): boolean {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, external, rss } = process.memoryUsage();
  return heapUsed + external > RETIRE_REACHABLE || rss > RETIRE_RSS;
}

// The CLI turns this on outside CI only; a runner keeps the folder between jobs (.ci/templates).
enableCompileCache(COMPILE_CACHE_DIR);
const require = createRequire(import.meta.url);
const astroDir = dirname(require.resolve('astro/package.json'));
const internal = (path: string) => import(pathToFileURL(join(astroDir, 'dist', path)).href);
const { build } = (await import('astro')) as typeof import('astro');
// How the CLI (dist/cli/throw-and-exit.js) prints a failed build.
const { collectErrorMetadata } = await internal('core/errors/dev/index.js');
const { createSafeError } = await internal('core/errors/index.js');
const { formatErrorMessage } = await internal('core/messages/runtime.js');

// unrefWhileWorking: the theme's astro:build:done hook runs Pagefind, whose service leaves
// its promises pending when its process dies; the worker then exits (as the `astro build`
// CLI would) instead of waiting forever, and the build reports the search step as failed.
serveJobs<AstroJob, AstroReply>(
  async ({ root, env }) => {
    useEnv(env);
    process.chdir(root);
    try {
      await build({ logLevel: 'silent' });
      return { reply: { ok: true }, retire: memoryFull() };
    } catch (error) {
      console.error(formatErrorMessage(collectErrorMetadata(createSafeError(error)), true));
      return { reply: { ok: false }, retire: true };
    }
  },
  { unrefWhileWorking: true },
);
