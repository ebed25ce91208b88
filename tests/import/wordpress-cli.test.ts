/**
 * `npm run import` as an IT technician runs it, on a WordPress export (WXR) with the
 * uploads folder beside it: wrong arguments, a dry run, the import itself (posts,
 * a page, a văn bản, the featured image, drafts skipped, the school's own page kept),
 * then the real build and every old address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.ts';
import { prepareFixture, prepareSite, type Prepared } from './helpers/fixtures.ts';
import { bodyOf, frontMatter, treeHashes } from './helpers/site-files.ts';
import { buildImported, redirectsIn, vnuErrors } from './helpers/built.ts';

let fixture: Prepared;
let site: { sitesDir: string; siteDir: string };

function importCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const wxrArgs = () => [
  '--site',
  'thcs-hoa-binh',
  '--sites-dir',
  site.sitesDir,
  '--from',
  join(fixture.dir, 'mnhoamai.wordpress.xml'),
  '--files',
  join(fixture.dir, 'files'),
];

beforeAll(async () => {
  fixture = await prepareFixture('wordpress');
  site = prepareSite();
});

afterAll(() => {
  rmSync(fixture.dir, { recursive: true, force: true });
  rmSync(site.sitesDir, { recursive: true, force: true });
});

describe('npm run import on a WordPress export', () => {
  it('refuses wrong arguments with exit code 2, in Vietnamese and English', () => {
    const missing = importCli('--site', 'thcs-hoa-binh', '--sites-dir', site.sitesDir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Thiếu --from. / Missing --from.');
    const unknown = importCli('--site', 'khong-co', '--sites-dir', site.sitesDir, '--from', fixture.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--site: không có trường "khong-co"');
    const kind = importCli(...wxrArgs(), '--kind', 'joomla');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--kind "joomla" không hợp lệ');
    const categories = importCli(...wxrArgs(), '--categories', join(ROOT, 'tests/fixtures/import/categories/sai.csv'));
    expect(categories.code).toBe(2);
    expect(categories.stderr).toContain('«Chuyên mục mới» "tin-anh" không phải chuyên mục của cổng');
    expect(categories.stderr).toContain('line 2');
    const pdf = importCli(
      '--site',
      'thcs-hoa-binh',
      '--sites-dir',
      site.sitesDir,
      '--from',
      join(fixture.dir, 'files/mnhoamai.edu.vn/wp-content/uploads/2024/03/thong-bao-so-05-tb-mnhm.pdf'),
    );
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(
      /^✗ --from .*thong-bao-so-05-tb-mnhm\.pdf: không phải thư mục bản sao.*Fix: point --from at a wget --mirror folder/,
    );
  }, 120_000);

  it('lists what it would import on a dry run and writes nothing', () => {
    const before = treeHashes(site.siteDir);
    const dry = importCli(...wxrArgs(), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('~ Chạy thử, chưa ghi gì / dry run, nothing written: thcs-hoa-binh (wxr)');
    expect(dry.stdout).toContain('Đã nhập / imported: 4 (mới / new 4');
    expect(dry.stdout).toContain(
      '+ content/tin-tuc/be-vui-hoi-xuan-giap-thin.md  ← http://mnhoamai.edu.vn/2024/02/01/be-vui-hoi-xuan-giap-thin/',
    );
    expect(treeHashes(site.siteDir)).toEqual(before);
  });

  it('imports posts, the page and the văn bản, with photos and files, and reports the rest', () => {
    const run = importCli(...wxrArgs());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ thcs-hoa-binh (wxr)\n  Đã nhập / imported: 4 (mới / new 4');
    expect(run.stdout).toContain('2. Dựng thử / build: npm run build -- --site thcs-hoa-binh');
    const post = join(site.siteDir, 'content/tin-tuc/be-vui-hoi-xuan-giap-thin.md');
    expect(frontMatter(post)).toMatchObject({
      date: '2024-02-01',
      category: 'hoat-dong-cua-be',
      description: 'Các bé Trường Mầm non Hoa Mai tham gia ngày hội "Bé vui hội xuân" với nhiều hoạt động đón Tết.',
      cover: { src: '../../media/anh-dai-dien-hoi-xuan.jpg', alt: 'Ảnh đại diện bài «Bé vui hội xuân Giáp Thìn»' },
      oldPaths: ['/2024/02/01/be-vui-hoi-xuan-giap-thin/'],
    });
    expect(bodyOf(post)).toContain(
      '![Các bé lớp Lá 2 chơi trò ném vòng tại gian hàng Tết](../../media/be-choi-hoi-xuan.jpg)',
    );
    expect(bodyOf(post)).not.toMatch(/iframe|youtube|script|quảng cáo/);
    expect(
      frontMatter(join(site.siteDir, 'content/van-ban/thong-bao-thu-tien-an-ban-tru-thang-3-2024.md')),
    ).toMatchObject({
      number: '05/TB-MNHM',
      type: 'thong-bao',
      signer: 'Đỗ Thị Hồng Nhung',
      issued: '2024-03-04',
      files: [{ title: 'Thông báo số 05/TB-MNHM', file: '/tep/thong-bao-so-05-tb-mnhm.pdf' }],
    });
    expect(frontMatter(join(site.siteDir, 'content/tin-tuc/cha-me-can-lam-gi-khi-tre-bieng-an.md'))).toMatchObject({
      category: 'goc-phu-huynh',
      date: '2023-11-20',
    });
    expect(readdirSync(join(site.siteDir, 'public/tep'))).toEqual(['thong-bao-so-05-tb-mnhm.pdf']);
    // The school's own contact page is never replaced by the old one.
    expect(readFileSync(join(site.siteDir, 'content/trang/lien-he.md'), 'utf8')).toContain(
      'Điện thoại văn phòng: 0210 3846 123.',
    );
    const report = JSON.parse(readFileSync(join(site.siteDir, '.import/bao-cao-nhap.json'), 'utf8')) as {
      skipped: { url: string; reason: { en: string } }[];
    };
    expect(report.skipped.map((s) => `${s.url}: ${s.reason.en}`)).toEqual([
      'http://mnhoamai.edu.vn/?p=140: status "draft", not published on the old portal',
      'http://mnhoamai.edu.vn/lien-he/: a file of that name written by the school exists, so it was not overwritten',
    ]);
    const map = readFileSync(join(site.siteDir, '.import/nginx-redirects.map'), 'utf8');
    expect(map).toContain('"thcs-hoa-binh:/?p=112" /tin-tuc/be-vui-hoi-xuan-giap-thin/;');
    expect(map).toContain('"thcs-hoa-binh:/?page_id=2" /gioi-thieu/;');
  });

  it('builds, passes the HTML checker, and every old address leads to its new page', async () => {
    const dist = await buildImported(site.sitesDir, 'thcs-hoa-binh', 'wordpress');
    expect(Object.fromEntries(redirectsIn(site.siteDir, dist))).toEqual({
      '/2024/02/01/be-vui-hoi-xuan-giap-thin/': '/tin-tuc/be-vui-hoi-xuan-giap-thin/',
      '/2023/11/20/cha-me-can-lam-gi-khi-tre-bieng-an/': '/tin-tuc/cha-me-can-lam-gi-khi-tre-bieng-an/',
      '/2024/03/04/thong-bao-thu-tien-an-ban-tru-thang-3/': '/van-ban/thong-bao-thu-tien-an-ban-tru-thang-3-2024/',
    });
    expect(vnuErrors(dist)).toEqual([]);
  }, 600_000);
});
