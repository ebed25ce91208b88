/**
 * Failures that are nobody's content error still end in a message that names the
 * school, the step or file, and a fix, in Vietnamese and English, without a stack
 * trace; the stack is in the log file the message points to, and in the message
 * with --debug. Real failures: a dangling symlink, a full disk (writes through
 * /dev/full give ENOSPC), Pagefind unable to start (its binary missing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchools } from '../../scripts/lib/onboarding/create.ts';
import { COMMAND_LINE } from '../../scripts/lib/onboarding/input.ts';
import { runBuild, siteSection, type BuildRun } from '../helpers/build-cli.ts';
import { TEST_OUTPUT } from '../helpers/paths.ts';

const STACK_FRAME = /^\s+at \S/m;
const POST = 'content/tin-tuc/ra-mat-cong-thong-tin.md';

let work: string;
let sitesDir: string;
let outRoot: string;
let env: NodeJS.ProcessEnv;
/** [dangling symlink + Pagefind missing], [full disk], [full disk with --debug] */
let first: BuildRun;
let full: BuildRun;
let debug: BuildRun;
/** The log each run left, read before the next run replaces it. */
const logs = new Map<BuildRun, string>();

function keepLog(run: BuildRun): BuildRun {
  const file = logPath(siteSection(run.stderr, 'tim-kiem'));
  logs.set(run, file && existsSync(file) ? readFileSync(file, 'utf8') : '');
  return run;
}

const args = (...sites: string[]) => [
  '--sites-dir',
  sitesDir,
  '--out-dir',
  outRoot,
  '--concurrency',
  '2',
  ...sites.flatMap((s) => ['--site', s]),
];

function logPath(section: string): string {
  return /Nhật ký đầy đủ \/ full log: (\S+)/.exec(section)?.[1] ?? '';
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cong-truong-failures-'));
  sitesDir = join(work, 'sites');
  outRoot = join(TEST_OUTPUT, 'failure-messages');
  rmSync(outRoot, { recursive: true, force: true });
  env = { CONG_TRUONG_CACHE_DIR: join(work, 'cache') };
  const school = (id: string, name: string) => ({ id, name, level: 'thcs' as const, source: { file: COMMAND_LINE } });
  createSchools([school('lien-ket', 'Trường THCS Liên Kết'), school('tim-kiem', 'Trường THCS Tìm Kiếm')], {
    sitesDir,
    today: new Date('2025-11-22T03:00:00Z'),
  });
  symlinkSync(join(work, 'khong-con/bai.md'), join(sitesDir, 'lien-ket/content/tin-tuc/bai-da-xoa.md'));
  // Pagefind's own override of where its binary is: as if the platform package were missing.
  first = keepLog(
    await runBuild(args('lien-ket', 'tim-kiem'), {
      ...env,
      PAGEFIND_BINARY_PATH: join(work, 'khong-co/pagefind'),
      PAGEFIND_EXTENDED_BINARY_PATH: join(work, 'khong-co/pagefind'),
    }),
  );
  // The content store of tim-kiem, written by the first build, now lands on /dev/full:
  // the next build that changes content hits ENOSPC for real.
  const store = readdirSync(join(work, 'cache')).filter((name) => name.startsWith('tim-kiem-'));
  expect(store).toHaveLength(1);
  symlinkSync('/dev/full', join(work, 'cache', store[0]!, 'data-store.json.tmp'));
  const post = join(sitesDir, 'tim-kiem', POST);
  writeFileSync(post, `${readFileSync(post, 'utf8')}\nThực hiện Công văn của Sở GD&ĐT.\n`);
  full = keepLog(await runBuild(args('tim-kiem'), env));
  debug = await runBuild([...args('tim-kiem'), '--debug'], env);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('each failure names the school, the step or file, and a fix, without a stack trace', () => {
  const cases: [string, () => BuildRun, string, RegExp[]][] = [
    [
      'a dangling symlink in the content',
      () => first,
      'lien-ket',
      [/lien-ket\/content\/tin-tuc\/bai-da-xoa\.md/, /Cách sửa: /, /\[en\] .*Fix: /],
    ],
    [
      'Pagefind that cannot start',
      () => first,
      'tim-kiem',
      [
        /^Không lập được chỉ mục tìm kiếm \(trường tim-kiem, bước lập chỉ mục tìm kiếm Pagefind\): lỗi không lường trước\. Cách sửa: chạy lại npm ci/,
        /^\[en\] Could not build the search index \(site tim-kiem, Pagefind search index step\): an unexpected error\. Fix: run npm ci again/m,
        /Pagefind backend closed/,
      ],
    ],
    [
      'a full disk (ENOSPC)',
      () => full,
      'tim-kiem',
      [
        /^Astro dừng khi dựng trang \(trường tim-kiem, bước dựng trang bằng Astro\): ổ đĩa đã đầy \(ENOSPC\)\. Cách sửa: giải phóng dung lượng/,
        /^\[en\] Astro stopped while building pages \(site tim-kiem, Astro step\): the disk is full \(ENOSPC\)\. Fix: free some space/m,
      ],
    ],
  ];
  it.each(cases)('%s', (_, run, site, expected) => {
    expect(run().code, run().stdout + run().stderr).toBe(1);
    const section = siteSection(run().stderr, site);
    for (const pattern of expected) expect(section).toMatch(pattern);
    expect(run().stdout + run().stderr).not.toMatch(STACK_FRAME);
    expect(section).not.toContain('Stack trace');
  });

  it.each([
    ['Pagefind that cannot start', () => first, /Error: Pagefind backend closed\n\s+at /],
    ['a full disk', () => full, /Caused by:\n\s*ENOSPC: no space left on device, write\n\s+at /],
  ])('%s: the log file the message names exists and holds the stack', (_, run, stack) => {
    expect(logPath(siteSection(run().stderr, 'tim-kiem'))).toBe(join(outRoot, '.logs/tim-kiem.log'));
    expect(logs.get(run())).toMatch(stack);
  });

  it('keeps the log out of every published site folder', () => {
    expect(readdirSync(outRoot).sort()).toEqual(['.logs']);
    expect(existsSync(join(outRoot, 'tim-kiem'))).toBe(false);
  });
});

describe('--debug', () => {
  it('puts the stack into the message', () => {
    expect(debug.code, debug.stdout + debug.stderr).toBe(1);
    const section = siteSection(debug.stderr, 'tim-kiem');
    expect(section).toContain('ổ đĩa đã đầy (ENOSPC)');
    expect(section).toMatch(STACK_FRAME);
    expect(section).toContain('Stack trace:');
  });
});
