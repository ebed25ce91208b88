/**
 * The persistent workers behind the build (scripts/lib/worker-pool.ts and
 * worker-loop.ts), with real processes: one worker serves job after job, each job
 * gets exactly its own output, a failure or a request to retire brings a fresh
 * worker, a worker dying mid-job is reported like a failed child, and an idle
 * worker neither keeps its parent alive nor outlives it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { WorkerPool } from '../../scripts/lib/worker-pool.ts';
import { processAlive } from '../../scripts/lib/child.ts';
import type { EchoJob } from './fixtures/echo-worker.ts';
import { ROOT } from '../helpers/paths.ts';

const ECHO = join(import.meta.dirname, 'fixtures/echo-worker.ts');
const pool = () => new WorkerPool<EchoJob, { pid: number }>(ECHO, { cwd: ROOT, env: () => process.env });

describe('WorkerPool', () => {
  it('runs job after job in one process, each with its own output', async () => {
    const p = pool();
    const lines: string[] = [];
    const first = await p.run({ print: ['một', 'err: hai'] }, { onLine: (l) => lines.push(l) });
    const second = await p.run({ print: ['ba: Sở GD&ĐT 🎒'] });
    expect(first.reply?.pid).toBeGreaterThan(0);
    expect(second.reply?.pid).toBe(first.reply?.pid);
    expect(first.output).toBe('một\nerr: hai\n');
    expect(second.output).toBe('ba: Sở GD&ĐT 🎒\n');
    expect(lines).toEqual(['một', 'err: hai']);
    expect(first.code).toBe(0);
    await p.close();
    expect(processAlive(first.reply!.pid)).toBe(false);
  });

  it('hands messages sent during a job to onMessage, not as the reply', async () => {
    const p = pool();
    const notes: unknown[] = [];
    const run = await p.run({ print: [], note: 'cảnh báo' }, { onMessage: (m) => notes.push(m) });
    expect(notes).toEqual([{ note: 'cảnh báo' }]);
    expect(run.reply?.pid).toBeGreaterThan(0);
    await p.close();
  });

  it('starts a fresh worker after one retires', async () => {
    const p = pool();
    const first = await p.run({ print: [], retire: true });
    const second = await p.run({ print: [] });
    expect(second.reply?.pid).not.toBe(first.reply?.pid);
    await p.close();
  });

  it('reports a worker that dies mid-job like a failed child, with its output, and replaces it', async () => {
    const p = pool();
    const died = await p.run({ print: ['trước khi dừng'], die: true });
    expect(died.reply).toBeUndefined();
    expect(died.code).toBe(3);
    expect(died.output).toContain('trước khi dừng');
    const next = await p.run({ print: ['tiếp'] });
    expect(next.reply?.pid).toBeGreaterThan(0);
    expect(next.output).toBe('tiếp\n');
    await p.close();
  });

  it('does not keep its parent alive, and leaves with it', () => {
    // A parent that runs one job and then has nothing left to do: it must exit at once, taking the idle worker along.
    const script = `
      import { WorkerPool } from ${JSON.stringify(join(ROOT, 'scripts/lib/worker-pool.ts'))};
      const p = new WorkerPool(${JSON.stringify(ECHO)}, { cwd: ${JSON.stringify(ROOT)}, env: () => process.env });
      const run = await p.run({ print: [] });
      console.log(run.reply.pid);`;
    const parent = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(parent.status, parent.stderr).toBe(0);
    const pid = Number(parent.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    // The worker sees its channel close when the parent exits; give it a moment to go.
    const deadline = Date.now() + 10_000;
    while (processAlive(pid) && Date.now() < deadline) spawnSync('sleep', ['0.1']);
    expect(processAlive(pid)).toBe(false);
  }, 90_000);
});
