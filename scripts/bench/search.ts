/**
 * Search benchmark: what the first search costs a visitor in bytes, and how fast
 * results follow typing once the index is loaded. Measured in headless Chromium on
 * the real /tim-kiem/ page and Pagefind bundle.
 *
 *   npx node scripts/bench/search.ts [--dist <built site>] [--pages 1000]
 *
 * Without --dist it generates a site of `pages` entries (search-bench-site.ts) and
 * builds it with the real pipeline. Budgets (issue "Vietnamese search"): first search
 * ≤ 150 KB compressed on a 1000-page site; results ≤ 100 ms after typing. These are
 * reported, never asserted in tests: timings on shared CI machines are noise.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { buildSite } from '../lib/build-site.ts';
import { generateSearchBenchSite } from '../lib/search-bench-site.ts';
// The page's debounce: part of "typing → results", reported separately.
import { DEBOUNCE_MS } from '../../themes/cong-truong/search/typing.ts';

export const FIRST_SEARCH_BUDGET_KB = 150;
export const LATENCY_BUDGET_MS = 100;

/** First searches measured from an empty cache: short and long, rare words and the commonest ("học sinh"). */
export const FIRST_QUERIES = [
  'tuyen sinh lop 6',
  'thời khóa biểu',
  'tkb',
  'hoc phi',
  'doan thanh nien',
  'ke hoach',
  'học sinh',
];

/** Typed key by key after the index is loaded; new words, so chunks still load. */
export const TYPED_QUERIES = ['hop phu huynh', 'an toàn giao thông', 'lich thi hoc ky', 'GVCN lop 9'];

export const BENCH_QUERIES = [
  'tuyen sinh lop 6',
  'tuyển sinh lớp 6',
  'thoi khoa bieu',
  'tkb',
  'doan thanh nien',
  'Đoàn',
  'dao tao',
  'học sinh',
  'giao vien',
  'ke hoach',
  'phhs',
  'an toan thuc pham',
  'bán trú',
  'thi đua',
  'kiem tra hoc ky',
  'cau lac bo',
  'the duc',
  'công khai tài chính',
  'hoi nghi',
  'sach giao khoa',
];

export interface SearchBenchOptions {
  /** A built site (with /tim-kiem/ and pagefind/). Default: generate and build one. */
  distDir?: string;
  /** Entries of the generated site. Default 1000. */
  pages?: number;
  /** Where the generated site and its build go. Default: <tmp>/cong-truong-bench-search. */
  workDir?: string;
  queries?: string[];
}

export interface Stats {
  median: number;
  p95: number;
  max: number;
}

export interface FirstSearch {
  query: string;
  results: number;
  requests: number;
  /** Everything from opening /tim-kiem/ to the first results: HTML, CSS, JS, Pagefind. */
  gzipKb: number;
  brotliKb: number;
  /** Only what search adds to a page view: the page script and Pagefind's files. */
  searchGzipKb: number;
  ms: number;
  /** The heaviest transfers, to see what to trim. */
  largest: { path: string; gzipKb: number }[];
}

export interface SearchBenchResult {
  distDir: string;
  buildMs?: number;
  indexedPages?: number;
  /** Pagefind bundle on disk (all files, as written). */
  indexFiles: number;
  indexKb: number;
  /** One per FIRST_QUERIES entry, each from an empty cache. */
  firstSearch: FirstSearch[];
  /**
   * Query set → results rendered, debounce included. cold: whole new queries, chunks
   * still to fetch; warm: the same queries again; typed: typed key by key, measured
   * from the last keystroke (what a visitor waits for).
   */
  latency: { queries: number; cold: Stats; warm: Stats; typed: Stats; debounceMs: number };
  budget: { firstSearchKb: number; latencyMs: number; firstSearchOk: boolean; latencyOk: boolean };
  /** Timings are only comparable on a quiet machine: the 1-minute load average and CPU count at the end. */
  machine: { loadAverage: number; cpus: number };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** A static server that remembers which files it sent. */
interface RecordingServer {
  url: string;
  sent: string[];
  close: () => Promise<void>;
}

async function recordingServer(root: string): Promise<RecordingServer> {
  const sent: string[] = [];
  const server: Server = createServer((req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
    sent.push(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, sent, close: () => new Promise((done) => server.close(() => done())) };
}

/** Bytes on the wire: Pagefind's index files are gzip already; the rest as a server would compress it. */
function wireBytes(file: string): { gzip: number; brotli: number } {
  const data = readFileSync(file);
  if (/\.pf_\w+$/.test(file)) return { gzip: data.length, brotli: data.length };
  return { gzip: gzipSync(data, { level: 6 }).length, brotli: brotliCompressSync(data).length };
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? 0) };
}

const round = (n: number) => Math.round(n * 10) / 10;
const kb = (bytes: number) => round(bytes / 1024);

function dirStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

async function prepareSite(
  options: SearchBenchOptions,
): Promise<{ distDir: string; buildMs?: number; indexedPages?: number }> {
  if (options.distDir) return { distDir: resolve(options.distDir) };
  const workDir = resolve(options.workDir ?? join(tmpdir(), 'cong-truong-bench-search'));
  const sitesDir = join(workDir, 'sites');
  const id = 'thcs-do-tai';
  await generateSearchBenchSite(sitesDir, id, options.pages ?? 1000);
  const built = await buildSite(id, { sitesDir, outRoot: join(workDir, 'dist'), onWarning: () => {} });
  if (!built.ok) throw new Error(`Building the benchmark site failed:\n${built.error}`);
  return { distDir: join(workDir, 'dist', id), buildMs: built.ms, indexedPages: built.pages };
}

/**
 * Types each query key by key (`delayMs` between keys, as a person types), then
 * returns the ms from the last keystroke to its results being rendered.
 */
async function timeTyping(page: Page, queries: string[], delayMs = 120): Promise<number[]> {
  type Marks = { lastInput: number; doneAt: Record<string, number> };
  await page.evaluate(() => {
    const marks: Marks = { lastInput: 0, doneAt: {} };
    (window as unknown as { __marks: Marks }).__marks = marks;
    const root = document.querySelector<HTMLElement>('[data-ct-search]')!;
    root.querySelector('input[name="q"]')!.addEventListener('input', () => (marks.lastInput = performance.now()));
    new MutationObserver(() => {
      if (root.dataset.state === 'done' && root.dataset.query) marks.doneAt[root.dataset.query] = performance.now();
    }).observe(root, { attributes: true });
  });
  const input = page.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' });
  const times: number[] = [];
  for (const q of queries) {
    await input.fill('');
    await page.evaluate(() => ((window as unknown as { __marks: Marks }).__marks.doneAt = {}));
    await input.pressSequentially(q, { delay: delayMs });
    await page.waitForFunction(
      (query) => (window as unknown as { __marks: Marks }).__marks.doneAt[query] !== undefined,
      q,
    );
    times.push(
      await page.evaluate((query) => {
        const marks = (window as unknown as { __marks: Marks }).__marks;
        return (marks.doneAt[query] ?? 0) - marks.lastInput;
      }, q),
    );
  }
  return times;
}

/** Types `queries` one after another into the page; returns ms from input to rendered results. */
async function timeQueries(page: Page, queries: string[]): Promise<number[]> {
  return page.evaluate(async (list) => {
    const root = document.querySelector<HTMLElement>('[data-ct-search]')!;
    const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
    const times: number[] = [];
    for (const q of list) {
      const started = performance.now();
      const done = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (root.dataset.state === 'done' && root.dataset.query === q) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(root, { attributes: true });
      });
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await done;
      times.push(performance.now() - started);
    }
    return times;
  }, queries);
}

interface Transfer {
  file: string;
  gzip: number;
  brotli: number;
}

/** Opens /tim-kiem/ in a fresh context (empty cache), types `query`, returns what was transferred. */
async function firstSearch(
  browser: Browser,
  server: RecordingServer,
  query: string,
): Promise<{ transfers: Transfer[]; results: number; ms: number; page: Page }> {
  server.sent.length = 0;
  const page = await (await browser.newContext()).newPage();
  const started = Date.now();
  await page.goto(`${server.url}/tim-kiem/`);
  await page.waitForSelector('[data-ct-search][data-state="ready"]');
  await page.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' }).fill(query);
  await page.waitForSelector(`[data-ct-search][data-state="done"][data-query="${query}"]`);
  const ms = Date.now() - started;
  const results = await page.locator('.ct-search__result').count();
  return { transfers: server.sent.map((file) => ({ file, ...wireBytes(file) })), results, ms, page };
}

export async function benchSearch(options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const site = await prepareSite(options);
  const queries = options.queries ?? BENCH_QUERIES;
  const index = dirStats(join(site.distDir, 'pagefind'));
  const server = await recordingServer(site.distDir);
  const browser = await launchBrowser();
  const sum = (list: Transfer[], key: 'gzip' | 'brotli') => list.reduce((n, t) => n + t[key], 0);
  try {
    const first: FirstSearch[] = [];
    for (const query of FIRST_QUERIES) {
      const run = await firstSearch(browser, server, query);
      await run.page.context().close();
      const searchOnly = run.transfers.filter(
        (t) => t.file.includes(`${join(site.distDir, 'pagefind')}/`) || /SearchApp.*\.js$/.test(t.file),
      );
      first.push({
        query,
        results: run.results,
        requests: run.transfers.length,
        gzipKb: kb(sum(run.transfers, 'gzip')),
        brotliKb: kb(sum(run.transfers, 'brotli')),
        searchGzipKb: kb(sum(searchOnly, 'gzip')),
        ms: run.ms,
        largest: [...run.transfers]
          .sort((a, b) => b.gzip - a.gzip)
          .slice(0, 6)
          .map((t) => ({ path: t.file.slice(site.distDir.length), gzipKb: kb(t.gzip) })),
      });
    }
    const warmup = await firstSearch(browser, server, queries[0] ?? 'tuyen sinh');
    const cold = await timeQueries(warmup.page, queries.slice(1));
    // The same queries again, in another order, with every index chunk already loaded.
    const warm = await timeQueries(warmup.page, [...queries].reverse().slice(1));
    const typed = await timeTyping(warmup.page, TYPED_QUERIES);
    const worst = Math.max(...first.map((f) => f.gzipKb));
    return {
      ...site,
      indexFiles: index.files,
      indexKb: kb(index.bytes),
      firstSearch: first,
      latency: {
        queries: cold.length,
        cold: stats(cold),
        warm: stats(warm),
        typed: stats(typed),
        debounceMs: DEBOUNCE_MS,
      },
      budget: {
        firstSearchKb: FIRST_SEARCH_BUDGET_KB,
        latencyMs: LATENCY_BUDGET_MS,
        firstSearchOk: worst <= FIRST_SEARCH_BUDGET_KB,
        latencyOk: stats(warm).p95 <= LATENCY_BUDGET_MS,
      },
      machine: { loadAverage: round(loadavg()[0] ?? 0), cpus: cpus().length },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Rows for `console.table`, in the units of the budgets. */
export function searchBenchRows(r: SearchBenchResult): Record<string, string | number>[] {
  const ok = (yes: boolean) => (yes ? '✓' : '✗');
  return [
    { measure: 'trang đã lập chỉ mục / indexed pages', value: r.indexedPages ?? '-', budget: '' },
    ...r.firstSearch.map((f) => ({
      measure: `tìm lần đầu «${f.query}», gzip KB (phần tìm kiếm ${f.searchGzipKb}) / first search`,
      value: f.gzipKb,
      budget: `≤ ${r.budget.firstSearchKb} ${ok(f.gzipKb <= r.budget.firstSearchKb)}`,
    })),
    { measure: 'gõ → kết quả, trung vị ms / typing → results, median', value: r.latency.warm.median, budget: '' },
    {
      measure: 'gõ → kết quả, p95 ms',
      value: r.latency.warm.p95,
      budget: `≤ ${r.budget.latencyMs} ${ok(r.budget.latencyOk)}`,
    },
    {
      measure: '  từ mới, còn tải mảnh chỉ mục, p95 ms / new words, chunks to fetch',
      value: r.latency.cold.p95,
      budget: '',
    },
    {
      measure: '  gõ từng phím, từ phím cuối, trung vị ms / typed, from last key',
      value: r.latency.typed.median,
      budget: '',
    },
    { measure: 'chỉ mục trên đĩa, KB / index on disk', value: r.indexKb, budget: '' },
    {
      measure: 'tải máy (1 phút) / CPU / load average / CPUs',
      value: `${r.machine.loadAverage} / ${r.machine.cpus}`,
      budget: '',
    },
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string' }, pages: { type: 'string' }, json: { type: 'boolean' } },
  });
  const result = await benchSearch({ distDir: values.dist, pages: values.pages ? Number(values.pages) : undefined });
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else console.table(searchBenchRows(result));
}
