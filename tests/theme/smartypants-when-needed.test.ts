/**
 * lib/smartypants-when-needed.ts: a body without quotes, backticks, `--`, three dots or
 * `&` skips SmartyPants, and its HTML is the same as with it. Checked on every body of
 * every example site and fixture, on generated school news, and on real-world typing
 * (NFD, emoji, "Sở GD&ĐT", pasted quotes, spaced dots across a line break).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../../themes/cong-truong/lib/markdown.ts';
import { mayNeedSmartypants } from '../../themes/cong-truong/lib/smartypants-when-needed.ts';

const ROOT = join(import.meta.dirname, '../..');
const SHARED = {
  syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
  shikiConfig: markdownConfigDefaults.shikiConfig,
};

/** Every entry body (a `.md` file inside a `content` folder) under a folder, templates included; front matter cut off. */
function bodiesUnder(dir: string): { file: string; body: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md') && path.split(sep).includes('content'))
    .map((path) => ({
      file: path,
      body: readFileSync(join(dir, path), 'utf8').replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?/, ''),
    }));
}

const REAL_WORLD = [
  'Nhà trường thông báo lịch học tuần 12.\n\nPhụ huynh liên hệ cô Lan (0912 345 678).',
  'Sở GD&ĐT hướng dẫn nhiệm vụ năm học 2026-2027.',
  'Chủ đề "Trường học hạnh phúc" – năm học mới.',
  "Em đạt giải 'Học sinh giỏi' cấp quận.",
  'Khai giảng lúc 7 giờ 30 -- mời phụ huynh dự.',
  'Danh sách còn tiếp...',
  'Danh sách còn tiếp .\n. .',
  "Trích ``Luật Giáo dục'' năm 2019.",
  'Ghi chú &quot;quan trọng&quot; và &#39;khẩn&#39;.',
  'Ngày hội đọc sách 📚🎉 của liên đội.',
  'Ho\u0323c sinh lo\u031b\u0301p 6 (NFD).',
  '| Lớp | Sĩ số |\n| --- | ---: |\n| 6A1 | 42 |',
  'Điểm trung bình < 5 cần phụ đạo; `mã 09/2024/TT-BGDĐT`.',
];

let full: MarkdownRenderer;
let chosen: MarkdownRenderer;

beforeAll(async () => {
  // SmartyPants on for every body: Astro's own pipeline with the theme's plugins.
  full = await unified({ rehypePlugins: markdownProcessor.options.rehypePlugins }).createRenderer(SHARED);
  chosen = await markdownProcessor.createRenderer(SHARED);
});

describe('SmartyPants only where it changes something', () => {
  it('gives the same HTML as SmartyPants on every body: examples, fixtures, real-world typing', async () => {
    const bodies = [
      ...bodiesUnder(join(ROOT, 'sites')),
      ...bodiesUnder(join(ROOT, 'tests/fixtures/sites')),
      ...REAL_WORLD.map((body, i) => ({ file: `real-world #${i}`, body })),
    ];
    expect(bodies.length).toBeGreaterThan(200);
    // SmartyPants is really on in the reference: straight quotes become curly ones.
    expect((await full.render(REAL_WORLD[2]!)).code).toContain('“Trường học hạnh phúc”');
    for (const { file, body } of bodies) {
      const [a, b] = await Promise.all([full.render(body), chosen.render(body)]);
      expect(b.code, file).toBe(a.code);
    }
  });

  it('runs SmartyPants for what it turns into typography, and skips plain Vietnamese news', () => {
    expect(REAL_WORLD.map(mayNeedSmartypants)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      true,
      true,
    ]);
  });
});
