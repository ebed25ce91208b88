/**
 * The child's side of a persistent worker (worker-pool.ts): takes one job at a time
 * from the IPC channel, runs it, then marks the end of the job's output on stdout
 * and stderr before replying, so the parent can tell which lines belong to which
 * job. The worker leaves when its parent goes (the channel closes) or when the
 * handler asks to retire (after a failure, or once it holds too much memory).
 */

/** Written alone on a line to stdout and stderr after each job's output. */
export const JOB_END = '\u0000cong-truong:job-end\u0000';

export interface JobMessage<J> {
  job: J;
}

export interface DoneMessage<R> {
  done: R;
  /** The worker exits after this reply; the pool starts a fresh one for the next job. */
  retire: boolean;
}

export interface Handled<R> {
  reply: R;
  retire?: boolean;
}

export interface ServeOptions {
  /**
   * During a job, the channel does not keep the process alive: when the job can only
   * wait on something that died (Pagefind's service leaves its promises pending when
   * its process dies), the worker exits and the pool reports the job as failed.
   */
  unrefWhileWorking?: boolean;
}

/** Replaces the whole environment with a job's: nothing of the previous site's stays. */
export function useEnv(env: Record<string, string | undefined>): void {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value;
}

export function serveJobs<J, R>(handle: (job: J) => Promise<Handled<R>>, opts: ServeOptions = {}): void {
  if (!process.send) throw new Error('worker-loop: start this file through worker-pool.ts (it needs an IPC channel)');
  // The parent is gone (it exited, or closed the pool): nothing more will come.
  process.on('disconnect', () => process.exit(0));
  process.on('message', async (message: JobMessage<J>) => {
    if (opts.unrefWhileWorking) process.channel?.unref();
    const { reply, retire = false } = await handle(message.job);
    process.channel?.ref();
    process.stdout.write(`\n${JOB_END}\n`);
    process.stderr.write(`\n${JOB_END}\n`);
    const done: DoneMessage<R> = { done: reply, retire };
    process.send!(done, () => {
      if (retire) process.exit(0);
    });
  });
}
