/**
 * `npm run import` on a `wget --mirror` of a WordPress school site (twentytwentyone
 * and twentytwentyfour markup, pretty permalinks and `/?p=123`, /wp-content/uploads/),
 * into a new mầm non made with new-school: posts, the page that replaces the
 * template's frame, a static page kept as a draft, the Ban giám hiệu table as
 * leaders, a gallery as an album, a weekly menu, công khai against the school's own
 * entries; then the real build, vnu and every old address (the leaders' and the
 * menu's too, as static redirect pages).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchools } from '../../scripts/lib/onboarding/create.ts';
import type { ImportReport } from '../../scripts/lib/import/report.ts';
import { ROOT } from '../helpers/paths.ts';
import { prepareFixture, type Prepared } from './helpers/fixtures.ts';
import { bodyOf, frontMatter } from './helpers/site-files.ts';
import { buildImported, redirectsIn, vnuErrors } from './helpers/built.ts';

const ID = 'mn-hoa-phuong';
// wget's folder keeps only the host; the pages' own links say the portal is served over https.
const OLD = 'https://mnhoaphuong.edu.vn';
let fixture: Prepared;
let sitesDir: string;
let siteDir: string;
let run: { code: number | null; stdout: string; stderr: string };
let report: ImportReport;

/** The school's own công khai of the same item and year, written before the import. */
const OWN_DISCLOSURE = 'content/cong-khai/2024-2025-doi-ngu.md';

beforeAll(async () => {
  fixture = await prepareFixture('wordpress-mirror');
  sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-import-wp-mirror-'));
  createSchools(
    [
      {
        id: ID,
        name: 'Trường Mầm non Hoa Phượng',
        level: 'mam-non',
        domain: 'mnhoaphuong.edu.vn',
        source: { file: 'npm run new-school' },
      },
    ],
    { sitesDir, today: new Date('2024-11-20T03:00:00Z') },
  );
  siteDir = join(sitesDir, ID);
  const own = join(siteDir, OWN_DISCLOSURE);
  writeFileSync(
    own,
    readFileSync(own, 'utf8')
      .replace(/^> \*\*\[CẦN THAY\]\*\*.*$/m, 'Nhà trường có 38 cán bộ, giáo viên, nhân viên.')
      .replace(' # [CẦN THAY] ngày công bố thật', ''),
  );
  const cli = spawnSync(
    process.execPath,
    ['scripts/import.ts', '--site', ID, '--sites-dir', sitesDir, '--from', fixture.from],
    { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
  );
  run = { code: cli.status, stdout: cli.stdout, stderr: cli.stderr };
  report = JSON.parse(readFileSync(join(siteDir, '.import/bao-cao-nhap.json'), 'utf8')) as ImportReport;
}, 300_000);

afterAll(() => {
  rmSync(fixture.dir, { recursive: true, force: true });
  rmSync(sitesDir, { recursive: true, force: true });
});

const at = (rel: string) => join(siteDir, rel);
const reviewOf = (issue: string) => report.review.filter((r) => r.issue === issue);

describe('import of a WordPress HTML mirror into a new school', () => {
  it('detects WordPress, skips the home and archive pages, and says where the report is', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(report.kind).toBe('wordpress');
    expect(run.stdout).toContain(`Báo cáo / report: ${join(sitesDir, ID, '.import', 'bao-cao-nhap.md')}`);
    expect(run.stdout).toContain(
      `3. Máy chủ nginx: chép ${join(sitesDir, ID, '.import', 'nginx-redirects.map')} vào /etc/nginx/cong-truong/redirects/${ID}.map`,
    );
    // wget saves the RSS feed as feed/index.html: each skipped page is named for what it is.
    expect(report.skipped.map((s) => `${s.url} ${s.reason.en}`).sort()).toEqual([
      `${OLD}/ the old portal's home page (its posts are imported from their own pages)`,
      `${OLD}/category/tin-tuc/ a list page (category, page 2, 3…, tag, search), not a single post`,
      expect.stringMatching(new RegExp(`^${OLD}/feed/ the old portal's RSS/Atom feed, not a post`)),
    ]);
  });

  it('imports the post with its category, date, photo and caption, under its permalink and /?p=123', () => {
    const file = at('content/tin-tuc/be-vui-hoi-dien-kinh-mua-thu.md');
    expect(frontMatter(file)).toMatchObject({
      category: 'hoat-dong-cua-be',
      date: '2024-11-05',
      oldPaths: ['/2024/11/05/be-vui-hoi-dien-kinh-mua-thu/'],
    });
    const body = bodyOf(file);
    expect(body).toBe(body.normalize('NFC'));
    expect(body).toContain('Sở GD&ĐT Khánh Hòa');
    expect(body).toContain('🎉');
    expect(body).toContain(
      '![Các bé lớp Lá 2 chạy tiếp sức trên sân trường](../../media/be-chay-tiep-suc-1024x768.jpg)',
    );
    expect(body).not.toMatch(/Bài trước|Đăng ngày|quantri|Bài viết mới|20\/11\/2024/);
    expect(readFileSync(at('.import/nginx-redirects.map'), 'utf8')).toContain(
      `"${ID}:/?p=123" /tin-tuc/be-vui-hoi-dien-kinh-mua-thu/;`,
    );
  });

  it('puts the old Giới thiệu into the template frame, and keeps an unmatched static page as a draft for review', () => {
    expect(frontMatter(at('content/trang/gioi-thieu.md'))).toMatchObject({ title: 'Giới thiệu' });
    expect(readFileSync(at('content/trang/gioi-thieu.md'), 'utf8')).not.toContain('[CẦN THAY]');
    expect(bodyOf(at('content/trang/gioi-thieu.md'))).toContain('được thành lập năm 1998');
    const draft = frontMatter(at('content/tin-tuc/tam-nhin-va-su-menh.md'));
    expect(draft).toMatchObject({ draft: true });
    // A draft has no page: no redirect page, no nginx rule for its old addresses.
    expect(draft.oldPaths).toBeUndefined();
    expect(readFileSync(at('.import/nginx-redirects.map'), 'utf8')).not.toContain('/?p=14"');
    expect(report.imported.find((e) => e.file === 'content/trang/gioi-thieu.md')?.status).toBe('template');
    expect(reviewOf('static-page').map((r) => `${r.file} ${r.words.en}`)).toEqual([
      expect.stringMatching(
        /^content\/tin-tuc\/tam-nhin-va-su-menh\.md static page "Tầm nhìn và sứ mệnh" matches none of the new portal's pages .*draft/,
      ),
    ]);
  });

  it('turns the Ban giám hiệu table into leaders, and reports the one without an email', () => {
    const leaders = readdirSync(at('content/lanh-dao')).sort();
    expect(leaders).toEqual(['hieu-truong.md', 'nguyen-thi-hong-nhung.md', 'tran-thi-my-dung.md']);
    expect(frontMatter(at('content/lanh-dao/tran-thi-my-dung.md'))).toEqual({
      name: 'Trần Thị Mỹ Dung',
      position: 'Hiệu trưởng',
      phone: '0258 3822 456',
      email: 'mydung.mnhoaphuong@khanhhoa.edu.vn',
      duties: 'Phụ trách chung; tổ chức cán bộ, tài chính, công khai và cổng thông tin điện tử.',
      order: 1,
      // The first person of the table keeps the old page's address; it leads to the leaders list.
      oldPaths: ['/gioi-thieu/ban-giam-hieu/'],
    });
    expect(frontMatter(at('content/lanh-dao/nguyen-thi-hong-nhung.md')).oldPaths).toBeUndefined();
    expect(reviewOf('leader').map((r) => r.words.vi)).toEqual([
      expect.stringMatching(/^bảng lãnh đạo ghi Lê Văn Tâm nhưng thiếu thư điện tử nên chưa nhập người này/),
      expect.stringMatching(/^tệp mẫu content\/lanh-dao\/hieu-truong\.md của lệnh tạo trường vẫn còn/),
    ]);
    expect(report.imported.filter((e) => e.file.startsWith('content/lanh-dao/')).map((e) => e.title)).toEqual([
      'Trần Thị Mỹ Dung',
      'Nguyễn Thị Hồng Nhung',
    ]);
    // A plain path is a static redirect page now; the nginx map keeps only query strings.
    const map = readFileSync(at('.import/nginx-redirects.map'), 'utf8');
    expect(map).not.toContain(`"${ID}:/gioi-thieu/ban-giam-hieu/"`);
    expect(map).toContain(`"${ID}:/?p=16" /gioi-thieu/lanh-dao/;`);
    expect(report.review.filter((r) => /nginx/.test(r.words.en) && r.issue === 'old-url')).toEqual([]);
  });

  it('turns the gallery into an album whose every photo has alt text', () => {
    const album = frontMatter(at('content/thu-vien-anh/hinh-anh-dem-hoi-trang-ram-2024.md'));
    expect(album).toMatchObject({ date: '2024-09-17', oldPaths: ['/2024/09/17/hinh-anh-dem-hoi-trang-ram-2024/'] });
    expect(album.photos).toEqual([
      { src: '../../media/trang-ram-1.jpg', alt: 'Các bé rước đèn ông sao quanh sân trường' },
      { src: '../../media/trang-ram-2.jpg', alt: 'Mâm cỗ trung thu do các bé lớp Chồi bày' },
      { src: '../../media/trang-ram-3.jpg', alt: 'Chú Cuội và chị Hằng giao lưu với các bé' },
      { src: '../../media/trang-ram-4.jpg', alt: 'Các bé lớp Mầm phá cỗ cùng cô giáo' },
    ]);
  });

  it('reads the weekly menu table into days and meals', () => {
    const menu = frontMatter(at('content/thuc-don/thuc-don-tuan-11-11-11-15-11-2024.md'));
    expect(menu).toMatchObject({
      weekStart: '2024-11-11',
      published: '2024-11-08',
      oldPaths: ['/2024/11/08/thuc-don-tuan-11/'],
    });
    const map = readFileSync(at('.import/nginx-redirects.map'), 'utf8');
    expect(map).not.toContain(`"${ID}:/2024/11/08/thuc-don-tuan-11/"`);
    expect(map).toContain(`"${ID}:/?p=311" /thuc-don/thuc-don-tuan-11-11-11-15-11-2024/;`);
    expect(menu.days).toHaveLength(5);
    expect((menu.days as unknown[])[3]).toEqual({
      day: 'thu-5',
      breakfast: 'Cháo cá lóc',
      lunch: 'Bún riêu cua',
      snack: 'Sữa tươi',
    });
  });

  it("never overwrites the school's own công khai: the old post of the same item and year is a conflict to review", () => {
    expect(readFileSync(at(OWN_DISCLOSURE), 'utf8')).toContain('Nhà trường có 38 cán bộ, giáo viên, nhân viên.');
    expect(
      frontMatter(at('content/tin-tuc/cong-khai-doi-ngu-giao-vien-can-bo-quan-ly-va-nhan-vien-nam-hoc-2024-2025.md')),
    ).toMatchObject({ category: 'thong-bao' });
    expect(reviewOf('disclosure-conflict').map((r) => r.words.vi)).toEqual([
      expect.stringContaining(`trùng với bài công khai đã có của trường \`${OWN_DISCLOSURE}\``),
    ]);
    // The frame new-school left for học phí takes the old post in its place.
    expect(frontMatter(at('content/cong-khai/2024-2025-hoc-phi.md'))).toMatchObject({
      title: 'Công khai các khoản thu năm học 2024-2025',
      item: 'hoc-phi',
      published: '2024-09-26',
    });
    expect(readFileSync(at('.import/bao-cao-nhap.md'), 'utf8')).toContain(
      '### Trùng công khai đã có, không ghi đè / Conflicts with existing disclosures, not overwritten',
    );
  });

  it('re-imports without duplicating or changing any entry', () => {
    const files = () => readdirSync(at('content'), { recursive: true }).map(String).sort();
    const before = files();
    const again = spawnSync(
      process.execPath,
      ['scripts/import.ts', '--site', ID, '--sites-dir', sitesDir, '--from', fixture.from],
      { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
    );
    expect(again.status).toBe(0);
    const second = JSON.parse(readFileSync(at('.import/bao-cao-nhap.json'), 'utf8')) as ImportReport;
    expect(second.imported.map((e) => e.status)).toEqual(report.imported.map(() => 'unchanged'));
    expect(files()).toEqual(before);
  }, 300_000);

  it('builds, passes the HTML checker, and every old address leads to its new page', async () => {
    const dist = await buildImported(sitesDir, ID, 'wordpress-mirror');
    expect(existsSync(join(dist, 'thuc-don/thuc-don-tuan-11-11-11-15-11-2024/index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'gioi-thieu/lanh-dao/index.html'), 'utf8')).toContain('Nguyễn Thị Hồng Nhung');
    expect(existsSync(join(dist, 'tin-tuc/tam-nhin-va-su-menh/index.html'))).toBe(false);
    expect(Object.fromEntries(redirectsIn(siteDir, dist))).toEqual({
      '/2024/11/05/be-vui-hoi-dien-kinh-mua-thu/': '/tin-tuc/be-vui-hoi-dien-kinh-mua-thu/',
      '/2024/09/17/hinh-anh-dem-hoi-trang-ram-2024/': '/thu-vien-anh/hinh-anh-dem-hoi-trang-ram-2024/',
      '/2024/09/25/cong-khai-doi-ngu-nam-hoc-2024-2025/':
        '/tin-tuc/cong-khai-doi-ngu-giao-vien-can-bo-quan-ly-va-nhan-vien-nam-hoc-2024-2025/',
      '/2024/09/26/cong-khai-cac-khoan-thu-nam-hoc-2024-2025/': '/cong-khai/2024-2025-hoc-phi/',
      '/gioi-thieu/ban-giam-hieu/': '/gioi-thieu/lanh-dao/',
      '/2024/11/08/thuc-don-tuan-11/': '/thuc-don/thuc-don-tuan-11-11-11-15-11-2024/',
    });
    // What a static host serves at the leaders' and the menu's old addresses.
    expect(readFileSync(join(dist, 'gioi-thieu/ban-giam-hieu/index.html'), 'utf8')).toContain(
      '<meta http-equiv="refresh" content="0; url=/gioi-thieu/lanh-dao/">',
    );
    expect(readFileSync(join(dist, '2024/11/08/thuc-don-tuan-11/index.html'), 'utf8')).toContain(
      '<meta http-equiv="refresh" content="0; url=/thuc-don/thuc-don-tuan-11-11-11-15-11-2024/">',
    );
    expect(vnuErrors(dist)).toEqual([]);
  }, 600_000);

  it('exits 1 naming the file and the fix when the imported site would not build', () => {
    // The school's own post already claims the old address of an imported one.
    const own = at('content/tin-tuc/ra-mat-cong-thong-tin.md');
    const text = readFileSync(own, 'utf8');
    writeFileSync(own, text.replace(/^---\n/, '---\noldPaths:\n  - /2024/11/05/be-vui-hoi-dien-kinh-mua-thu/\n'));
    const clash = spawnSync(
      process.execPath,
      ['scripts/import.ts', '--site', ID, '--sites-dir', sitesDir, '--from', fixture.from],
      { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
    );
    writeFileSync(own, text);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain(`✗ Sau khi nhập, trường ${ID} còn`);
    expect(clash.stderr).toMatch(
      /content\/tin-tuc\/(ra-mat-cong-thong-tin|be-vui-hoi-dien-kinh-mua-thu)\.md: .*\/2024\/11\/05\/be-vui-hoi-dien-kinh-mua-thu\//,
    );
    expect(clash.stderr).toContain('[en] ');
  }, 300_000);
});
