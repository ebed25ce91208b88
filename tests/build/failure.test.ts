/**
 * `npm run build` with broken sites among good ones: the good one is built, the
 * command exits 1 naming each broken site and why, the previous output of a broken
 * site stays byte for byte, and no staging folder or build root is left behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchools } from '../../scripts/lib/onboarding/create.ts';
import { COMMAND_LINE } from '../../scripts/lib/onboarding/input.ts';
import { buildRootsDir } from '../../scripts/lib/build-root.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { snapshot } from '../helpers/snapshot.ts';

let sitesDir: string;
let outRoot: string;
let run: { code: number; stdout: string; stderr: string; pid: number };
let before: Map<string, string>;

function runBuild(args: string[]): Promise<typeof run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, CONG_TRUONG_CACHE_DIR: join(TEST_OUTPUT, '.astro-cache') },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr, pid: child.pid ?? -1 }));
  });
}

beforeAll(async () => {
  sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-failure-'));
  outRoot = join(TEST_OUTPUT, 'build-failure');
  rmSync(outRoot, { recursive: true, force: true });
  const school = (id: string, name: string) => ({ id, name, level: 'thcs', source: { file: COMMAND_LINE } });
  createSchools(
    [school('tot', 'Trường THCS Tốt'), school('hong', 'Trường THCS Hỏng'), school('anh-hong', 'Trường THCS Ảnh Hỏng')],
    {
      sitesDir,
      today: new Date('2025-11-22T03:00:00Z'),
    },
  );
  // Bad frontmatter: the publication date is gone. The validator stops this one before Astro.
  const post = join(sitesDir, 'hong/content/tin-tuc/ra-mat-cong-thong-tin.md');
  writeFileSync(post, readFileSync(post, 'utf8').replace(/^date: .*\n/m, ''));
  // A cover that starts like a JPEG but is cut off: the validator's signature check
  // passes it, only Astro finds out, mid-build.
  writeFileSync(
    join(sitesDir, 'anh-hong/media/bia.jpg'),
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('tải lên dở')]),
  );
  const cover = join(sitesDir, 'anh-hong/content/tin-tuc/ra-mat-cong-thong-tin.md');
  writeFileSync(
    cover,
    readFileSync(cover, 'utf8').replace(
      'category: thong-bao\n',
      'category: thong-bao\ncover:\n  src: ../../media/bia.jpg\n  alt: Ảnh bìa\n',
    ),
  );
  // What an earlier, successful build left for the broken sites.
  for (const id of ['hong', 'anh-hong']) {
    mkdirSync(join(outRoot, id, 'tin-tuc/bai-cu'), { recursive: true });
    writeFileSync(join(outRoot, id, 'index.html'), `<!doctype html><title>${id} cũ</title>`);
    writeFileSync(join(outRoot, id, 'tin-tuc/bai-cu/index.html'), '<!doctype html><title>Bài cũ</title>');
  }
  before = snapshot(outRoot);
  run = await runBuild(['--sites-dir', sitesDir, '--out-dir', outRoot, '--concurrency', '2']);
});
afterAll(() => rmSync(sitesDir, { recursive: true, force: true }));

describe('a build with broken sites', () => {
  it('exits 1', () => {
    expect(run.code, run.stdout + run.stderr).toBe(1);
  });

  it('builds the good site anyway', () => {
    expect(existsSync(join(outRoot, 'tot/index.html'))).toBe(true);
    expect(existsSync(join(outRoot, 'tot/pagefind/pagefind.js'))).toBe(true);
    expect(run.stdout).toMatch(/^tot +\d+ +[\d.]+ s {2}OK$/m);
  });

  it('names each broken site, the file and the field', () => {
    expect(run.stdout).toMatch(/^hong +– +[\d.]+ s {2}LỖI \/ FAILED$/m);
    expect(run.stderr).toContain('2 trường dựng lỗi / site(s) failed: anh-hong, hong');
    expect(run.stderr).toContain('── hong ──');
    expect(run.stderr).toMatch(
      /✗ .*hong\/content\/tin-tuc\/ra-mat-cong-thong-tin\.md\n {2}• «Ngày đăng» \(date\): .*\n {4}\[en\] "Publication date" \(date\)/,
    );
    expect(run.stderr).toMatch(
      /── anh-hong ──\nAstro dừng khi dựng trang.*Cách sửa: .*\n\[en\] Astro stopped .*Fix: .*\n\[\w+\] .*media\/bia\.jpg/,
    );
    expect(run.stderr).not.toContain('Stack trace');
    expect(run.stderr).not.toContain('\x1b[');
  });

  it('leaves the previous output of the broken sites byte for byte', () => {
    const after = snapshot(outRoot);
    for (const [path, bytes] of before) expect(after.get(path), path).toBe(bytes);
    expect([...after.keys()].filter((p) => p.startsWith('hong/') || p.startsWith('anh-hong/')).sort()).toEqual(
      [...before.keys()].sort(),
    );
  });

  it('leaves no staging folder, half-swapped folder or build root; only the hidden log of the Astro failure', () => {
    expect(readdirSync(outRoot).sort()).toEqual(['.audit', '.logs', 'anh-hong', 'hong', 'tot']);
    // A content error says all there is to say; Astro's full output goes to the log the message names.
    expect(readdirSync(join(outRoot, '.logs'))).toEqual(['anh-hong.log']);
    expect(run.stderr).toContain(`Nhật ký đầy đủ / full log: ${join(outRoot, '.logs/anh-hong.log')}`);
    const roots = existsSync(buildRootsDir()) ? readdirSync(buildRootsDir()) : [];
    expect(roots.filter((name) => name.includes(`-${run.pid}-`))).toEqual([]);
  });
});
