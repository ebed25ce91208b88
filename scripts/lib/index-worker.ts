/**
 * The search-index step in a process of its own (run by build-site.ts):
 * `node index-worker.ts <built-site-dir>`. Pagefind's service is a native binary
 * that prints panics straight to stderr and, when it dies, leaves its promises
 * pending forever; here its output is captured and its death ends this process,
 * which the build reports as a failed step. Messages: `{ warning }`, then
 * `{ result }` or `{ error }`.
 */
import { indexSite } from './search-index.ts';

export type WorkerMessage =
  | { warning: string }
  | { result: { pages: number; pdfs: number; memberRecords: number } }
  | { error: { message: string; stack?: string; code?: string; path?: string } };

const send = (message: WorkerMessage) => new Promise<void>((done) => process.send!(message, () => done()));

// The channel must not keep this process alive if Pagefind dies mid-way.
process.channel?.unref();
try {
  // The Network comes from CONG_TRUONG_NETWORK, which the build sets for this process.
  const { pages, pdfs, memberRecords } = await indexSite(process.argv[2]!, { onWarning: (warning) => void send({ warning }) });
  await send({ result: { pages, pdfs, memberRecords } });
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  await send({ error: { message: e?.message ?? String(error), stack: e?.stack, code: e?.code, path: e?.path } });
  process.exitCode = 1;
}
process.disconnect();
