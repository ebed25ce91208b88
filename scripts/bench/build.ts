/**
 * The build benchmark behind `npm run bench`: generate N schools × M posts × K
 * photos in a private Git repository, build them all with the real pipeline (cold
 * caches), then change one post of one school and time `npm run build -- --changed
 * HEAD`. Both builds run the CLI as a child process. Measures wall and per-site
 * time, pages/s, peak memory of the build's process tree,
 * output size; adds page-weight and search figures when those modules exist.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../lib/build-root.ts';
import type { BuildResult } from '../lib/build-site.ts';
import { generateSchools } from './generate.ts';
import { hugoAvailable, makeHugoSite, runHugo } from './hugo.ts';
import { sampleMemory, type MemoryPeak } from './memory.ts';
import { timeTextStepsFresh, type StepTime } from './text-steps.ts';
import {
  BENCH_UNIT,
  POSTS_PER_YEAR,
  projectProvince,
  putUnderUnit,
  repoGrowth,
  type Projection,
  type RepoGrowth,
} from './province.ts';

export const DEFAULT_WORK_DIR = resolve(PROJECT_ROOT, 'bench/.work');
/** The site size the search budget is set for (issue "Vietnamese search"). */
const SEARCH_PAGES = 1000;

export interface BenchOptions {
  schools: number;
  posts: number;
  photos: number;
  concurrency: number;
  workDir?: string;
  /** Run the search benchmark (headless Chromium) on the first school. */
  search?: boolean;
  /** Photos as phones take them (4000×3000, 3–5 MB) rather than 1600×1067. */
  phone?: boolean;
  /** Every n-th photo is also shown in its post's body (0: covers only). */
  inlineEvery?: number;
  /** PDF attachments per school. */
  attachments?: number;
  /** The schools report to a Phòng (built too), so a changed post also rebuilds the unit (default true). */
  unit?: boolean;
  /** Hugo plus Pagefind on the first school's posts, when `hugo` is installed (default true). */
  hugo?: boolean;
  log?: (line: string) => void;
}

export interface SiteTime {
  site: string;
  pages: number;
  seconds: number;
  ok: boolean;
}

export interface BenchResult {
  date: string;
  size: {
    schools: number;
    posts: number;
    photos: number;
    phone: boolean;
    inlineEvery: number;
    attachments: number;
    unit: string | null;
  };
  /** Load average (1 min) before and after the cold build: other work on the machine skews every time. */
  machine: {
    cores: number;
    memoryGb: number;
    node: string;
    concurrency: number;
    loadBefore: number;
    loadAfter: number;
  };
  generateSeconds: number;
  build: {
    wallSeconds: number;
    pages: number;
    pagesPerSecond: number;
    perSite: SiteTime[];
    failed: string[];
    peakTreeMb: number;
    peakProcessMb: number;
    memorySource: MemoryPeak['source'];
    outputMb: number;
    outputFiles: number;
  };
  /** The same command again, nothing changed: image, PDF and Astro caches warm. */
  warm: { wallSeconds: number; perSite: SiteTime[]; failed: string[] };
  /**
   * Where the first school's warm build went: the steps before and after Astro that are
   * not indexing, replayed one by one on its warm output (text-steps.ts), the audit's
   * time as the build reported it, and the rest (Astro, indexing, liên thông, swap).
   */
  steps?:
    | { site: string; warmMs: number; auditMsInBuild: number | null; steps: StepTime[]; restMs: number }
    | { skipped: string };
  rebuild: {
    changedSite: string;
    selected: string[];
    wallSeconds: number;
    ok: boolean;
    peakTreeMb: number;
    perSite: SiteTime[];
  };
  repo: RepoGrowth & { postsPerYear: number };
  projection: Projection & { coldSiteSeconds: number; warmSiteSeconds: number };
  hugo?:
    | {
        site: string;
        posts: number;
        hugoSeconds: number;
        pagefindSeconds: number;
        totalSeconds: number;
        oursWarmSeconds: number;
        ratio: number;
      }
    | { skipped: string };
  pageWeight?:
    | {
        site: string;
        pages: number;
        medianGzipKb: number;
        maxGzipKb: number;
        maxGzipPage: string;
        maxJsBytesOutsideSearch: number;
      }
    | { skipped: string };
  search?: { rows: Record<string, string | number>[] } | { skipped: string };
}

const mb = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
const secs = (ms: number) => Math.round(ms / 100) / 10;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = dirSize(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

interface CliRun {
  ms: number;
  code: number;
  stdout: string;
  stderr: string;
  /** Peak memory of the CLI's process tree (the build command and its Astro children). */
  peak: MemoryPeak;
}

/**
 * Runs `npm run build` (the CLI itself) as a child process, echoing its progress lines
 * to `onLine`; returns its wall time, output and the peak memory of its process tree,
 * which leaves out this benchmark's own memory (generated data, sharp).
 */
function runBuildCli(args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void): Promise<CliRun> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts/build.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env,
    });
    const memory = sampleMemory(() => child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      const text = c.toString();
      stdout += text;
      for (const line of text.split('\n')) if (/^\[\d\d:\d\d\] [▶✓✗]/.test(line)) onLine?.(line);
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) =>
      done({ ms: Date.now() - started, code: code ?? 1, stdout, stderr, peak: memory.stop() }),
    );
  });
}

async function pageWeightOf(distDir: string, site: string): Promise<BenchResult['pageWeight']> {
  try {
    const { measurePageWeight } = await import('./page-weight.ts');
    const rows = measurePageWeight(join(distDir, site));
    const sorted = [...rows].sort((a, b) => a.totalGzip - b.totalGzip);
    const heaviest = sorted.at(-1);
    const outsideSearch = rows.filter((r) => !r.page.startsWith('/tim-kiem/') && !r.page.startsWith('/admin/'));
    return {
      site,
      pages: rows.length,
      medianGzipKb: Math.round((sorted[Math.floor(sorted.length / 2)]?.totalGzip ?? 0) / 102.4) / 10,
      maxGzipKb: Math.round((heaviest?.totalGzip ?? 0) / 102.4) / 10,
      maxGzipPage: heaviest?.page ?? '',
      maxJsBytesOutsideSearch: Math.max(0, ...outsideSearch.map((r) => r.jsBytes)),
    };
  } catch (error) {
    return { skipped: `page weight failed: ${(error as Error).message}` };
  }
}

/** Search is measured where its budget is set: a generated 1000-page school site. */
async function searchOf(workDir: string): Promise<BenchResult['search']> {
  try {
    const { benchSearch, searchBenchRows } = await import('./search.ts');
    return {
      rows: searchBenchRows(
        await benchSearch({ pages: SEARCH_PAGES, workDir: join(workDir, `search-${SEARCH_PAGES}`) }),
      ),
    };
  } catch (error) {
    return { skipped: `search bench failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

const siteTime = (r: BuildResult): SiteTime => ({ site: r.site, pages: r.pages, seconds: secs(r.ms), ok: r.ok });

/** Hugo plus Pagefind on one school's posts, twice (the second is the figure), against our warm build of it. */
async function hugoOf(siteDir: string, dir: string, ours: BuildResult | undefined): Promise<BenchResult['hugo']> {
  if (!hugoAvailable()) return { skipped: 'hugo not installed (apt-get install hugo)' };
  if (!ours?.ok) return { skipped: 'our warm build of that school failed' };
  try {
    const posts = makeHugoSite(siteDir, dir);
    await runHugo(dir);
    const run = await runHugo(dir);
    return {
      site: siteDir.split('/').at(-1)!,
      posts,
      hugoSeconds: secs(run.hugoMs),
      pagefindSeconds: secs(run.pagefindMs),
      totalSeconds: secs(run.totalMs),
      oursWarmSeconds: secs(ours.ms),
      ratio: Math.round((ours.ms / run.totalMs) * 10) / 10,
    };
  } catch (error) {
    return { skipped: `hugo failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** The per-step breakdown of `site`'s warm build (before its content changes). */
function stepsOf(sitesDir: string, site: string, outRoot: string, warm: BuildResult[]): BenchResult['steps'] {
  const ours = warm.find((r) => r.site === site);
  if (!ours?.ok) return { skipped: 'our warm build of that school failed' };
  try {
    const steps = timeTextStepsFresh(sitesDir, site, join(outRoot, site));
    const mine = steps.reduce((n, s) => n + s.ms, 0);
    return {
      site,
      warmMs: ours.ms,
      auditMsInBuild: ours.audit?.ms ?? null,
      steps,
      restMs: Math.round(ours.ms - mine),
    };
  } catch (error) {
    return { skipped: `step timing failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const label = `${opts.schools}x${opts.posts}x${opts.photos}`;
  const runDir = join(opts.workDir ?? DEFAULT_WORK_DIR, label);
  const repo = join(runDir, 'repo');
  const sitesDir = join(repo, 'sites');
  const outRoot = join(runDir, 'dist');
  // Every cache of its own, so "cold" is cold: the shared image cache would otherwise
  // hold the photos of an earlier run (the generator makes the same bytes each time).
  const env = {
    ...process.env,
    CONG_TRUONG_CACHE_DIR: join(runDir, 'cache'),
    CONG_TRUONG_IMAGE_CACHE: join(runDir, 'images'),
  };
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(sitesDir, { recursive: true });

  log(`Sinh dữ liệu / generating ${opts.schools} trường × ${opts.posts} bài × ${opts.photos} ảnh → ${runDir}`);
  const started = Date.now();
  const generated = await generateSchools({
    sitesDir,
    schools: opts.schools,
    posts: opts.posts,
    photos: opts.photos,
    phone: opts.phone,
    inlineEvery: opts.inlineEvery,
    attachments: opts.attachments,
  });
  const unit = opts.unit === false ? null : BENCH_UNIT;
  if (unit) putUnderUnit(sitesDir, generated.ids);
  // A school as onboarding leaves it: what the generated ones are measured against.
  const templateDir = join(runDir, 'template');
  const template = await generateSchools({ sitesDir: templateDir, schools: 1, posts: 0, photos: 0 });
  const repo_ = repoGrowth(sitesDir, generated.ids, opts.posts, join(templateDir, template.ids[0]!));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'bench data');
  const generateMs = Date.now() - started;

  log(`Dựng (bộ đệm trống) / cold build, ${opts.concurrency} cùng lúc / at a time`);
  const report = join(runDir, 'build-report.json');
  const loadBefore = loadavg()[0] ?? 0;
  const cold = await runBuildCli(
    ['--sites-dir', sitesDir, '--out-dir', outRoot, '--concurrency', String(opts.concurrency), '--report', report],
    env,
    log,
  );
  const loadAfter = loadavg()[0] ?? 0;
  if (!existsSync(report)) throw new Error(`npm run build failed (exit ${cold.code}):\n${cold.stderr}`);
  const { wallMs, results } = JSON.parse(readFileSync(report, 'utf8')) as { wallMs: number; results: BuildResult[] };
  const peak = cold.peak;
  const output = dirSize(outRoot);
  const pages = results.reduce((n, r) => n + r.pages, 0);

  log('Dựng lại, không đổi gì / warm build, nothing changed');
  const warmReport = join(runDir, 'warm-report.json');
  await runBuildCli(
    ['--sites-dir', sitesDir, '--out-dir', outRoot, '--concurrency', String(opts.concurrency), '--report', warmReport],
    env,
    log,
  );
  const warm = existsSync(warmReport)
    ? (JSON.parse(readFileSync(warmReport, 'utf8')) as { wallMs: number; results: BuildResult[] })
    : { wallMs: 0, results: [] };

  // One post of the first school changes; everything else stays.
  const changedSite = generated.ids[0]!;
  const steps = stepsOf(sitesDir, changedSite, outRoot, warm.results);
  appendFileSync(
    join(sitesDir, changedSite, 'content/tin-tuc/bai-0001.md'),
    '\nCập nhật: nhà trường bổ sung thông tin cho bài viết này.\n',
  );
  const listed = await runBuildCli(['--changed', 'HEAD', '--sites-dir', sitesDir, '--list'], env);
  const selected = listed.code === 0 ? (JSON.parse(listed.stdout) as string[]) : [];
  log(
    `Dựng lại sau khi sửa một bài của ${changedSite} / rebuild after one post changed (--changed HEAD): ${selected.join(', ')}`,
  );
  const rebuildReport = join(runDir, 'rebuild-report.json');
  const rebuild = await runBuildCli(
    ['--changed', 'HEAD', '--sites-dir', sitesDir, '--out-dir', outRoot, '--report', rebuildReport],
    env,
  );
  const rebuildPeak = rebuild.peak;
  const rebuilt = existsSync(rebuildReport)
    ? (JSON.parse(readFileSync(rebuildReport, 'utf8')) as { results: BuildResult[] }).results
    : [];
  const schoolSeconds = (list: BuildResult[]) => median(list.filter((r) => r.site !== unit).map((r) => r.ms / 1000));
  const coldSite = secs(schoolSeconds(results) * 1000);
  const warmSite = secs(schoolSeconds(warm.results) * 1000);

  const result: BenchResult = {
    date: new Date().toISOString(),
    size: {
      schools: opts.schools,
      posts: opts.posts,
      photos: opts.photos,
      phone: opts.phone ?? false,
      inlineEvery: opts.inlineEvery ?? 0,
      attachments: opts.attachments ?? 0,
      unit,
    },
    machine: {
      cores: availableParallelism(),
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      concurrency: opts.concurrency,
      loadBefore: Math.round(loadBefore * 10) / 10,
      loadAfter: Math.round(loadAfter * 10) / 10,
    },
    generateSeconds: secs(generateMs),
    build: {
      wallSeconds: secs(wallMs),
      pages,
      pagesPerSecond: Math.round((pages / (wallMs / 1000)) * 10) / 10,
      perSite: results.map(siteTime),
      failed: results.filter((r) => !r.ok).map((r) => `${r.site}: ${(r.error ?? '').split('\n')[0]}`),
      peakTreeMb: mb(peak.treeBytes),
      peakProcessMb: mb(peak.processBytes),
      memorySource: peak.source,
      outputMb: mb(output.bytes),
      outputFiles: output.files,
    },
    warm: {
      wallSeconds: secs(warm.wallMs),
      perSite: warm.results.map(siteTime),
      failed: warm.results.filter((r) => !r.ok).map((r) => r.site),
    },
    steps,
    rebuild: {
      changedSite,
      selected,
      wallSeconds: secs(rebuild.ms),
      ok: rebuild.code === 0,
      peakTreeMb: mb(rebuildPeak.treeBytes),
      perSite: rebuilt.map(siteTime),
    },
    repo: { ...repo_, postsPerYear: POSTS_PER_YEAR },
    projection: { ...projectProvince(coldSite, warmSite), coldSiteSeconds: coldSite, warmSiteSeconds: warmSite },
  };
  result.hugo =
    opts.hugo === false
      ? { skipped: '--no-hugo' }
      : await hugoOf(
          join(sitesDir, changedSite),
          join(runDir, 'hugo'),
          warm.results.find((r) => r.site === changedSite),
        );
  result.pageWeight = await pageWeightOf(outRoot, changedSite);
  result.search = opts.search === false ? { skipped: '--no-search' } : await searchOf(opts.workDir ?? DEFAULT_WORK_DIR);

  const workDir = opts.workDir ?? DEFAULT_WORK_DIR;
  writeFileSync(join(workDir, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(workDir, `results-${label}.json`), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function stepRows(steps: BenchResult['steps']): [string, string][] {
  if (!steps) return [];
  if ('skipped' in steps) return [['các bước ngoài Astro / steps outside Astro', `bỏ qua / skipped: ${steps.skipped}`]];
  const ms = (n: number) => `${Math.round(n)} ms`;
  return [
    [`các bước khi ấm, ${steps.site} / warm build steps (ms)`, `tổng / total ${ms(steps.warmMs)}`],
    ...steps.steps.map((s): [string, string] => [`  ${s.step}`, `${ms(s.ms)} (CPU ${ms(s.cpuMs)})`]),
    [
      '  kiểm tra, đo trong lúc dựng / audit as the build timed it',
      steps.auditMsInBuild === null ? '–' : ms(steps.auditMsInBuild),
    ],
    ['  còn lại: Astro, chỉ mục, liên thông… / rest: Astro, indexing, network…', ms(steps.restMs)],
  ];
}

/** The table printed at the end of `npm run bench`. */
export function benchTable(r: BenchResult): string {
  const rows: [string, string][] = [
    ['trường × bài × ảnh / schools × posts × photos', `${r.size.schools} × ${r.size.posts} × ${r.size.photos}`],
    [
      'máy / machine',
      `${r.machine.cores} lõi / cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.concurrency} cùng lúc / at a time`,
    ],
    ['tải máy trước / sau / load average before / after', `${r.machine.loadBefore} / ${r.machine.loadAfter}`],
    ['sinh dữ liệu / generate (s)', String(r.generateSeconds)],
    ['dựng tất cả, bộ đệm trống / cold build, wall (s)', String(r.build.wallSeconds)],
    [
      'mỗi trường, trung vị / max (s) / per site, median / max',
      `${median(r.build.perSite.map((s) => s.seconds))} / ${Math.max(...r.build.perSite.map((s) => s.seconds))}`,
    ],
    ['số trang / pages', String(r.build.pages)],
    ['trang/giây / pages per second', String(r.build.pagesPerSecond)],
    [
      'bộ nhớ đỉnh, lệnh dựng và tiến trình con / peak RSS, build command tree (MB)',
      `${r.build.peakTreeMb}${r.build.memorySource === 'self' ? ' (chỉ tiến trình chính / this process only)' : ''}`,
    ],
    ['bộ nhớ đỉnh, một tiến trình / peak RSS, one process (MB)', String(r.build.peakProcessMb)],
    ['dung lượng kết quả / output (MB, files)', `${r.build.outputMb} MB, ${r.build.outputFiles} tệp`],
    ['lỗi / failed', r.build.failed.length ? r.build.failed.join('; ') : '0'],
    [
      'dựng lại, không đổi gì / warm build, nothing changed, wall (s)',
      `${r.warm.wallSeconds}${r.warm.failed.length ? ` (LỖI: ${r.warm.failed.join(', ')})` : ''}`,
    ],
    [
      'mỗi trường khi ấm, trung vị / max (s) / per site warm, median / max',
      `${median(r.warm.perSite.map((s) => s.seconds))} / ${Math.max(0, ...r.warm.perSite.map((s) => s.seconds))}`,
    ],
    [
      `dựng lại khi ${r.rebuild.changedSite} đổi một bài / rebuild, one post changed (s)`,
      `${r.rebuild.wallSeconds} (${r.rebuild.perSite.map((s) => `${s.site} ${s.seconds} s`).join(', ') || r.rebuild.selected.join(', ')}${r.rebuild.ok ? '' : ', LỖI'})`,
    ],
    [
      `kho tăng mỗi năm học (${r.repo.postsPerYear} bài) / repository bytes per school-year (MB)`,
      `${mb(r.repo.bytesPerSchoolYear)} (một trường / school ${mb(r.repo.schoolBytes)} MB, mẫu / template ${mb(r.repo.templateBytes)} MB)`,
    ],
    [
      `dựng lại ${r.projection.schools} trường trên ${r.projection.runners} máy CI / full rebuild on CI, projected (min)`,
      `lạnh / cold ${r.projection.coldMinutes}, ấm / warm ${r.projection.warmMinutes} (${r.projection.schoolsPerRunner} trường mỗi máy × ${r.projection.coldSiteSeconds} / ${r.projection.warmSiteSeconds} s)`,
    ],
  ];
  rows.push(...stepRows(r.steps));
  const hugo = r.hugo;
  if (hugo && 'skipped' in hugo) rows.push(['Hugo + Pagefind', `bỏ qua / skipped: ${hugo.skipped}`]);
  else if (hugo)
    rows.push([
      `Hugo + Pagefind, ${hugo.posts} bài của ${hugo.site} (s)`,
      `${hugo.totalSeconds} (Hugo ${hugo.hugoSeconds} + Pagefind ${hugo.pagefindSeconds}); ta khi ấm / ours warm ${hugo.oursWarmSeconds} = ${hugo.ratio}×`,
    ]);
  const pw = r.pageWeight;
  if (pw && 'skipped' in pw) rows.push(['trọng lượng trang / page weight', `bỏ qua / skipped: ${pw.skipped}`]);
  else if (pw) {
    rows.push([
      `trọng lượng trang ${pw.site}, HTML+CSS gzip trung vị / max (KB)`,
      `${pw.medianGzipKb} / ${pw.maxGzipKb} (${pw.maxGzipPage}), ${pw.pages} trang`,
    ]);
    rows.push(['JS ngoài trang tìm kiếm / JS outside search (bytes)', String(pw.maxJsBytesOutsideSearch)]);
  }
  const search = r.search;
  if (search && 'skipped' in search) rows.push(['tìm kiếm / search', `bỏ qua / skipped: ${search.skipped}`]);
  else if (search)
    for (const row of search.rows)
      rows.push([`tìm kiếm: ${row.measure}`, `${row.value}${row.budget ? `  (${row.budget})` : ''}`]);
  const width = Math.max(...rows.map(([k]) => [...k].length));
  const perSite = r.build.perSite.map(
    (s) =>
      `  ${s.site.padEnd(12)} ${String(s.pages).padStart(6)} trang  ${String(s.seconds).padStart(6)} s  ${s.ok ? 'OK' : 'LỖI'}`,
  );
  return [...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`), '', 'Từng trường / per site:', ...perSite].join('\n');
}
