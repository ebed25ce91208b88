/**
 * Persistent worker processes: a site build starts Node, then Astro, Vite, Rolldown,
 * Tailwind and sharp, which costs about as much CPU as building a small school
 * (scripts/bench/startup.ts). A pool keeps each worker for the next site of the
 * run, one job at a time. Workers run through child.ts, so stopping the build stops
 * them too; an idle worker never keeps the build alive, leaves when the build ends
 * (its IPC channel closes) and is stopped after IDLE_MS without work.
 */
import type { ChildProcess } from 'node:child_process';
import { spawnNode, type ChildRun } from './child.ts';
import { JOB_END, type DoneMessage } from './worker-loop.ts';

/**
 * An idle worker holds a loaded Astro (several hundred MB): give it back once no site
 * has needed it for a while. Between two sites' Astro steps come indexing, the audit
 * and the next site's validation: 10–30 s for a school of 200 posts on a loaded machine.
 */
export const IDLE_MS = 60_000;

export interface WorkerRun<R> extends ChildRun {
  /** The worker's reply; undefined when it died before replying (then code or signal says how). */
  reply?: R;
}

export interface JobOptions {
  onLine?: (line: string) => void;
  /** Messages the worker sends during the job, other than its reply. */
  onMessage?: (message: unknown) => void;
}

export interface SpawnOptions {
  cwd: string;
  env: () => NodeJS.ProcessEnv;
  /** Node's own flags for the worker (e.g. --expose-gc). */
  execArgv?: string[];
}

interface Idle {
  child: ChildProcess;
  timer: NodeJS.Timeout;
}

/** Handles that would keep the parent alive while the worker waits. */
function handles(child: ChildProcess): { ref(): void; unref(): void }[] {
  const channel = (child as unknown as { channel?: { ref(): void; unref(): void } }).channel;
  return [child, channel, child.stdout, child.stderr].filter(
    (h): h is NonNullable<typeof h> & { ref(): void; unref(): void } => Boolean(h && 'unref' in h),
  );
}

export class WorkerPool<J, R> {
  private readonly idle: Idle[] = [];
  private readonly script: string;
  private readonly spawnOptions: SpawnOptions;

  constructor(script: string, spawnOptions: SpawnOptions) {
    this.script = script;
    this.spawnOptions = spawnOptions;
  }

  /** Runs `job` in an idle worker, or a new one. Resolves like runNode when the worker dies mid-job. */
  async run(job: J, opts: JobOptions = {}): Promise<WorkerRun<R>> {
    const child =
      this.take() ??
      spawnNode([...(this.spawnOptions.execArgv ?? []), this.script], {
        cwd: this.spawnOptions.cwd,
        env: this.spawnOptions.env(),
        ipc: true,
      });
    if (!child) return { code: null, signal: 'SIGTERM', output: '' };
    for (const handle of handles(child)) handle.ref();
    const result = await this.runIn(child, job, opts);
    if (
      result.reply !== undefined &&
      !result.retire &&
      child.exitCode === null &&
      child.signalCode === null &&
      child.connected
    )
      this.putBack(child);
    return result;
  }

  /** Stops the idle workers and resolves once they have exited (busy ones leave when the parent exits). */
  async close(): Promise<void> {
    await Promise.all(
      this.idle.splice(0).map(({ child, timer }) => {
        clearTimeout(timer);
        const exited =
          child.exitCode !== null || child.signalCode !== null
            ? Promise.resolve()
            : new Promise<void>((done) => child.once('exit', () => done()));
        // Referenced again, so the parent waits for the exit.
        for (const handle of handles(child)) handle.ref();
        if (child.connected) child.disconnect();
        return exited;
      }),
    );
  }

  private take(): ChildProcess | undefined {
    for (let found = this.idle.pop(); found; found = this.idle.pop()) {
      clearTimeout(found.timer);
      if (found.child.connected && found.child.exitCode === null) return found.child;
    }
    return undefined;
  }

  private putBack(child: ChildProcess): void {
    for (const handle of handles(child)) handle.unref();
    const timer = setTimeout(() => {
      const i = this.idle.findIndex((w) => w.child === child);
      if (i >= 0) this.idle.splice(i, 1);
      if (child.connected) child.disconnect();
    }, IDLE_MS);
    timer.unref();
    this.idle.push({ child, timer });
  }

  private runIn(child: ChildProcess, job: J, opts: JobOptions): Promise<WorkerRun<R> & { retire?: boolean }> {
    return new Promise((resolve) => {
      let output = '';
      let reply: DoneMessage<R> | undefined;
      const ended = { stdout: false, stderr: false };
      const partial = { stdout: '', stderr: '' };
      // The last complete line of each stream, held back: the end mark starts with a newline of its own.
      const held: { stdout?: string; stderr?: string } = {};
      const emit = (line: string) => {
        output += `${line}\n`;
        if (line.trim()) opts.onLine?.(line);
      };
      const finish = (run: WorkerRun<R> & { retire?: boolean }) => {
        child.stdout?.off('data', onStdout);
        child.stderr?.off('data', onStderr);
        // Still flowing between jobs (nothing is printed then), or the pipes would never reach their end.
        child.stdout?.resume();
        child.stderr?.resume();
        child.off('message', onMessage);
        child.off('close', onClose);
        child.off('error', onError);
        resolve(run);
      };
      const settle = () => {
        if (reply && ended.stdout && ended.stderr)
          finish({ code: 0, signal: null, output, reply: reply.done, retire: reply.retire });
      };
      const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
        partial[stream] += chunk.toString();
        const lines = partial[stream].split('\n');
        partial[stream] = lines.pop() ?? '';
        for (const line of lines) {
          const before = held[stream];
          held[stream] = undefined;
          if (line === JOB_END) {
            ended[stream] = true;
            if (before) emit(before);
            continue;
          }
          if (before !== undefined) emit(before);
          held[stream] = line;
        }
        settle();
      };
      const onStdout = collect('stdout');
      const onStderr = collect('stderr');
      const onMessage = (message: unknown) => {
        if (message && typeof message === 'object' && 'done' in message) {
          reply = message as DoneMessage<R>;
          settle();
        } else opts.onMessage?.(message);
      };
      const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
        for (const line of [held.stdout, partial.stdout, held.stderr, partial.stderr]) if (line) emit(line);
        finish({ code, signal, output, ...(reply ? { reply: reply.done } : {}) });
      };
      const onError = (error: Error) => finish({ code: null, signal: null, output: `${output}\n${error.message}` });
      child.stdout?.on('data', onStdout);
      child.stderr?.on('data', onStderr);
      child.on('message', onMessage);
      child.on('close', onClose);
      child.on('error', onError);
      child.send({ job }, (error) => {
        if (error) finish({ code: null, signal: null, output: error.message });
      });
    });
  }
}
