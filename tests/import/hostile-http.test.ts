/**
 * A hostile or broken old portal over loopback HTTP (helpers/hostile-server.ts):
 * redirects to another host, to localhost under another name, to file:, data:,
 * javascript: and a cloud metadata address, a redirect loop, answers that drip or
 * hang forever, an endless page, a gzip bomb, lying Content-Type and charset, a list
 * of 3000 pages, attachment names with `..`, `%2e%2e`, backslashes, NUL and 300
 * bytes, files whose bytes are not what their names say, SVG with script, scripts,
 * handlers and `javascript:` links in a post, a `<base href>` and a `srcset` on other
 * hosts. Each is refused or neutralised, said in the report in both languages, and
 * nothing is written outside `sites/<id>/` (nor read from the canary server).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../scripts/lib/import/run.ts';
import type { ImportReport } from '../../scripts/lib/import/report.ts';
import { reportMarkdown } from '../../scripts/lib/import/report.ts';
import { decodeHtml } from '../../scripts/lib/import/decode-html.ts';
import { extractPage } from '../../scripts/lib/import/extract.ts';
import { attachmentRefusal } from '../../scripts/lib/import/file-checks.ts';
import { fileForUrl } from '../../scripts/lib/import/mirror-paths.ts';
import { redirectTarget } from '../../scripts/lib/import/redirects.ts';
import { prepareSite } from './helpers/fixtures.ts';
import { ARTICLE_PATHS, LONG_NAME, serveHostile, windows1258, type HostileServer } from './helpers/hostile-server.ts';
import { bodyOf, frontMatter, treeHashes } from './helpers/site-files.ts';
import { importOptions } from './helpers/options.ts';

let server: HostileServer;
let site: { sitesDir: string; siteDir: string };
let cacheDir: string;
let report: ImportReport;

const LIMITS = { attachmentBytes: 1024 * 1024, imageBytes: 4 * 1024 * 1024, pageBytes: 256 * 1024 };

beforeAll(async () => {
  server = await serveHostile();
  site = prepareSite();
  cacheDir = mkdtempSync(join(tmpdir(), 'cong-truong-import-hostile-cache-'));
  const options = importOptions(
    { siteDir: site.siteDir, from: `${server.url}/`, cacheDir },
    { maxPages: 30, timeoutMs: 1500, limits: LIMITS },
  );
  report = await runImport(options);
}, 180_000);

afterAll(async () => {
  await server.close();
  rmSync(site.sitesDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The skip reason of one old address, in both languages. */
function skipOf(path: string): string {
  const found = report.skipped.filter((s) => s.url === `${server.url}${path}`);
  return found.map((s) => `${s.reason.vi} | ${s.reason.en}`).join('\n');
}

function reviewsOf(issue: string): string[] {
  return report.review.filter((r) => r.issue === issue).map((r) => `${r.words.vi} | ${r.words.en}`);
}

describe('redirects: the crawl stays on the origin named in --from', () => {
  it('never asks the other host, localhost under another name, or a private address', () => {
    expect(server.canaryHits).toEqual([]);
    expect(skipOf('/chuyen-huong/may-khac')).toMatch(
      new RegExp(`chuyển hướng sang ${server.canary}, không theo.*\\| redirects to ${server.canary}, not followed`),
    );
    expect(skipOf('/chuyen-huong/localhost')).toMatch(/chuyển hướng sang http:\/\/localhost:\d+, không theo/);
    expect(skipOf('/chuyen-huong/dia-chi-noi-bo')).toMatch(
      /chuyển hướng sang http:\/\/169\.254\.169\.254, không theo: lệnh nhập chỉ tải từ http:\/\/127\.0\.0\.1:\d+/,
    );
  });

  it('refuses file:, data: and javascript: targets', () => {
    expect(skipOf('/chuyen-huong/tep')).toMatch(
      /chuyển hướng tới địa chỉ «file:», không theo .*\| redirects to a "file:"/,
    );
    expect(skipOf('/chuyen-huong/data')).toMatch(/«data:»/);
    expect(skipOf('/chuyen-huong/javascript')).toMatch(/«javascript:»/);
  });

  it('stops a redirect loop, once, and names it', () => {
    expect(skipOf('/vong/b')).toMatch(/^vòng chuyển hướng quay lại .*\/vong\/b .*\| a redirect loop back to/);
    expect(server.requests.filter((r) => r === '/vong/a')).toHaveLength(1);
    expect(server.requests.filter((r) => r === '/vong/b')).toHaveLength(1);
  });

  it('is refused by the checker itself for anything but http(s) on the same origin', () => {
    const from = new URL('https://thcsanphu.hcm.edu.vn/a');
    const origin = from.origin;
    expect(redirectTarget('/b?x=1#top', from, origin)).toEqual(new URL('https://thcsanphu.hcm.edu.vn/b?x=1'));
    expect(redirectTarget('http://thcsanphu.hcm.edu.vn/b', from, origin)).toHaveProperty('reason');
    expect(redirectTarget('//127.0.0.1/admin', from, origin)).toHaveProperty('reason');
    expect(redirectTarget('https://thcsanphu.hcm.edu.vn:8443/', from, origin)).toHaveProperty('reason');
    expect(redirectTarget('https://[::1]/', from, origin)).toHaveProperty('reason');
    expect(redirectTarget(null, from, origin)).toHaveProperty('reason');
    expect(redirectTarget('http://[bad', from, origin)).toHaveProperty('reason');
  });
});

describe('answers that never end, are huge or are bombs', () => {
  it('cuts off a server that drips or hangs, after the timeout', () => {
    const timeout =
      /^cổng cũ không trả lời xong trong 1,5 giây, bỏ qua \| the old portal did not finish answering within 1.5 s/;
    expect(skipOf('/cham')).toMatch(timeout);
    expect(skipOf('/treo')).toMatch(timeout);
  });

  it('stops an endless page and a gzip bomb at the size limit, after decompression', () => {
    expect(skipOf('/lon')).toMatch(/^tệp quá lớn \(trên 256 KB\) \| too large \(over 256 KB\)$/);
    expect(skipOf('/bom-nen')).toMatch(
      /^tệp nén giải ra hơn 256 KB \(nghi là «bom nén»\), không tải \| the compressed answer unpacks to over 256 KB/,
    );
  });

  it('stops at the page budget with one line saying how much is left and how to go on', () => {
    const budget = report.skipped.filter((s) => s.reason.en.startsWith('stopped at the budget'));
    expect(budget).toHaveLength(1);
    expect(budget[0]!.reason.vi).toMatch(
      /^dừng ở giới hạn 30 trang \(--max-pages\); còn [\d.]{5} địa chỉ chưa tải, kể cả địa chỉ này\. Cách sửa: chạy lại lệnh với --max-pages lớn hơn/,
    );
    expect(budget[0]!.url).toMatch(/\/tin-tuc-su-kien\/c\/45\?trang=\d+$/);
    // One line, not three thousand.
    expect(report.skipped.length).toBeLessThan(60);
    expect(reportMarkdown(report)).toContain(`- ${budget[0]!.url}: ${budget[0]!.reason.vi} / ${budget[0]!.reason.en}`);
  });
});

describe('lying Content-Type and charset', () => {
  it('reads a windows-1258 page served as text/plain with a meta that says utf-8', () => {
    const file = join(site.siteDir, 'content/tin-tuc/giai-bong-da-hoc-sinh.md');
    expect(frontMatter(file).title).toBe('Giải bóng đá học sinh');
    expect(bodyOf(file)).toContain('Cầu thủ xuất sắc nhất: em Nguyễn Văn Hòa, lớp 9A2.');
    expect(bodyOf(file)).not.toContain('\uFFFD');
  });

  it('reads a UTF-8 page that claims windows-1258 as UTF-8', () => {
    const body = bodyOf(join(site.siteDir, 'content/tin-tuc/hoi-thi-ke-chuyen-theo-sach.md'));
    expect(body).toContain('Giải nhất thuộc về em Phạm Thị Hòa, lớp 7A3.');
    expect(body).toContain('Sở GD&ĐT');
  });

  it('refuses a PNG served as text/html at a post address', () => {
    expect(skipOf(ARTICLE_PATHS.notHtml)).toMatch(
      /^không phải trang HTML \(máy chủ ghi kiểu «text\/html», nội dung không phải HTML\), không nhập \| not an HTML page/,
    );
  });

  it('decodes by the bytes first, then the declared charset', () => {
    const hoa = windows1258('<p>Nguyễn Văn Hòa – Sở GD&ĐT</p>');
    expect(decodeHtml(hoa, 'windows-1258').normalize('NFC')).toBe('<p>Nguyễn Văn Hòa – Sở GD&ĐT</p>');
    expect(decodeHtml(hoa).normalize('NFC')).toBe('<p>Nguyễn Văn Hòa – Sở GD&ĐT</p>');
    expect(decodeHtml(Buffer.from('<meta charset="windows-1258"><p>Hòa 🎉</p>'))).toContain('Hòa 🎉');
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Sở</p>')]))).toBe('<p>Sở</p>');
  });
});

describe('attachments and photos: names and bytes', () => {
  const files = () => readdirSync(join(site.siteDir, 'public/tep')).sort();
  const media = () => readdirSync(join(site.siteDir, 'media')).sort();

  it('keeps only the real PDF and the real photo, under safe names', () => {
    expect(files()).toEqual(['ke-hoach-doc-sach.pdf']);
    expect(media()).toEqual(['bia-sach-jpg.png', 'ngay-hoi-stem-jpg.png']);
  });

  it('never fetches or stores `..`, backslash, NUL or overlong names', () => {
    const asked = server.requests.join('\n');
    expect(asked).not.toMatch(/passwd|win\.pdf|%00|%5C/i);
    expect(fileForUrl(new URL(`http://x/Upload/${LONG_NAME}`))).toBeUndefined();
    expect(fileForUrl(new URL('http://x/Upload/a%5C..%5Cb.pdf'))).toBeUndefined();
    expect(fileForUrl(new URL('http://x/Upload/a%00.pdf'))).toBeUndefined();
    // %2e%2e is a `..` the URL parser resolves: it stays on the portal, at /bi-mat.pdf.
    expect(fileForUrl(new URL('http://x/Upload/%2e%2e/%2e%2e/bi-mat.pdf'))).toBe('bi-mat.pdf');
  });

  it('reports each refused file with the reason and the fix, in both languages', () => {
    const assets = reviewsOf('asset').join('\n');
    expect(assets).toMatch(
      /passwd\.pdf: đường dẫn có đoạn \.\., ký tự không hợp lệ \(\\, NUL\) hoặc tên quá dài nên không tải, không lưu \| .*the path has a \.\. segment/,
    );
    expect(assets).toMatch(/phu-luc%5C.*: đường dẫn có đoạn \.\./);
    expect(assets).toMatch(/phu-luc%00\.pdf: đường dẫn có đoạn \.\./);
    expect(assets).toMatch(
      /bien-ban-hop-hoi-dong.*: đường dẫn có đoạn \.\., ký tự không hợp lệ \(\\, NUL\) hoặc tên quá dài/,
    );
    expect(assets).toMatch(/bi-mat\.pdf: cổng cũ trả lời mã 404/);
    expect(assets).toMatch(
      /«trang-loi\.pdf»: nội dung không phải tệp \.pdf thật .*\| .*"trang-loi\.pdf": the content is not a real \.pdf/,
    );
    expect(assets).toMatch(/«danh-sach\.docx»: nội dung không phải tệp \.docx thật/);
    expect(assets).toMatch(/«bang-diem\.rtf»: nội dung không phải tệp \.rtf thật/);
    expect(assets).toMatch(
      /«logo-doan\.jpg» có đuôi ảnh nhưng nội dung là SVG \(có thể chứa mã\).* \| .*"logo-doan\.jpg" has a photo extension but holds SVG/,
    );
    expect(assets).toMatch(/«so-do\.svg» không phải loại ảnh được dùng .*SVG có thể chứa mã/);
    expect(assets).toMatch(
      /ke-hoach-goc\.pdf: tệp đính kèm ở máy chủ khác \(filethcs\.example\.invalid\) nên không tải về.*Cách sửa: nếu đó là máy chủ tệp của chính cổng cũ, chạy lại lệnh với --files https:\/\/filethcs\.example\.invalid; nếu không, tải tệp về rồi đính kèm lại vào bài \| .*Fix: if it is the old portal's own file server, run again with --files https:\/\/filethcs\.example\.invalid; otherwise download the file/,
    );
  });

  it('links the văn bản to the one good file; the file server copy stays a plain link', () => {
    const file = join(site.siteDir, 'content/van-ban/ke-hoach-to-chuc-ngay-hoi-doc-sach-nam-hoc-2023-2024.md');
    expect(frontMatter(file)).toMatchObject({
      number: '52/KH-THCSAP',
      files: [{ file: '/tep/ke-hoach-doc-sach.pdf' }],
    });
    expect(bodyOf(file)).not.toMatch(/passwd|%00|%5C|trang-loi|danh-sach\.docx|\.svg/);
  });
});

describe("the portal's own file server, named with --files", () => {
  it('is only reported without --files, with the fix', () => {
    const files = new URL(server.files);
    expect(reviewsOf('asset').join('\n')).toContain(
      `${server.files}/data/doc/2023/thcsanphu/danh-sach-lop-doc.pdf: tệp đính kèm ở máy chủ khác (${files.host}) nên không tải về; bài vẫn liên kết tới đó, nhưng liên kết sẽ hỏng khi cổng cũ đóng. Cách sửa: nếu đó là máy chủ tệp của chính cổng cũ, chạy lại lệnh với --files ${server.files}`,
    );
  });

  it('brings its files over with --files, and still nothing from any other host', async () => {
    const other = prepareSite();
    try {
      // The crawl resumes from its cache: no page is fetched again, only the file server is read.
      const again = await runImport(
        importOptions(
          { siteDir: other.siteDir, from: `${server.url}/`, cacheDir },
          { maxPages: 30, timeoutMs: 1500, limits: LIMITS, filesFrom: server.files },
        ),
      );
      const file = join(other.siteDir, 'content/van-ban/ke-hoach-to-chuc-ngay-hoi-doc-sach-nam-hoc-2023-2024.md');
      expect(frontMatter(file).files).toEqual([
        { title: 'Tải file : ke-hoach-doc-sach.pdf', file: '/tep/ke-hoach-doc-sach.pdf' },
        { title: 'Tải file : danh-sach-lop-doc.pdf', file: '/tep/danh-sach-lop-doc.pdf' },
      ]);
      expect(readdirSync(join(other.siteDir, 'public/tep')).sort()).toEqual([
        'danh-sach-lop-doc.pdf',
        'ke-hoach-doc-sach.pdf',
      ]);
      expect(again.review.map((r) => r.words.en).join('\n')).toMatch(
        /filethcs\.example\.invalid\), so it was not fetched/,
      );
      expect(server.canaryHits).toEqual([]);
    } finally {
      rmSync(other.sitesDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('scripts, handlers, foreign base and srcset in a post', () => {
  const file = () => join(site.siteDir, 'content/tin-tuc/ngay-hoi-stem-cua-lien-doi.md');

  it('publishes the text without any of it', () => {
    const body = bodyOf(file());
    expect(body).toContain('Các đội thi được chấm theo ba tiêu chí');
    expect(body).not.toMatch(
      /script|onclick|onmouseover|vbscript|data:text|iframe|<svg|alert|steal|evil\.example|tracker\.example/i,
    );
    expect(body).toContain('Xem kết quả');
  });

  it('resolves relative links and photos on the portal itself, not on the foreign <base>', () => {
    const body = bodyOf(file());
    expect(body).toContain('[các tin hoạt động khác](/tin-tuc-su-kien/c/45)');
    // The photo came from the portal; its title "Nhấn vào ảnh để phóng to" ("click to enlarge") is no alt text.
    expect(body).toContain('![Ảnh minh họa bài «Ngày hội STEM của Liên đội»](../../media/ngay-hoi-stem-jpg.png)');
    expect(reviewsOf('image-alt').join('\n')).toContain('ngay-hoi-stem.jpg?w=1130 had no alt text');
    expect(server.requests).toContain('/UploadImages/news/2023/ngay-hoi-stem.jpg?w=1130');
  });

  it('tells the editor what was removed, counted, in both languages', () => {
    const unsafe = report.review.filter(
      (r) => r.issue === 'unsafe' && r.file === 'content/tin-tuc/ngay-hoi-stem-cua-lien-doi.md',
    );
    expect(unsafe).toHaveLength(1);
    const { vi, en } = unsafe[0]!.words;
    expect(vi).toMatch(/^bài trên cổng cũ có mã có thể chạy hoặc tải từ trang khác; đã gỡ: /);
    for (const part of [
      /\d+ thẻ <script>/,
      /[2-9] thuộc tính sự kiện \(on…=\)/,
      /4 liên kết javascript:\/vbscript:\/data:/,
      /1 khung nhúng/,
      /1 hình SVG nhúng/,
      /1 <base href> trỏ sang trang web khác/,
      /1 ảnh srcset ở trang web khác/,
    ])
      expect(vi).toMatch(part);
    expect(en).toMatch(
      /removed: .*<script> element.*event handler.*javascript:\/vbscript:\/data: link.*<base href> pointing to another website/,
    );
    expect(reportMarkdown(report)).toContain('### Mã nguy hiểm đã gỡ khỏi bài / Unsafe markup removed from posts');
  });
});

describe('pages that are not posts say what they are', () => {
  it('names the feed, the login page, the home page and the lists', () => {
    expect(skipOf('/rss')).toMatch(
      /^nguồn tin RSS\/Atom của cổng cũ, không phải một bài .*\| the old portal's RSS\/Atom feed/,
    );
    expect(skipOf('/dang-nhap.aspx')).toMatch(
      /^trang đăng nhập hoặc quản trị của cổng cũ.*\| the old portal's login or administration page/,
    );
    expect(skipOf('/')).toMatch(/^trang chủ của cổng cũ/);
    expect(skipOf('/tin-tuc-su-kien/c/45')).toMatch(/^trang danh sách \(chuyên mục, trang 2, 3…, thẻ, tìm kiếm\)/);
  });
});

describe("a members' login box beside a post", () => {
  it('does not make the post an admin page', () => {
    const prose =
      'Sáng 5/9/2024, Trường THCS Hòa Bình long trọng tổ chức Lễ khai giảng năm học mới với sự tham dự của 620 học sinh. '.repeat(
        3,
      );
    const html = `<!DOCTYPE html><html><head><title>Lễ khai giảng</title></head><body><h1>Lễ khai giảng năm học 2024-2025</h1><div class="bodytext"><p>${prose}</p></div><aside class="block"><form><input name="u"><input type="password" name="p"></form></aside></body></html>`;
    const post = extractPage(
      html,
      new URL('https://thcshoabinh.phutho.edu.vn/news/tin-tuc/le-khai-giang-12.html'),
      'nukeviet',
    );
    expect('skip' in post ? post.skip.en : post.item.title).toBe('Lễ khai giảng năm học 2024-2025');
  });
});

describe('nothing outside the school folder', () => {
  it('writes only under sites/<id>/ and the crawl cache', () => {
    const written = Object.keys(treeHashes(site.sitesDir));
    expect(written.every((f) => f.startsWith('thcs-hoa-binh/'))).toBe(true);
    const cached = Object.keys(treeHashes(cacheDir));
    expect(cached.every((f) => !f.includes('..') && !/passwd|bi-mat|win\.pdf/.test(f))).toBe(true);
    expect(existsSync(join(site.siteDir, '.import/bao-cao-nhap.md'))).toBe(true);
    expect(report.review.filter((r) => r.issue === 'validation')).toEqual([]);
    expect(readFileSync(join(site.siteDir, '.import/bao-cao-nhap.md'), 'utf8')).toContain(
      `${server.url}/chuyen-huong/tep`,
    );
  });

  it('checks attachments by their bytes, whatever their names say', () => {
    const pdf = Buffer.from('%PDF-1.7\n');
    expect(attachmentRefusal('bang.rtf', Buffer.from('{\\rtf1\\ansi Hòa}'))).toBeUndefined();
    expect(attachmentRefusal('bang.rtf', pdf)?.en).toMatch(/not a real \.rtf/);
    expect(attachmentRefusal('ds.csv', Buffer.from('MZ\x90\x00\x03'))?.en).toMatch(/not a real \.csv/);
    expect(attachmentRefusal('ds.txt', Buffer.from('\ufeffHọ tên;Lớp\nNguyễn Văn Hòa;9A2'))).toBeUndefined();
    expect(attachmentRefusal('ds.txt', Buffer.from([0xff, 0xfe, 0x48, 0x00]))).toBeUndefined();
  });
});
