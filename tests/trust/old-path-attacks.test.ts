/**
 * `oldPaths` as a hostile editor writes them, on every kind of entry that has them:
 * other hosts (`//evil.example/`, `/\evil.example`, `https://evil`), escapes (`..`,
 * `%2e%2e`), control characters that would split a header or an nginx line (NUL,
 * CR/LF, encoded or not), markup, and addresses the new site serves itself: the
 * build's own folders (admin, Astro's assets, the search index, the API), the
 * address of a file (the admin's config.yml, the sitemap, an attachment, a video)
 * and real pages. Each is refused with the file, the field and the fix, in
 * Vietnamese and English, and the CMS's pattern (Decap reads it without flags)
 * refuses the same. Real builds: a path among the build's own files stops before
 * Astro instead of breaking the admin or the sitemap with a system error; a path
 * equal to another entry's page stops the build naming the entry, and the previous
 * output keeps that page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSite } from '../../content-schemas/validate.ts';
import { OLD_PATH_PATTERN } from '../../content-schemas/fields.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { copySite, type TempSite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';

const MINI = join(FIXTURE_SITES_DIR, 'mini');
const POST = 'content/tin-tuc/le-khai-giang-nam-hoc-moi.md';
const DOC = 'content/van-ban/cv-so-huong-dan-nhiem-vu.md';
const LEADER = 'content/lanh-dao/le-thi-hoa.md';
const PAGE = 'content/trang/lich-su.md';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(): TempSite {
  const copy = copySite(MINI);
  temps.push(copy.sitesDir);
  return copy;
}

/** Gives `file` the one old path `value` (replacing the post's second one, or adding the field). */
function setOldPath(s: TempSite, file: string, value: string): void {
  const yaml = `  - ${JSON.stringify(value)}\n`;
  if (file === POST) return s.edit(file, (t) => t.replace('  - /index.php/news/le-khai-giang\n', yaml));
  s.edit(file, (t) => t.replace(/^---\n/, `---\noldPaths:\n${yaml}`));
}

const FIX_COPY = {
  vi: 'Cách sửa: chép đường dẫn từ thanh địa chỉ của cổng cũ: bắt đầu bằng /, không có đoạn . hay .. và không mã hoá hai lần.',
  en: "Fix: copy the path from the old portal's address bar: starting with /, with no . or .. segment and no double encoding.",
};
const FIX_REMOVE = {
  vi: 'Cách sửa: xoá đường dẫn này; chỉ ghi địa chỉ các trang (bài viết) của cổng cũ.',
  en: "Fix: remove this path; list only the old portal's page (article) addresses.",
};

/** What the editor reads: the field's label and index, the value, why, and the fix. */
function refusal(file: string, index: number, value: string, why: [string, string], fix = FIX_COPY) {
  const field = `oldPaths.${index}`;
  return {
    file: `mini/${file}`,
    field,
    vi: `«Đường dẫn cũ» (${field}): "${value}" ${why[0]}. ${fix.vi}`,
    en: `"Old path" (${field}): "${value}" ${why[1]}. ${fix.en}`,
  };
}

const WRONG_KIND: [string, string] = [
  'không đúng dạng đường dẫn cho phép (đường dẫn tuyệt đối, tên miền hoặc thiếu / ở đầu)',
  'is not an allowed kind of path (absolute, with a scheme, or missing the leading /)',
];
const DOTS: [string, string] = ['chứa đoạn . hoặc .. (kể cả dạng mã %2e)', 'contains a . or .. segment (also as %2e)'];
const CONTROL: [string, string] = ['chứa ký tự điều khiển (ví dụ NUL)', 'contains a control character (e.g. NUL)'];
const folder = (name: string): [string, string] => [
  `nằm trong thư mục /${name}/ mà cổng mới dùng cho tệp của chính nó`,
  `lies in /${name}/, which the new portal uses for its own files`,
];
const fileAddress = (ext: string): [string, string] => [
  `là địa chỉ của một tệp .${ext}, không phải một trang: trang chuyển hướng không thay được tệp`,
  `is the address of a .${ext} file, not a page: a redirect page cannot stand in for a file`,
];

type Expect = [why: [string, string], fix?: typeof FIX_REMOVE] | 'format';
const HOSTILE: [value: string, expected: Expect][] = [
  ['//evil.example/', 'format'],
  ['/\\evil.example', [['chứa dấu gạch ngược \\', 'contains a backslash']]],
  ['https://evil.example/', [WRONG_KIND]],
  ['/../../etc/passwd', [DOTS]],
  ['%2e%2e/', [WRONG_KIND]],
  ['/tin-tuc/%2E%2E/%2e%2e/etc', [DOTS]],
  ['/tin\u0000tuc', [CONTROL]],
  ['/tin-tuc\r\nLocation: https://evil.example/', [CONTROL]],
  ['/tin-tuc%0d%0aSet-Cookie:%20x=1', [CONTROL]],
  ['/tin-tuc;\n}\nserver { listen 80; }', [CONTROL]],
  ['/"><script>alert(1)</script>', 'format'],
  ['/admin/config.yml', [folder('admin'), FIX_REMOVE]],
  ['/admin/', [folder('admin'), FIX_REMOVE]],
  ['/pagefind/pagefind.js', [folder('pagefind'), FIX_REMOVE]],
  ['/_astro/trang.css', [folder('_astro'), FIX_REMOVE]],
  ['/api/v1/site.json', [folder('api'), FIX_REMOVE]],
  ['/tep/phu-luc.docx', [fileAddress('docx'), FIX_REMOVE]],
  ['/video/van-nghe.mp4', [fileAddress('mp4'), FIX_REMOVE]],
  ['/sitemap-index.xml', [fileAddress('xml'), FIX_REMOVE]],
  ['/thong-bao/rss.xml/', [fileAddress('xml'), FIX_REMOVE]],
  ['/robots.txt', [fileAddress('txt'), FIX_REMOVE]],
  ['/favicon.ico', [fileAddress('ico'), FIX_REMOVE]],
  ['/logo.svg', [fileAddress('svg'), FIX_REMOVE]],
];

const formatRefusal = (file: string, value: string) => ({
  file: `mini/${file}`,
  field: 'oldPaths.0',
  // The pattern's message quotes the value as JSON.
  vi: `«Đường dẫn cũ» (oldPaths.0): ${JSON.stringify(value)} không đúng định dạng. Cách sửa: ghi theo mẫu "/tin-tuc-su-kien/hoat-dong/le-khai-giang-nam-hoc-moi.html".`,
  en: `"Old path" (oldPaths.0): ${JSON.stringify(value)} has the wrong format. Fix: follow the pattern "/tin-tuc-su-kien/hoat-dong/le-khai-giang-nam-hoc-moi.html".`,
});

describe('the validator refuses each hostile old path, on every kind of entry', () => {
  const FILES = [DOC, LEADER, PAGE];
  it.each(HOSTILE)('%j', (value, expected) => {
    for (const file of FILES) {
      const s = site();
      setOldPath(s, file, value);
      const problems = readSite(s.siteDir, s.sitesDir).problems;
      expect(problems, file).toEqual([
        expected === 'format' ? formatRefusal(file, value) : refusal(file, 0, value, expected[0], expected[1]),
      ]);
    }
  });

  it('and the CMS pattern, read without flags as Decap reads it, refuses the same', () => {
    const decap = new RegExp(OLD_PATH_PATTERN.source);
    for (const [value] of HOSTILE) expect(decap.test(value), value).toBe(false);
    for (const value of [
      '/index.php/news/le-khai-giang',
      '/tin-tuc/le-khai-giang.html',
      '/Admin/x.aspx',
      '/tep-tin/a/',
    ])
      expect(decap.test(value), value).toBe(true);
  });

  it.each(['/video/le-khai-giang.html', '/tep-tin/cong-van-125/', '/Admin/tin-tuc.aspx'])(
    'an old portal page that only looks near the build’s files is accepted: %s',
    (value) => {
      const s = site();
      setOldPath(s, DOC, value);
      expect(readSite(s.siteDir, s.sitesDir).problems).toEqual([]);
    },
  );

  it('two entries of different kinds cannot claim one old path', () => {
    const s = site();
    setOldPath(s, DOC, '/tin-tuc-su-kien/hoat-dong/le-khai-giang.html');
    expect(readSite(s.siteDir, s.sitesDir).problems).toEqual([
      {
        file: `mini/${DOC}`,
        field: 'oldPaths.0',
        vi: `«Đường dẫn cũ» (oldPaths.0): "/tin-tuc-su-kien/hoat-dong/le-khai-giang.html" đã dùng cho mini/${POST}. Cách sửa: mỗi đường dẫn cũ chỉ chuyển đến một bài; xoá nó ở một trong hai bài.`,
        en: `"Old path" (oldPaths.0): "/tin-tuc-su-kien/hoat-dong/le-khai-giang.html" is already used by mini/${POST}. Fix: an old path leads to one entry only; remove it from one of them.`,
      },
    ]);
  });
});

describe('real builds', () => {
  const build = (s: TempSite, outRoot: string) =>
    buildSite('mini', { sitesDir: s.sitesDir, outRoot, onOutput: () => {}, onWarning: () => {} });

  it('a path among the build’s own files stops before Astro, naming the entry', async () => {
    const s = site();
    setOldPath(s, POST, '/admin/config.yml');
    setOldPath(s, DOC, '/sitemap-index.xml');
    const outRoot = mkdtempSync(join(tmpdir(), 'cong-truong-old-paths-'));
    temps.push(outRoot);
    const built = await build(s, outRoot);
    expect(built.ok).toBe(false);
    expect(built.step).toBe('validation');
    expect(built.error).toContain(`mini/${POST}`);
    expect(built.error).toContain('«Đường dẫn cũ» (oldPaths.1): "/admin/config.yml" nằm trong thư mục /admin/');
    expect(built.error).toContain(`mini/${DOC}`);
    expect(built.error).toContain('[en] "Old path" (oldPaths.0): "/sitemap-index.xml" is the address of a .xml file');
    expect(built.error).not.toMatch(/EISDIR|EEXIST|ENOTDIR/);
    expect(existsSync(join(outRoot, 'mini'))).toBe(false);
  });

  it('a path equal to another entry’s page stops the build naming the entry; the previous output keeps that page', async () => {
    const s = site();
    const outRoot = mkdtempSync(join(tmpdir(), 'cong-truong-old-paths-'));
    temps.push(outRoot);
    const first = await build(s, outRoot);
    expect(first.error).toBeUndefined();
    const page = join(outRoot, 'mini/tin-tuc/anh-san-truong/index.html');
    const before = readFileSync(page, 'utf8');
    // Written as a visitor types it, without the trailing slash: the same page.
    setOldPath(s, POST, '/tin-tuc/anh-san-truong');
    const second = await build(s, outRoot);
    expect(second.ok).toBe(false);
    expect(second.error).toContain(
      `le-khai-giang-nam-hoc-moi.md: «Đường dẫn cũ» (oldPaths) "/tin-tuc/anh-san-truong" trùng một trang của cổng mới. Cách sửa: xoá đường dẫn này khỏi bài.`,
    );
    expect(readFileSync(page, 'utf8')).toBe(before);
    expect(before).not.toContain('cong-truong redirect');
  });
});
