/**
 * The fixed cost of building one site: K schools fresh from the templates (every
 * level in turn, no extra posts or photos), built by one `npm run build`, once with a
 * fresh Astro process per site (CONG_TRUONG_BUILD_WORKERS=0, as before the build
 * workers) and once with the persistent workers (scripts/lib/astro-worker.ts). The
 * two take turns, `rounds` times each, so the machine's load weighs on both alike;
 * the CPU time of the command's whole process tree (user + system) is the figure
 * that load disturbs least. `npm run bench -- --startup K`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/build-root.ts';
import type { BuildResult } from '../lib/build-site.ts';
import { generateSchools } from './generate.ts';

export interface StartupRun {
  mode: 'process' | 'worker';
  wallSeconds: number;
  /** Median of the sites' own times (validation to swap). */
  siteSeconds: number;
  /** CPU of the command and every process it started, per site; undefined without bash. */
  cpuPerSiteSeconds?: number;
  load: [number, number];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

/** `times` after the command: bash's children's user and system time, which includes the build's workers (it waits for them). */
function cpuOf(stdout: string): number | undefined {
  const last = stdout.trim().split('\n').at(-1) ?? '';
  const parts = [...last.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return parts.length === 2 ? parts[0]! + parts[1]! : undefined;
}

function buildOnce(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; ms: number }> {
  const started = Date.now();
  const command = [process.execPath, join(PROJECT_ROOT, 'scripts/build.ts'), ...args];
  const child = hasBash
    ? spawn('bash', ['-c', '"$@"; s=$?; times; exit $s', 'bash', ...command], { cwd: PROJECT_ROOT, env })
    : spawn(command[0]!, command.slice(1), { cwd: PROJECT_ROOT, env });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.resume();
  return new Promise((done) =>
    child.on('close', (code) => done({ code: code ?? 1, stdout, ms: Date.now() - started })),
  );
}

export async function benchStartup(opts: {
  schools: number;
  rounds?: number;
  workDir: string;
  log?: (line: string) => void;
}): Promise<StartupRun[]> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const dir = join(opts.workDir, `startup-${opts.schools}`);
  rmSync(dir, { recursive: true, force: true });
  const sitesDir = join(dir, 'sites');
  await generateSchools({ sitesDir, schools: opts.schools, posts: 0, photos: 0 });
  const runs: StartupRun[] = [];
  const modes: StartupRun['mode'][] = [];
  // A first, unmeasured build fills the image and PDF caches: what follows is start-up and pages.
  for (let i = 0; i < (opts.rounds ?? 2); i++)
    modes.push(...(i % 2 ? (['worker', 'process'] as const) : (['process', 'worker'] as const)));
  for (const mode of ['warm-up' as const, ...modes]) {
    const report = join(dir, 'report.json');
    rmSync(report, { force: true });
    const env = {
      ...process.env,
      CONG_TRUONG_CACHE_DIR: join(dir, 'cache'),
      CONG_TRUONG_BUILD_WORKERS: mode === 'process' ? '0' : '1',
    };
    const before = loadavg()[0] ?? 0;
    const run = await buildOnce(
      ['--sites-dir', sitesDir, '--out-dir', join(dir, 'dist'), '--concurrency', '1', '--report', report],
      env,
    );
    if (run.code !== 0)
      throw new Error(`npm run build failed (exit ${run.code}) in the start-up bench:\n${run.stdout.slice(-2000)}`);
    if (mode === 'warm-up') continue;
    const { results } = JSON.parse(readFileSync(report, 'utf8')) as { results: BuildResult[] };
    const cpu = cpuOf(run.stdout);
    runs.push({
      mode,
      wallSeconds: round1(run.ms / 1000),
      siteSeconds: round1(median(results.map((r) => r.ms / 1000))),
      ...(cpu === undefined ? {} : { cpuPerSiteSeconds: round1(cpu / results.length) }),
      load: [round1(before), round1(loadavg()[0] ?? 0)],
    });
    log(`  ${mode}: ${runs.at(-1)!.wallSeconds} s`);
  }
  return runs;
}

/** One row per mode: the medians of its rounds. */
export function startupTable(runs: StartupRun[], schools: number): string {
  const rows = (['process', 'worker'] as const).map((mode) => {
    const of = runs.filter((r) => r.mode === mode);
    const cpu = of.map((r) => r.cpuPerSiteSeconds).filter((c): c is number => c !== undefined);
    return [
      mode === 'process'
        ? 'một tiến trình Astro mỗi trường / a fresh Astro process per site'
        : 'tiến trình Astro dùng lại / persistent Astro workers',
      String(median(of.map((r) => r.wallSeconds))),
      String(median(of.map((r) => r.siteSeconds))),
      cpu.length ? String(median(cpu)) : '–',
      of.map((r) => `${r.load[0]}→${r.load[1]}`).join(', '),
    ];
  });
  const head = [
    '',
    `lệnh, ${schools} trường / command wall (s)`,
    'mỗi trường / per site (s)',
    'CPU mỗi trường / CPU per site (s)',
    'tải máy / load average',
  ];
  const widths = head.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [
    `Chi phí khởi động mỗi trường (trường mới từ mẫu, trung vị ${runs.length / 2} lượt) / fixed cost per site`,
    line(head),
    ...rows.map(line),
  ].join('\n');
}
