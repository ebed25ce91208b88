/**
 * The build's steps before and after Astro that are not indexing, replayed one by one
 * on a site and its warm output, so the bench can say where a warm build's time goes
 * (the build itself reports only its total and the audit's time). Each step runs the
 * same function the build calls (scripts/lib/build-site.ts), in the same order, once,
 * in a fresh process: like the build's own process, its caches start empty.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSite } from '../../content-schemas/validate.ts';
import { assertNotDefaced } from '../audit/defacement.ts';
import { loadBuiltSite } from '../audit/built.ts';
import { auditBuilt, leaveSummary } from '../lib/network/build-audit.ts';
import { siteFilesHash } from '../lib/network/fingerprint.ts';
import { oversizedMediaWarning } from '../lib/media/warn.ts';

export interface StepTime {
  step: string;
  /** Wall time. */
  ms: number;
  /** CPU time of this process (user + system): steadier than wall time on a loaded machine. */
  cpuMs: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Times each step in this process; `builtDir` is the site's output (`dist/<id>`). */
export async function timeTextSteps(sitesDir: string, site: string, builtDir: string): Promise<StepTime[]> {
  const steps: StepTime[] = [];
  const time = async <T>(step: string, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const value = await run();
    const used = process.cpuUsage(cpu);
    steps.push({ step, ms: round(performance.now() - started), cpuMs: round((used.user + used.system) / 1000) });
    return value;
  };
  const siteDir = join(sitesDir, site);
  const filesHash = await time('fingerprint (siteFilesHash)', () => siteFilesHash(siteDir));
  const { site: config, entries } = await time('validate (validateSite)', () => validateSite(siteDir));
  await time('media warning (oversizedMediaWarning)', () => oversizedMediaWarning(siteDir));
  const built = await time('index output (loadBuiltSite)', () => loadBuiltSite(builtDir));
  await time('defacement (assertNotDefaced)', () => assertNotDefaced(siteDir, builtDir, built));
  const buildDate = new Date();
  const judged = { siteId: site, sitesDir, site: config, entries, builtDir, built, buildDate };
  const result = await time('audit (auditBuilt)', () => auditBuilt(judged));
  // The summary goes to a scratch folder: the real one stays as the build left it.
  const outRoot = mkdtempSync(join(tmpdir(), 'bench-steps-'));
  try {
    await time('audit summary (leaveSummary)', () => leaveSummary({ ...judged, outRoot, filesHash, result }));
  } finally {
    rmSync(outRoot, { recursive: true, force: true });
  }
  return steps;
}

/** The same, in a child process (fresh module caches, as in the build's process). */
export function timeTextStepsFresh(sitesDir: string, site: string, builtDir: string): StepTime[] {
  const out = execFileSync(process.execPath, [import.meta.filename, sitesDir, site, builtDir], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as StepTime[];
}

if (process.argv[1] === import.meta.filename) {
  const [sitesDir, site, builtDir] = process.argv.slice(2);
  if (!sitesDir || !site || !builtDir) {
    console.error('usage: npx node scripts/bench/text-steps.ts <sites-dir> <site> <built-dir>');
    process.exit(2);
  }
  console.log(JSON.stringify(await timeTextSteps(sitesDir, site, builtDir)));
}
