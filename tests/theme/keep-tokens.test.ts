/**
 * What the Markdown pipeline keeps on one line and where it lets e-mail addresses
 * break, on real editors' input: phone numbers as Vietnamese schools write them
 * (spaces, dots, area code in brackets, +84, hotlines, "máy lẻ"), typed on an NFD
 * keyboard, beside "Sở GD&ĐT", emoji, codes and amounts that are not phones.
 */
import { describe, expect, it } from 'vitest';
import { phoneRuns } from '../../themes/cong-truong/lib/tables/phone-numbers.ts';
import { emailParts, webAddressParts } from '../../themes/cong-truong/lib/markdown-plugins/address-breaks.ts';
import { markdownToHtml } from '../../themes/cong-truong/lib/markdown.ts';

const kept = (text: string) => phoneRuns(text).flatMap((r) => (r.keep ? [r.text] : []));
const nowrap = (html: string) => [...html.matchAll(/<span class="ct-nowrap">([^<]*)<\/span>/g)].map((m) => m[1]);

describe('phone numbers', () => {
  it.each([
    ['028 3836 4512 (máy lẻ 102)', ['028 3836 4512', 'máy lẻ 102']],
    ['Gọi 0912 345 678 hoặc 0912.345.678.', ['0912 345 678', '0912.345.678']],
    ['(028) 3836 4512', ['(028) 3836 4512']],
    ['(0912 345 678)', ['0912 345 678']],
    ['+84 28 3836 4512; +84 912 345 678', ['+84 28 3836 4512', '+84 912 345 678']],
    ['Tổng đài 1900 1234', ['1900 1234']],
    ['0236 3822 123, 024.3942.1234', ['0236 3822 123', '024.3942.1234']],
    ['Máy lẻ: 12, ext. 105', ['Máy lẻ: 12', 'ext. 105']],
  ])('keeps %j whole', (text, phones) => {
    expect(kept(text)).toEqual(phones);
  });

  it.each([
    'ngày 05.09.2025',
    '15.180.000 đồng',
    '1.250.000.000 đồng',
    'CCCD số 079123456789',
    'năm học 2026-2027',
    'Công văn 3890/SGDĐT-KHTC',
    'lớp 6A1, phòng 105',
  ])('leaves %j alone', (text) => {
    expect(kept(text)).toEqual([]);
  });
});

describe('e-mail break points', () => {
  it('breaks after the "@" and before each ".", keeping a hyphenated piece whole', () => {
    expect(emailParts('ntlananh.mnhoasen@hcm.edu.vn').map((p) => p.text)).toEqual([
      'ntlananh',
      '.mnhoasen@',
      'hcm',
      '.edu',
      '.vn',
    ]);
    expect(emailParts('c2.thcs-nguyendu@hcm.edu.vn').filter((p) => p.keep)).toEqual([
      { text: '.thcs-nguyendu@', keep: true },
    ]);
  });
});

describe('web address break points', () => {
  it('breaks after "//" and each "/", and before each "."', () => {
    expect(webAddressParts('https://tuyensinhdaucap.hcm.edu.vn/tra-cuu/').map((p) => p.text)).toEqual([
      'https://',
      'tuyensinhdaucap',
      '.hcm',
      '.edu',
      '.vn/',
      'tra-cuu/',
    ]);
  });
});

describe('the Markdown pipeline', () => {
  const table = [
    '| Việc cần hỏi | Điện thoại, thư điện tử |',
    '| --- | --- |',
    // NFD: "máy lẻ" and "Tuyển" typed with combining marks.
    '| Tuye\u0302\u0309n sinh lớp 6 theo hướng dẫn của Sở GD&ĐT 📄 năm học 2026-2027 | 028 3836 4512 (ma\u0301y le\u0309 103) – tuyensinh.thcs-thunghiem@hcm.edu.vn |',
  ].join('\n');

  it('keeps phones, extensions and codes of a long cell whole, in NFC', async () => {
    const html = await markdownToHtml(table);
    expect(nowrap(html)).toEqual(['2026-2027', '028 3836 4512', 'máy lẻ 103', '.thcs-thunghiem@']);
    expect(html).toContain('Tuyển sinh lớp 6 theo hướng dẫn của Sở GD&#x26;ĐT 📄');
    expect(html).not.toMatch(/[\u0300-\u036f]/u);
  });

  it('lets a linked address break only at its "@" and dots', async () => {
    const html = await markdownToHtml(table);
    expect(html).toContain(
      '<a href="mailto:tuyensinh.thcs-thunghiem@hcm.edu.vn"><span class="wrap-break-word">tuyensinh<wbr><span class="ct-nowrap">.thcs-thunghiem@</span><wbr>hcm<wbr>.edu<wbr>.vn</span></a>',
    );
  });

  it('keeps phones in running text too, but leaves code and pasted HTML as they are', async () => {
    const html = await markdownToHtml(
      'Gọi 0912.345.678 hoặc (028) 3836 4512, viết thư đến c2nguyendu@hcm.edu.vn.\n\n`0912 345 678 a@b.vn`\n\n<span onclick="x()">0912 345 678</span> [xem](javascript:alert(1))',
    );
    expect(html).toContain(
      'Gọi <span class="ct-nowrap">0912.345.678</span> hoặc <span class="ct-nowrap">(028) 3836 4512</span>, viết thư đến <a href="mailto:c2nguyendu@hcm.edu.vn"><span class="wrap-break-word">c2nguyendu@<wbr>hcm<wbr>.edu<wbr>.vn</span></a>.',
    );
    expect(html).toContain('<code>0912 345 678 a@b.vn</code>');
    expect(html).not.toMatch(/onclick|javascript:/);
    expect(html).toContain('<span class="ct-nowrap">0912 345 678</span> <a>xem</a>');
  });

  it('lets link text that is a web address break at its dots, and leaves other links alone', async () => {
    const html = await markdownToHtml(
      'Đăng ký tại [tuyensinhdaucap.hcm.edu.vn](https://tuyensinhdaucap.hcm.edu.vn) hoặc [trang của Sở GD&ĐT](https://hcm.edu.vn).',
    );
    expect(html).toContain(
      '<a href="https://tuyensinhdaucap.hcm.edu.vn"><span class="wrap-break-word">tuyensinhdaucap<wbr>.hcm<wbr>.edu<wbr>.vn</span></a>',
    );
    expect(html).toContain('<a href="https://hcm.edu.vn">trang của Sở GD&#x26;ĐT</a>');
  });
});
