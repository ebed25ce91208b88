/**
 * readSite skips the Markdown parse of bodies that cannot show an image
 * (content-schemas/body-images.ts). The shortcut must never change a result: for real
 * bodies, tricky ones and generated noise, it answers exactly what the full parse does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyImages, MAY_HOLD_IMAGE, parsedBodyImages } from '../../content-schemas/body-images.ts';
import { FIXTURE_SITES_DIR, NETWORK_SITES_DIR, SITES_DIR } from '../helpers/paths.ts';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const TRICKY = [
  'Lễ khai giảng năm học 2025–2026 của Sở GD&ĐT 🎉',
  'Nội dung gõ bằng bàn phím NFD: Tru\u0301o\u031bng ho\u0323c',
  '![Học sinh dự lễ](../../media/khai-giang.jpg)',
  '![Ảnh][a]\n\n[a]: ../../media/a.jpg',
  '[Xem ảnh](../../media/a.jpg) và [a]: ../../media/b.jpg',
  '<image src="../../media/a.jpg">',
  'Dán từ Word: <p class="MsoNormal"><IMG SRC="file:///C:/Users/gv/anh.png"></p>',
  '<div>\n<Img\nsrc="../../media/c.jpg" alt="">\n</div>',
  '&#33;[không phải ảnh](../../media/a.jpg)',
  '!\\[không phải ảnh](../../media/a.jpg)',
  '`![trong mã](x.jpg)` và\n\n    ![khối mã](y.jpg)',
  '[javascript:](javascript:alert(1)) ../../media/../x.jpg',
  '> Trích dẫn\n> ![ảnh trong trích dẫn](../../media/q.jpg)',
  '| Cột | Ảnh |\n| --- | --- |\n| 1 | ![bảng](../../media/t.jpg) |',
  '<svg><image href="../../media/s.jpg"/></svg>',
  'điểm trung bình < 5 và <imgs> không phải thẻ ảnh',
];

/** Deterministic noise over the characters Markdown and HTML give meaning to. */
function noise(count: number): string[] {
  const alphabet = [
    '!',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    'i',
    'm',
    'g',
    'I',
    'M',
    'G',
    'a',
    'e',
    ' ',
    '\n',
    ':',
    '/',
    '\\',
    '`',
    '*',
    '&',
    '#',
    ';',
    '"',
    '=',
    's',
    'r',
    'c',
    'đ',
    '1',
  ];
  let seed = 12;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 4 + Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

describe('the body-image shortcut', () => {
  it('gives the full parse result for every body of the examples and fixtures', () => {
    const files = [SITES_DIR, FIXTURE_SITES_DIR, NETWORK_SITES_DIR].flatMap(markdownFiles);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const body = readFileSync(file, 'utf8').normalize('NFC');
      expect(bodyImages(body), file).toEqual(parsedBodyImages(body));
    }
  });

  it('gives the full parse result for tricky and pasted bodies', () => {
    for (const body of TRICKY) expect(bodyImages(body), body).toEqual(parsedBodyImages(body));
    expect(bodyImages(TRICKY[5]!)).toEqual([{ src: '../../media/a.jpg', line: 1, html: true }]);
    expect(bodyImages(TRICKY[7]!)).toEqual([{ src: '../../media/c.jpg', line: 2, html: true }]);
  });

  it('skips only bodies where the full parse finds no image', () => {
    const bodies = noise(5000);
    const skipped = bodies.filter((b) => !MAY_HOLD_IMAGE.test(b));
    expect(skipped.length).toBeGreaterThan(1000);
    for (const body of skipped) expect(parsedBodyImages(body), JSON.stringify(body)).toEqual([]);
    for (const body of bodies) expect(bodyImages(body), JSON.stringify(body)).toEqual(parsedBodyImages(body));
  });
});
