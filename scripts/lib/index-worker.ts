/**
 * The search-index step in a process of its own, kept for site after site
 * (build-site.ts through worker-pool.ts): one job indexes one built site. Pagefind's
 * service is a native binary that prints panics straight to stderr and, when it
 * dies, leaves its promises pending forever; here its output is captured and, since
 * the IPC channel does not hold the process during a job, its death ends this
 * process, which the build reports as a failed step. Messages: `{ warning }` during
 * the job; the reply is `{ result }` or `{ error }` (after an error the worker retires).
 */
import { readNetworkFile } from '../../content-schemas/network.ts';
import { indexSite } from './search-index.ts';
import { serveJobs, useEnv } from './worker-loop.ts';

export interface IndexJob {
  /** The built site. */
  dir: string;
  /** The Network the build handed on (build-root.ts `handOn`). */
  networkFile: string;
  /** The whole environment of the build (the PDF text cache's folder, …). */
  env: Record<string, string | undefined>;
}

export type WorkerMessage = { warning: string } | IndexReply;

export type IndexReply =
  | { result: { pages: number; pdfs: number; memberRecords: number } }
  | { error: { message: string; stack?: string; code?: string; path?: string } };

serveJobs<IndexJob, IndexReply>(
  async ({ dir, networkFile, env }) => {
    useEnv(env);
    try {
      const network = readNetworkFile(networkFile);
      const { pages, pdfs, memberRecords } = await indexSite(dir, {
        network,
        onWarning: (warning) => process.send!({ warning }),
      });
      return { reply: { result: { pages, pdfs, memberRecords } } };
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      return {
        reply: { error: { message: e?.message ?? String(error), stack: e?.stack, code: e?.code, path: e?.path } },
        retire: true,
      };
    }
  },
  { unrefWhileWorking: true },
);
