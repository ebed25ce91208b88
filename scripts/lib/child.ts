/**
 * The build's child processes (Astro, which runs the search index too). Each runs in its own
 * process group, so that stopping the build (Ctrl+C, a CI timeout's SIGTERM) stops
 * the child and everything it started, instead of leaving an Astro build running
 * with nobody waiting for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Everything the child printed, stdout and stderr interleaved. */
  output: string;
}

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Each non-empty line the child prints. */
  onLine?: (line: string) => void;
  /** Opens an IPC channel; called with each message the child sends. */
  onMessage?: (message: unknown) => void;
}

/** Time a stopped child gets to exit on SIGTERM before its group gets SIGKILL. */
const GRACE_MS = 5_000;
/** A process group needs POSIX; on Windows the child alone is stopped. */
const GROUPS = process.platform !== 'win32';

const running = new Set<ChildProcess>();
let stopping: NodeJS.Signals | undefined;

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Starts `node <args>` in its own process group and keeps it in the set that
 * stopChildren stops; undefined once stopping. runNode and the persistent workers
 * (worker-pool.ts) start their processes here.
 */
export function spawnNode(
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; ipc: boolean },
): ChildProcess | undefined {
  if (stopping) return undefined;
  const child = spawn(process.execPath, args, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe', ...(opts.ipc ? (['ipc'] as const) : [])],
    detached: GROUPS,
  });
  running.add(child);
  child.on('error', () => running.delete(child));
  child.on('close', () => running.delete(child));
  return child;
}

/** Runs `node <args>`; resolves when it has exited. Once stopping, starts nothing. */
export function runNode(args: string[], opts: ChildOptions): Promise<ChildRun> {
  const child = spawnNode(args, { cwd: opts.cwd, env: opts.env, ipc: Boolean(opts.onMessage) });
  if (!child) return Promise.resolve({ code: null, signal: stopping ?? null, output: '' });
  return new Promise((done) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) opts.onLine?.(line);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    if (opts.onMessage) child.on('message', opts.onMessage);
    child.on('error', (error) => done({ code: null, signal: null, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => done({ code, signal, output }));
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (GROUPS && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((r) => child.once('exit', () => r()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), GRACE_MS);
  await exited;
  clearTimeout(timer);
  // Whatever the child started and left behind in its group.
  signalGroup(child, 'SIGKILL');
}

/** The signal the build is stopping on, once stopChildren was called. */
export function stoppedBy(): NodeJS.Signals | undefined {
  return stopping;
}

/** Stops every running child with its process group; resolves once they have exited. */
export async function stopChildren(signal: NodeJS.Signals): Promise<void> {
  stopping = signal;
  await Promise.all([...running].map(stop));
}
