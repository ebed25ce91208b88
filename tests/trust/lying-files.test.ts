/**
 * Files whose bytes lie about their type: an attachment or a «Video» clip named
 * `.mp4`, `.pdf`, `.ods`… that is really a web page would be published on the
 * portal's own origin, where a host that sends no usable type lets the browser
 * sniff it into a page (next to /admin/ and the editor's Git token). The validator
 * refuses each with the file and the fix in Vietnamese and English, a real build
 * stops before Astro and publishes none of them, and honest files, including text
 * that merely starts with "<", still pass.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readSite } from '../../content-schemas/validate.ts';
import { looksLikeWebPage } from '../../content-schemas/web-page-bytes.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { copySite, type TempSite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR, ROOT } from '../helpers/paths.ts';

const MINI = join(FIXTURE_SITES_DIR, 'mini');
const PDF = readFileSync(join(ROOT, 'tests/fixtures/cms/cong-van-125.pdf'));
/** The start of a real MP4 (an ISO BMFF `ftyp` box), then zeros. */
const MP4 = Buffer.concat([Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex'), Buffer.alloc(4000)]);
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string | Buffer>): TempSite {
  const copy = copySite(MINI);
  temps.push(copy.sitesDir);
  for (const [rel, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(copy.siteDir, rel)), { recursive: true });
    writeFileSync(join(copy.siteDir, rel), bytes);
  }
  return copy;
}

const refusal = (rel: string, ext: string) => ({
  file: `mini/${rel}`,
  field: '(tệp)',
  vi: `"${rel}" mang đuôi .${ext} nhưng nội dung là một trang web (HTML/XML): trình duyệt có thể mở nó như một trang chạy trên tên miền của cổng. Cách sửa: mở tệp gốc bằng chương trình đã tạo ra nó, lưu hoặc xuất lại đúng loại (ví dụ «Lưu thành PDF», hoặc tải lại video gốc), rồi tải lên lại.`,
  en: `"${rel}" is named .${ext} but holds a web page (HTML/XML): a browser may open it as a page running on the portal's domain. Fix: open the original in the program that made it, save or export it again as the right type (e.g. "Save as PDF", or the original video), and upload it again.`,
});

const LIARS: [what: string, rel: string, bytes: string | Buffer][] = [
  [
    'a «Video» clip that is an HTML page',
    'public/video/van-nghe-20-11.mp4',
    '<!DOCTYPE html><script>fetch("/admin/")</script>',
  ],
  ['a WebM that is SVG', 'public/video/clip.webm', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
  ['a PDF saved from the browser as a page', 'public/tep/ke-hoach.pdf', '\r\n\t <html><body onload="alert(1)">'],
  ['an ODS with a UTF-8 BOM before the markup', 'public/tep/bang-diem.ods', '\uFEFF<iframe src="/admin/">'],
  ['an RTF in UTF-16 that is HTML', 'public/tep/bao-cao.rtf', utf16le('<html><script>alert(1)</script>')],
  [
    'a DOCX that is XML',
    'public/tep/mau-don.docx',
    '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>',
  ],
  ['a TXT that starts with a comment', 'public/tep/ghi-chu.txt', '<!-- --><script>alert(1)</script>'],
  ['a CSV that starts with a paragraph', 'public/tep/danh-sach.csv', '<p>Họ tên,Lớp</p><script>alert(1)</script>'],
];

describe('the validator refuses each liar, naming the file and the fix', () => {
  it.each(LIARS)('%s', (_what, rel, bytes) => {
    const s = site({ [rel]: bytes });
    const ext = rel.slice(rel.lastIndexOf('.') + 1);
    expect(readSite(s.siteDir, s.sitesDir).problems).toEqual([refusal(rel, ext)]);
  });
});

describe('honest files pass', () => {
  const HONEST: [what: string, rel: string, bytes: string | Buffer][] = [
    ['a real PDF', 'public/tep/cong-van-125.pdf', PDF],
    ['a real MP4', 'public/video/van-nghe.mp4', MP4],
    ['a TXT that starts with "< 5"', 'public/tep/diem.txt', '< 5 điểm: ôn tập trong hè\n'],
    ['a TXT that starts with an abbreviation tag-like word', 'public/tep/viet-tat.txt', '<abbr> là thẻ viết tắt'],
    ['a CSV of marks with "<" in a cell', 'public/tep/diem.csv', 'Lớp,Điểm\n6A,<5\n'],
    ['a TXT with markup further down', 'public/tep/huong-dan.txt', 'Hướng dẫn nộp bài:\n<html> không được dùng.'],
  ];
  it.each(HONEST)('%s', (_what, rel, bytes) => {
    const s = site({ [rel]: bytes });
    expect(readSite(s.siteDir, s.sitesDir).problems).toEqual([]);
  });

  it('the sniffing rule on its own: tag names end at a space, ">" or "/"', () => {
    const yes = ['<a href=x>', '<B>', '<br/>', ' \n<TABLE>', '<!doctype HTML>', '<?xml', '<svg>'];
    const no = ['<abbr>', '<applet>', '<5', 'a<html>', '%PDF-1.7 <html>', '<bảng>', ''];
    for (const text of yes) expect(looksLikeWebPage(Buffer.from(text)), text).toBe(true);
    for (const text of no) expect(looksLikeWebPage(Buffer.from(text)), text).toBe(false);
  });
});

describe('a real build', () => {
  it('stops before Astro, names every liar, and publishes nothing', async () => {
    const s = site(Object.fromEntries(LIARS.map(([, rel, bytes]) => [rel, bytes])));
    const outRoot = mkdtempSync(join(tmpdir(), 'cong-truong-liars-out-'));
    temps.push(outRoot);
    const built = await buildSite('mini', { sitesDir: s.sitesDir, outRoot, onOutput: () => {}, onWarning: () => {} });
    expect(built.ok).toBe(false);
    expect(built.step).toBe('validation');
    for (const [, rel] of LIARS) {
      expect(built.error).toContain(`mini/${rel}`);
      expect(built.error).toContain(`"${rel}" mang đuôi`);
    }
    expect(built.error).toContain('[en] "public/video/van-nghe-20-11.mp4" is named .mp4 but holds a web page');
    expect(existsSync(join(outRoot, 'mini'))).toBe(false);
  });
});
