/**
 * Redirect pages from the old portal's paths (the built ones are checked in
 * tests/foundation/fixture-build.test.ts): file names, and the refusal to overwrite
 * a page of the new portal.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEntry } from '../../content-schemas/validate.ts';
import type { CollectionName } from '../../content-schemas/index.ts';
import { redirectFile, redirectsOf, writeRedirects } from '../../themes/cong-truong/redirects.ts';

const SITE = { url: 'https://thcsnguyendu.hcm.edu.vn/', name: 'Trường THCS Nguyễn Du' };

describe('redirectFile', () => {
  it('keeps .html paths as files and makes other paths folders', () => {
    expect(redirectFile('/tin-tuc-su-kien/hoat-dong/le-khai-giang.html')).toBe(
      'tin-tuc-su-kien/hoat-dong/le-khai-giang.html',
    );
    expect(redirectFile('/gioi-thieu-chung/')).toBe('gioi-thieu-chung/index.html');
    expect(redirectFile('/gioi-thieu-chung')).toBe('gioi-thieu-chung/index.html');
    expect(redirectFile('/tin-tuc/l%E1%BB%85-khai-gi%E1%BA%A3ng.htm')).toBe('tin-tuc/lễ-khai-giảng.htm');
  });
});

describe('writeRedirects', () => {
  function builtSite(): string {
    const dir = mkdtempSync(join(tmpdir(), 'cong-truong-redirects-'));
    mkdirSync(join(dir, 'tin-tuc/le-khai-giang'), { recursive: true });
    writeFileSync(join(dir, 'tin-tuc/le-khai-giang/index.html'), '<!doctype html><title>Lễ khai giảng</title>');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Trang chủ</title>');
    return dir;
  }

  it('writes the redirects whose new page exists and skips the others', () => {
    const dir = builtSite();
    const result = writeRedirects(
      dir,
      [
        { from: '/tin-tuc/le-khai-giang.html', to: '/tin-tuc/le-khai-giang/', file: 'a.md' },
        { from: '/tin-tuc/bai-chua-dung.html', to: '/tin-tuc/chua-dung/', file: 'b.md' },
      ],
      SITE,
    );
    expect(result.written.map((r) => r.from)).toEqual(['/tin-tuc/le-khai-giang.html']);
    expect(result.skipped.map((r) => r.from)).toEqual(['/tin-tuc/bai-chua-dung.html']);
    expect(readFileSync(join(dir, 'tin-tuc/le-khai-giang.html'), 'utf8')).toContain('url=/tin-tuc/le-khai-giang/');
  });

  it('refuses to overwrite a page of the new portal, naming the entry and the field', () => {
    const dir = builtSite();
    expect(() =>
      writeRedirects(
        dir,
        [{ from: '/', to: '/tin-tuc/le-khai-giang/', file: 'sites/x/content/tin-tuc/le-khai-giang.md' }],
        SITE,
      ),
    ).toThrow(
      'sites/x/content/tin-tuc/le-khai-giang.md: «Đường dẫn cũ» (oldPaths) "/" trùng một trang của cổng mới. Cách sửa: xoá đường dẫn này khỏi bài. | "Old path" (oldPaths) "/" is a page of the new portal. Fix: remove it from the entry.',
    );
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('Trang chủ');
  });
});

describe('redirectsOf for leaders, menus and plans', () => {
  /** One content file written and read through the real validator, as the build reads it. */
  function entryOf(collection: CollectionName, folder: string, slug: string, frontMatter: string) {
    const site = mkdtempSync(join(tmpdir(), 'cong-truong-redirects-entries-'));
    mkdirSync(join(site, 'content', folder), { recursive: true });
    const file = join(site, 'content', folder, `${slug}.md`);
    writeFileSync(file, `---\n${frontMatter}---\n`);
    return readEntry(collection, file, site, site);
  }

  const LEADER = `name: Trần Thị Mỹ Dung
position: Hiệu trưởng
phone: 0258 3822 456
email: mydung.mnhoaphuong@khanhhoa.edu.vn
duties: Phụ trách chung; tổ chức cán bộ, tài chính, công khai.
order: 1
`;
  const MENU = `title: Thực đơn tuần 10 (09/11 – 13/11/2026)
weekStart: 2026-11-09
published: 2026-11-05
days:
  - day: thu-2
    lunch: Cơm tẻ; chả lá lốt; canh bí đỏ nấu tôm
`;
  const PLAN = `title: Kế hoạch giáo dục tuần 10, lớp Lá 1
kind: tuan
periodStart: 2026-11-09
published: 2026-11-06
`;

  it("sends a leader's old page to the leaders list, and a menu's and a plan's to their own pages", () => {
    const leader = entryOf(
      'leaders',
      'lanh-dao',
      'tran-thi-my-dung',
      `${LEADER}oldPaths:\n  - /gioi-thieu/ban-giam-hieu/\n  - /gioi-thieu/ban-giam-hieu.html\n`,
    );
    // An old path typed in NFD, as a Mac keyboard writes it, is kept in NFC.
    const menu = entryOf(
      'menus',
      'thuc-don',
      'thuc-don-tuan-10-09-11-2026',
      `${MENU}oldPaths:\n  - ${'/thực-đơn/tuần-10.html'.normalize('NFD')}\n`,
    );
    const plan = entryOf(
      'plans',
      'ke-hoach',
      'ke-hoach-tuan-10-lop-la-1',
      `${PLAN}oldPaths:\n  - /ke-hoach/tuan-10-la-1.html\n`,
    );
    expect([leader.problems, menu.problems, plan.problems]).toEqual([[], [], []]);
    expect(redirectsOf([leader.entry!, menu.entry!, plan.entry!]).map(({ from, to }) => [from, to])).toEqual([
      ['/gioi-thieu/ban-giam-hieu/', '/gioi-thieu/lanh-dao/'],
      ['/gioi-thieu/ban-giam-hieu.html', '/gioi-thieu/lanh-dao/'],
      ['/thực-đơn/tuần-10.html', '/thuc-don/thuc-don-tuan-10-09-11-2026/'],
      ['/ke-hoach/tuan-10-la-1.html', '/ke-hoach-tuan/ke-hoach-tuan-10-lop-la-1/'],
    ]);
  });

  it("writes the leader's redirect page into the built site, pointing at the leaders list", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cong-truong-redirects-'));
    mkdirSync(join(dir, 'gioi-thieu/lanh-dao'), { recursive: true });
    writeFileSync(join(dir, 'gioi-thieu/lanh-dao/index.html'), '<!doctype html><title>Lãnh đạo nhà trường</title>');
    const leader = entryOf(
      'leaders',
      'lanh-dao',
      'tran-thi-my-dung',
      `${LEADER}oldPaths:\n  - /gioi-thieu/ban-giam-hieu/\n`,
    );
    const result = writeRedirects(dir, redirectsOf([leader.entry!]), SITE);
    expect(result.written.map((r) => r.from)).toEqual(['/gioi-thieu/ban-giam-hieu/']);
    expect(readFileSync(join(dir, 'gioi-thieu/ban-giam-hieu/index.html'), 'utf8')).toContain(
      '<meta http-equiv="refresh" content="0; url=/gioi-thieu/lanh-dao/">',
    );
  });

  it("gives a draft menu no redirect, and refuses a leader's old path that climbs out with ..", () => {
    const draft = entryOf(
      'menus',
      'thuc-don',
      'thuc-don-tuan-11',
      `${MENU}draft: true\noldPaths:\n  - /thuc-don/tuan-11.html\n`,
    );
    expect(redirectsOf([draft.entry!])).toEqual([]);
    const bad = entryOf(
      'leaders',
      'lanh-dao',
      'tran-thi-my-dung',
      `${LEADER}oldPaths:\n  - /gioi-thieu/../../etc/passwd\n`,
    );
    expect(bad.entry).toBeUndefined();
    expect(bad.problems).toEqual([
      expect.objectContaining({ file: 'content/lanh-dao/tran-thi-my-dung.md', field: 'oldPaths.0' }),
    ]);
  });
});
