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

export function serveJobs<J, R>(handle: (job: J) => Promise<Handled<R>>): void {
  if (!process.send) throw new Error('worker-loop: start this file through worker-pool.ts (it needs an IPC channel)');
  // The parent is gone (it exited, or closed the pool): nothing more will come.
  process.on('disconnect', () => process.exit(0));
  process.on('message', async (message: JobMessage<J>) => {
    const { reply, retire = false } = await handle(message.job);
    process.stdout.write(`\n${JOB_END}\n`);
    process.stderr.write(`\n${JOB_END}\n`);
    const done: DoneMessage<R> = { done: reply, retire };
    process.send!(done, () => {
      if (retire) process.exit(0);
    });
  });
}
