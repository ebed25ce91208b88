/**
 * Builds several sites, a few at a time. Each site is an Astro child process of
 * about 1 GB at 1000 posts (stack-notes §2), so the default runs one build per two
 * cores and per free gigabyte. One failure never stops the others.
 */
import { availableParallelism, freemem } from 'node:os';
import { buildSite, type BuildOptions, type BuildResult } from './build-site.ts';

export const MEMORY_PER_BUILD = 1024 ** 3;

/** max(1, min(cores / 2, free memory / 1 GB)). */
export function defaultConcurrency(
  cores = availableParallelism(),
  freeBytes = freemem(),
  limitBytes = process.constrainedMemory?.() ?? 0,
): number {
  const memory = limitBytes > 0 ? Math.min(freeBytes, limitBytes) : freeBytes;
  return Math.max(1, Math.min(Math.floor(cores / 2), Math.floor(memory / MEMORY_PER_BUILD)));
}

export interface BuildManyOptions extends BuildOptions {
  concurrency: number;
  onStart?: (site: string) => void;
  onFinish?: (result: BuildResult) => void;
}

/** Results in the order of `sites`. */
export async function buildMany(sites: readonly string[], opts: BuildManyOptions): Promise<BuildResult[]> {
  const results: BuildResult[] = new Array(sites.length);
  let next = 0;
  const worker = async () => {
    while (next < sites.length) {
      const i = next++;
      const site = sites[i]!;
      opts.onStart?.(site);
      const result = await buildSite(site, opts);
      results[i] = result;
      opts.onFinish?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, sites.length)) }, worker));
  return results;
}
