/** Runs `npm run build` (scripts/build.ts) as a user would, capturing what it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  pid: number;
}

/** Starts the build; `done` resolves when it has exited. */
export function startBuild(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; done: Promise<BuildRun> } {
  const child = spawn(process.execPath, ['scripts/build.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<BuildRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, pid: child.pid ?? -1 })),
  );
  return { child, done };
}

export function runBuild(args: string[], env: NodeJS.ProcessEnv = {}): Promise<BuildRun> {
  return startBuild(args, env).done;
}

/** The part of the failure report under `── <site> ──`. */
export function siteSection(output: string, site: string): string {
  const start = output.indexOf(`── ${site} ──\n`);
  if (start < 0) return '';
  const rest = output.slice(start + site.length + 7);
  const end = rest.search(/\n── [^\n]+ ──\n/);
  return end < 0 ? rest : rest.slice(0, end);
}
