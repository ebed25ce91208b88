/**
 * `wget --mirror` of a NukeViet school portal (news module markup and URL shapes,
 * themes/default/modules/news/detail.tpl), read from disk: what lands in the site,
 * what is refused, what the report asks an editor to check; dry run, re-import and
 * an editor's change; then the real build of the imported site, vnu, and redirects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { runImport, type ImportOptions } from '../../scripts/lib/import/run.ts';
import type { ImportReport } from '../../scripts/lib/import/report.ts';
import { prepareFixture, prepareSite, type Prepared } from './helpers/fixtures.ts';
import { bodyOf, frontMatter, treeHashes } from './helpers/site-files.ts';
import { buildImported, redirectsIn, vnuErrors } from './helpers/built.ts';
import { readCategoryFile } from '../../scripts/lib/import/category-file.ts';
import { IMPORT_FIXTURES } from './helpers/fixtures.ts';
import { importOptions } from './helpers/options.ts';

const OLD = 'http://thcshoabinh.phutho.edu.vn';
let fixture: Prepared;
let site: { sitesDir: string; siteDir: string };
let report: ImportReport;

const options = (siteDir: string, extra: Partial<ImportOptions> = {}): ImportOptions =>
  importOptions({ siteDir, from: fixture.from, cacheDir: join(fixture.dir, '.cache') }, extra);

beforeAll(async () => {
  fixture = await prepareFixture('nukeviet');
  site = prepareSite();
  report = await runImport(options(site.siteDir));
}, 120_000);

afterAll(() => {
  rmSync(fixture.dir, { recursive: true, force: true });
  rmSync(site.sitesDir, { recursive: true, force: true });
});

const at = (rel: string) => join(site.siteDir, rel);

describe('import of a NukeViet mirror from disk', () => {
  it('detects NukeViet and imports each post once, under its canonical address', () => {
    expect(report.kind).toBe('nukeviet');
    expect(report.imported.map((e) => e.file).sort()).toEqual([
      'content/cong-khai/cong-khai-doi-ngu-giao-vien-can-bo-quan-ly-va-nhan-vien-nam-hoc-2023-2024.md',
      'content/tin-tuc/cong-khai-ket-qua-danh-gia-cong-chuc-vien-chuc.md',
      'content/tin-tuc/hoi-trai-truyen-thong-chao-mung-ngay-26-3.md',
      'content/tin-tuc/le-khai-giang-nam-hoc-2023-2024.md',
      'content/tin-tuc/thong-bao-lich-nghi-tet-nguyen-dan-giap-thin-2024.md',
      'content/trang/gioi-thieu.md',
      'content/van-ban/ke-hoach-tuyen-sinh-lop-6-nam-hoc-2024-2025.md',
    ]);
    expect(report.skipped.map((s) => `${s.url} ${s.reason.vi}`).sort()).toEqual([
      `${OLD}/ trang chủ của cổng cũ (các bài trên đó được nhập từ trang riêng của chúng)`,
      `${OLD}/admin/index.php trang đăng nhập hoặc quản trị của cổng cũ, không phải nội dung công khai`,
      `${OLD}/news/ trang danh sách (chuyên mục, trang 2, 3…, thẻ, tìm kiếm), không phải một bài`,
    ]);
  });

  it('reads the văn bản: số ký hiệu, date of issue, issuer, signer and its file', () => {
    expect(frontMatter(at('content/van-ban/ke-hoach-tuyen-sinh-lop-6-nam-hoc-2024-2025.md'))).toEqual({
      title: 'Kế hoạch tuyển sinh lớp 6 năm học 2024-2025',
      number: '12/KH-THCS',
      type: 'ke-hoach',
      issuer: 'Trường THCS Hòa Bình',
      issuerLevel: 'truong',
      signer: 'Nguyễn Thị Lan',
      issued: '2024-03-15',
      schoolYear: '2024-2025',
      files: [{ title: '12-KH-THCS tuyển sinh lớp 6.pdf', file: '/tep/12-kh-thcs-tuyen-sinh-lop-6.pdf' }],
      oldPaths: ['/laws/detail/Ke-hoach-tuyen-sinh-lop-6-nam-hoc-2024-2025-7.html'],
    });
  });

  it('refuses the hostile attachment and the symlink to /etc/passwd, and says so', () => {
    const tep = readdirSync(at('public/tep')).sort();
    expect(tep).toEqual([
      '12-kh-thcs-tuyen-sinh-lop-6.pdf',
      'cong-khai-doi-ngu-2023-2024.pdf',
      'thong-bao-nghi-tet.pdf',
    ]);
    for (const name of tep) {
      expect(lstatSync(at(`public/tep/${name}`)).isSymbolicLink()).toBe(false);
      expect(
        readFileSync(at(`public/tep/${name}`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    const assets = report.review.filter((r) => r.issue === 'asset').map((r) => r.words.en);
    expect(assets).toEqual([
      expect.stringMatching(/passwd\.pdf: the path has a \.\. segment/),
      expect.stringMatching(/bieu-mau-dang-ky\.pdf: is a symlink/),
      expect.stringMatching(
        /^file:\/\/\/C:\/Users\/GIAOVIEN\/.*clip_image002\.jpg: a photo pasted from Word still points at the author's computer/,
      ),
    ]);
  });

  it('maps the công khai item and năm học, and files the unrecognised one as a notice for review', () => {
    expect(
      frontMatter(at('content/cong-khai/cong-khai-doi-ngu-giao-vien-can-bo-quan-ly-va-nhan-vien-nam-hoc-2023-2024.md')),
    ).toMatchObject({
      schoolYear: '2023-2024',
      category: 'dieu-kien',
      item: 'doi-ngu',
      published: '2023-09-29',
      files: [{ file: '/tep/cong-khai-doi-ngu-2023-2024.pdf' }],
    });
    expect(frontMatter(at('content/tin-tuc/cong-khai-ket-qua-danh-gia-cong-chuc-vien-chuc.md'))).toMatchObject({
      category: 'thong-bao',
      date: '2023-12-28',
    });
    const review = report.review.map((r) => `${r.issue} ${r.file}`);
    expect(review).toContain('disclosure-item content/tin-tuc/cong-khai-ket-qua-danh-gia-cong-chuc-vien-chuc.md');
    expect(review).toContain('category content/tin-tuc/hoi-trai-truyen-thong-chao-mung-ngay-26-3.md');
    expect(review).toContain('image-alt content/tin-tuc/le-khai-giang-nam-hoc-2023-2024.md');
  });

  it('writes clean Markdown from Word paste: NFC, a table with its header, no script link, the emoji kept', () => {
    const body = bodyOf(at('content/tin-tuc/thong-bao-lich-nghi-tet-nguyen-dan-giap-thin-2024.md'));
    expect(body).toContain('| Đối tượng                    | Thời gian nghỉ                   |');
    expect(body).toContain('Sở GD&ĐT');
    expect(body).toContain('🎉');
    expect(body).toContain('[Thông báo nghỉ Tết (PDF)](/tep/thong-bao-nghi-tet.pdf)');
    expect(body).not.toMatch(/javascript|MsoNormal|o:p|mso-|<span|font-size|file:|base64/);
    // The screenshot pasted into the old editor as a data: address is now a file of media/.
    expect(body).toMatch(/!\[Lịch nghỉ Tết dán từ ảnh chụp màn hình\]\(\.\.\/\.\.\/media\/anh-dan-[0-9a-f]{8}\.png\)/);
    const news = bodyOf(at('content/tin-tuc/le-khai-giang-nam-hoc-2023-2024.md'));
    expect(news).toBe(news.normalize('NFC'));
    expect(news).toContain('Buổi lễ khép lại bằng tiết mục văn nghệ');
    expect(news).toContain('![Học sinh khối 6 chào cờ trong lễ khai giảng](../../media/le-khai-giang.jpg)');
    expect(frontMatter(at('content/tin-tuc/le-khai-giang-nam-hoc-2023-2024.md'))).toMatchObject({
      date: '2023-09-05',
      category: 'hoat-dong',
      author: 'Tổ Văn phòng',
    });
  });

  it('turns the phone photo upright and shrinks it to the ingest limit, without EXIF', async () => {
    const meta = await sharp(at('media/trai-8a.jpg')).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([1500, 2000, undefined, undefined]);
  });

  it('writes the report (Markdown and JSON) and the nginx map of the query-string address', () => {
    const markdown = readFileSync(at('.import/bao-cao-nhap.md'), 'utf8');
    expect(markdown).toContain("## Cần biên tập viên xem / Needs an editor's look");
    expect(markdown).toContain('### Chuyên mục chưa khớp / Unrecognised category');
    expect(JSON.parse(readFileSync(at('.import/bao-cao-nhap.json'), 'utf8')).imported).toHaveLength(7);
    expect(readFileSync(at('.import/nginx-redirects.map'), 'utf8')).toContain(
      '"thcs-hoa-binh:/index.php?language=vi&nv=news&op=hoat-dong/le-khai-giang-nam-hoc-2023-2024-12" /tin-tuc/le-khai-giang-nam-hoc-2023-2024/;',
    );
  });

  it('writes nothing on a dry run', async () => {
    const other = prepareSite();
    const before = treeHashes(other.siteDir);
    const dry = await runImport(options(other.siteDir, { dryRun: true }));
    expect(dry.imported).toHaveLength(7);
    expect(treeHashes(other.siteDir)).toEqual(before);
    rmSync(other.sitesDir, { recursive: true, force: true });
  });

  it('re-imports without duplicating or changing anything', async () => {
    const before = treeHashes(site.siteDir);
    const again = await runImport(options(site.siteDir));
    expect(again.imported.map((e) => e.status)).toEqual(Array(7).fill('unchanged'));
    const after = treeHashes(site.siteDir);
    // Only the report is rewritten (its entries now say «unchanged»).
    for (const report of ['.import/bao-cao-nhap.json', '.import/bao-cao-nhap.md']) {
      delete before[report];
      delete after[report];
    }
    expect(after).toEqual(before);
  });

  it('never overwrites a file an editor changed since the import', async () => {
    const file = at('content/tin-tuc/hoi-trai-truyen-thong-chao-mung-ngay-26-3.md');
    const edited = readFileSync(file, 'utf8').replace('category: hoat-dong', 'category: doan-doi');
    writeFileSync(file, edited);
    const again = await runImport(options(site.siteDir));
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(again.review.filter((r) => r.issue === 'edited').map((r) => r.file)).toEqual([
      'content/tin-tuc/hoi-trai-truyen-thong-chao-mung-ngay-26-3.md',
    ]);
    expect(again.imported).toHaveLength(6);
  });

  it('updates an entry whose old page changed, when nobody edited it', async () => {
    const page = join(
      fixture.dir,
      'thcshoabinh.phutho.edu.vn/news/thong-bao/thong-bao-lich-nghi-tet-nguyen-dan-giap-thin-2024-15.html',
    );
    writeFileSync(page, readFileSync(page, 'utf8').replace('ngày 19/02/2024', 'ngày 20/02/2024'));
    const again = await runImport(options(site.siteDir));
    const status = Object.fromEntries(again.imported.map((e) => [e.file, e.status]));
    expect(status['content/tin-tuc/thong-bao-lich-nghi-tet-nguyen-dan-giap-thin-2024.md']).toBe('updated');
    expect(again.imported.filter((e) => e.status === 'updated')).toHaveLength(1);
    expect(bodyOf(at('content/tin-tuc/thong-bao-lich-nghi-tet-nguyen-dan-giap-thin-2024.md'))).toContain(
      'thứ Hai, ngày 20/02/2024',
    );
  });

  it("files an unknown category where the technician's category file says", async () => {
    const other = prepareSite();
    const mapped = await runImport(
      options(other.siteDir, { categories: readCategoryFile(join(IMPORT_FIXTURES, 'categories/chuyen-muc.csv')) }),
    );
    expect(
      frontMatter(join(other.siteDir, 'content/tin-tuc/hoi-trai-truyen-thong-chao-mung-ngay-26-3.md')),
    ).toMatchObject({ category: 'doan-doi' });
    expect(mapped.review.filter((r) => r.issue === 'category')).toEqual([]);
    rmSync(other.sitesDir, { recursive: true, force: true });
  });

  it('builds, passes the HTML checker, and every old address leads to its new page', async () => {
    const dist = await buildImported(site.sitesDir, 'thcs-hoa-binh', 'nukeviet');
    expect(existsSync(join(dist, 'tin-tuc/le-khai-giang-nam-hoc-2023-2024/index.html'))).toBe(true);
    expect(Object.fromEntries(redirectsIn(site.siteDir, dist))).toEqual({
      '/news/hoat-dong/le-khai-giang-nam-hoc-2023-2024-12.html': '/tin-tuc/le-khai-giang-nam-hoc-2023-2024/',
      '/news/thong-bao/thong-bao-lich-nghi-tet-nguyen-dan-giap-thin-2024-15.html':
        '/tin-tuc/thong-bao-lich-nghi-tet-nguyen-dan-giap-thin-2024/',
      '/news/cau-lac-bo-ngoai-khoa/hoi-trai-truyen-thong-chao-mung-ngay-26-3-16.html':
        '/tin-tuc/hoi-trai-truyen-thong-chao-mung-ngay-26-3/',
      '/news/cong-khai/cong-khai-ket-qua-danh-gia-cong-chuc-vien-chuc-22.html':
        '/tin-tuc/cong-khai-ket-qua-danh-gia-cong-chuc-vien-chuc/',
      '/news/cong-khai/cong-khai-doi-ngu-giao-vien-can-bo-quan-ly-va-nhan-vien-nam-hoc-2023-2024-20.html':
        '/cong-khai/cong-khai-doi-ngu-giao-vien-can-bo-quan-ly-va-nhan-vien-nam-hoc-2023-2024/',
      '/laws/detail/Ke-hoach-tuyen-sinh-lop-6-nam-hoc-2024-2025-7.html':
        '/van-ban/ke-hoach-tuyen-sinh-lop-6-nam-hoc-2024-2025/',
      '/page/gioi-thieu.html': '/gioi-thieu/',
    });
    expect(vnuErrors(dist)).toEqual([]);
  }, 600_000);
});
