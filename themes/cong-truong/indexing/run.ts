/**
 * The indexing step as the theme's `astro:build:done` hook runs it: index the built
 * site, pass each warning on (to Astro's log and to the build's report), and leave
 * the report the build reads (report.ts), `started` first. A failure is written to
 * the report and thrown, so the Astro build fails and nothing is published.
 */
import * as pagefind from 'pagefind';
import { indexSite, type IndexInput } from './site-index.ts';
import { writeIndexReport, type IndexResult } from './report.ts';

export async function runIndexing(outDir: string, input: IndexInput): Promise<IndexResult> {
  writeIndexReport({ state: 'started' });
  try {
    const result = await indexSite(outDir, input);
    writeIndexReport({ state: 'done', result });
    return result;
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    writeIndexReport({ state: 'failed', error: { message: e.message, stack: e.stack } });
    throw e;
  } finally {
    // Pagefind's service is a process of its own: a persistent Astro worker starts a fresh one per site.
    await pagefind.close();
  }
}
