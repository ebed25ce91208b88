/**
 * The import's recognisers on real-world strings: Vietnamese dates as the platforms
 * print them, văn bản numbers, issuers and signers, categories, công khai items,
 * slugs, old addresses, nginx map lines and attachment checks.
 */
import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromLabelledLine, dayFromText, dayFromFeed } from '../../scripts/lib/import/vn-dates.ts';
import { documentFacts, documentNumber, documentType, issuerLevel } from '../../scripts/lib/import/document-facts.ts';
import { mapCategory, pickCategory } from '../../scripts/lib/import/category-map.ts';
import { disclosureItem, schoolYearIn } from '../../scripts/lib/import/disclosure-match.ts';
import { slugOf, safeFileName, stableId } from '../../scripts/lib/import/slugs.ts';
import { splitOldUrls } from '../../scripts/lib/import/old-urls.ts';
import { nginxMap } from '../../scripts/lib/import/nginx-map.ts';
import { attachmentRefusal } from '../../scripts/lib/import/file-checks.ts';
import { fileForUrl, urlPathForFile } from '../../scripts/lib/import/mirror-paths.ts';
import { pageKeyOf } from '../../scripts/lib/import/map-entry.ts';
import { decodeHtml } from '../../scripts/lib/import/decode-html.ts';

describe('dates in Vietnam time', () => {
  it('reads the printed lines of NukeViet, EduPortal and other portals', () => {
    expect(dayFromLabelledLine('Ngày đăng 18/10/2017 | 09:47')).toBe('2017-10-18');
    expect(dayFromLabelledLine('Thứ Ba, 14/11/2023')).toBe('2023-11-14');
    expect(dayFromLabelledLine('Thứ ba - 05/09/2023 07:30')).toBe('2023-09-05');
    expect(dayFromLabelledLine('Cập nhật lúc 09:47 18/10/2017')).toBe('2017-10-18');
    expect(dayFromLabelledLine('Thứ 3, 07/09/2021 | 15:53')).toBe('2021-09-07');
    // NFD as typed on some keyboards.
    expect(dayFromLabelledLine('Ngày đăng 01/02/2024'.normalize('NFD'))).toBe('2024-02-01');
  });

  it('ignores lines without a date label and impossible days', () => {
    expect(dayFromLabelledLine('Chỉ tiêu 280 học sinh, 05/09/2023')).toBeUndefined();
    expect(dayFromLabelledLine('Ngày đăng 30/02/2024')).toBeUndefined();
    expect(dayFromText('Hòa Bình, ngày 15 tháng 3 năm 2024')).toBe('2024-03-15');
  });

  it('turns instants into the Vietnamese calendar day', () => {
    expect(dayFromIso('2023-09-04T20:30:00Z')).toBe('2023-09-05');
    expect(dayFromIso('2023-09-05T07:30:00+07:00')).toBe('2023-09-05');
    expect(dayFromIso('2023-09-05 23:30')).toBe('2023-09-05');
    expect(dayFromFeed('Mon, 04 Mar 2024 20:15:00 +0000')).toBe('2024-03-05');
    expect(dayFromFeed('2024-03-04 07:15:00')).toBe('2024-03-04');
  });
});

describe('văn bản facts', () => {
  const text = [
    'UBND PHƯỜNG HÒA BÌNH',
    'TRƯỜNG THCS HÒA BÌNH',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 12/KH-THCS',
    'Hòa Bình, ngày 15 tháng 3 năm 2024',
    'KẾ HOẠCH',
    'Căn cứ Quyết định số 3890/QĐ-SGDĐT ngày 01/3/2024 của Sở GD&ĐT…',
    'KT. HIỆU TRƯỞNG',
    'PHÓ HIỆU TRƯỞNG',
    '(Đã ký)',
    'Nguyễn Thị Lan',
  ].join('\n');

  it('reads number, type, date, issuer, level and signer from the usual layout', () => {
    expect(documentFacts(text, 'Kế hoạch tuyển sinh lớp 6')).toEqual({
      number: '12/KH-THCS',
      type: 'ke-hoach',
      issued: '2024-03-15',
      issuer: 'Trường THCS Hòa Bình',
      issuerLevel: 'truong',
      signer: 'Nguyễn Thị Lan',
    });
  });

  it('knows the numbers of the Sở, the Bộ and công văn', () => {
    expect(documentNumber('theo Quyết định số 3890/QĐ-SGDĐT ngày 01/3/2024')).toBe('3890/QĐ-SGDĐT');
    expect(documentNumber('Thông tư 18/2019/TT-BGDĐT')).toBe('18/2019/TT-BGDĐT');
    expect(documentNumber('ngày 18/10/2017')).toBeUndefined();
    expect(issuerLevel(undefined, '3890/QĐ-SGDĐT')).toBe('so');
    expect(issuerLevel(undefined, '18/2019/TT-BGDĐT')).toBe('bo');
    expect(documentType('125/THCSND-VP', 'V/v tổ chức hội giảng')).toBe('cong-van');
    expect(documentType('3890/QĐ-SGDĐT', 'Về việc ban hành kế hoạch')).toBe('quyet-dinh');
  });
});

describe('categories and công khai items', () => {
  it('maps old categories folded, and reports unknown ones', () => {
    expect(mapCategory('Đoàn - Đội')).toBe('doan-doi');
    expect(mapCategory('HOẠT ĐỘNG ĐOÀN - ĐỘI')).toBe('doan-doi');
    expect(mapCategory('Tin chuyên môn')).toBe('chuyen-mon');
    expect(mapCategory('Thông báo')).toBe('thong-bao');
    expect(mapCategory('Góc phụ huynh')).toBe('goc-phu-huynh');
    expect(pickCategory(['Tin Tức', 'Câu lạc bộ ngoại khóa'])).toEqual({
      category: 'hoat-dong',
      unknown: 'Câu lạc bộ ngoại khóa',
    });
  });

  it('recognises TT 09/2024 items and the năm học from titles', () => {
    expect(disclosureItem('Công khai đội ngũ giáo viên, cán bộ quản lý năm học 2023-2024')).toBe('doi-ngu');
    expect(disclosureItem('Công khai các khoản thu năm học 2023 - 2024')).toBe('hoc-phi');
    expect(disclosureItem('Báo cáo thường niên năm 2024')).toBe('bao-cao-thuong-nien');
    expect(disclosureItem('Công khai kết quả đánh giá công chức')).toBeUndefined();
    expect(schoolYearIn('Công khai các khoản thu năm học 2023 - 2024')).toBe('2023-2024');
    expect(schoolYearIn('giai đoạn 2021-2025')).toBeUndefined();
    expect(pageKeyOf('Lịch sử nhà trường')).toBe('lich-su');
    expect(pageKeyOf('Sơ đồ tổ chức')).toBe('co-cau-to-chuc');
  });
});

describe('names and addresses', () => {
  it('makes ASCII slugs and safe file names', () => {
    expect(slugOf('Đoàn trường tổ chức hội trại 🎉')).toBe('doan-truong-to-chuc-hoi-trai');
    expect(slugOf('rss')).toBe('rss-1');
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('etc-passwd.pdf');
    expect(safeFileName('Thông báo số 05 TB.PDF', 'PDF')).toBe('thong-bao-so-05-tb.pdf');
    expect(stableId('http://a/x')).toBe(stableId('http://a/x'));
  });

  it('splits old addresses into redirect paths and nginx rules, never a page of the new portal', () => {
    const urls = [
      'http://x/news/a-12.html',
      'http://x/index.php?nv=news&op=a-12',
      'http://x/gioi-thieu/',
      'http://x/tin-tuc/a/',
    ].map((u) => new URL(u));
    expect(splitOldUrls(urls, '/tin-tuc/a/')).toEqual({
      paths: ['/news/a-12.html'],
      queries: ['/index.php?nv=news&op=a-12'],
      refused: [],
    });
  });

  it('writes nginx map lines that cannot break out of their quotes', () => {
    const map = nginxMap('thcs-x', [
      { from: '/xem_trang_tin.aspx?id=12', to: '/tin-tuc/a/' },
      { from: '/index.php?a="b"', to: '/tin-tuc/b/' },
    ]);
    expect(map.text).toContain('"thcs-x:/xem_trang_tin.aspx?id=12" /tin-tuc/a/;');
    expect(map.refused).toEqual(['/index.php?a="b"']);
  });

  it('maps mirror files and old URLs both ways, refusing dot segments', () => {
    expect(urlPathForFile('index.php?language=vi&nv=news&op=hoat-dong/le-12.html')).toBe(
      '/index.php?language=vi&nv=news&op=hoat-dong/le-12',
    );
    expect(urlPathForFile('tin-tuc/index.html')).toBe('/tin-tuc/');
    expect(fileForUrl(new URL('http://x/tin-tuc/'))).toBe('tin-tuc/index.html');
    expect(fileForUrl(new URL('http://x/uploads/..%2F..%2Fetc%2Fpasswd.pdf'))).toBeUndefined();
  });

  it('refuses attachments of the wrong type, too big, or not what their name says', () => {
    const pdf = Buffer.from('%PDF-1.4\n%…');
    expect(attachmentRefusal('ke-hoach.pdf', pdf)).toBeUndefined();
    expect(attachmentRefusal('loi.pdf', Buffer.from('<!DOCTYPE html><html>404</html>'))?.en).toMatch(
      /not a real \.pdf/,
    );
    expect(attachmentRefusal('cai-dat.exe', Buffer.from('MZ'))?.en).toMatch(/may not be published/);
    expect(attachmentRefusal('lon.pdf', pdf, { attachmentBytes: 4, imageBytes: 1, pageBytes: 1 })?.en).toMatch(
      /over the/,
    );
  });

  it('reads pages that declare windows-1258 (older ASP.NET portals) as Vietnamese', () => {
    // "Hòa" in windows-1258: o followed by the combining grave accent 0xCC.
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1258"></head><body>H'),
      Buffer.from([0x6f, 0xcc, 0x61]),
      Buffer.from('</body></html>'),
    ]);
    expect(decodeHtml(bytes).normalize('NFC')).toContain('Hòa');
    expect(decodeHtml(Buffer.from('<meta charset="utf-8">Sở GD&ĐT'))).toContain('Sở GD&ĐT');
  });
});
