/**
 * TT 32/2017 Điều 18 and TT 26/2020 (WCAG 2.1 1.1.1): every image has a text
 * alternative. In built pages an <img> without alt; in Markdown an image with empty
 * alt (it would build to alt="", which hides a content image from screen readers).
 */
import { readFileSync } from 'node:fs';
import { findTags, lineAt } from '../html.ts';
import { listSome } from '../rule-helpers.ts';
import type { AuditContext, Draft, Rule } from '../types.ts';

const MD_EMPTY_ALT = /!\[\s*\]\(([^)\s]+)[^)]*\)/g;
const RAW_IMG = /<img\b[^>]*>/gi;

function inContent(ctx: AuditContext): Draft[] {
  return ctx.allEntries.flatMap((entry) => {
    const source = readFileSync(entry.file, 'utf8');
    const hits = [...source.matchAll(MD_EMPTY_ALT)].map((m) => ({ src: m[1] ?? '', index: m.index ?? 0 }));
    // Raw <img> without alt is caught in the built page when there is one.
    if (!ctx.built) {
      for (const m of source.matchAll(RAW_IMG)) {
        if (!/\salt\s*=/i.test(m[0]))
          hits.push({ src: /src\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1] ?? '', index: m.index ?? 0 });
      }
    }
    return hits.map((h) => ({
      file: ctx.shown(entry.file),
      line: lineAt(source, h.index),
      message: `Ảnh «${h.src}» không có mô tả (văn bản thay thế).`,
      fix: 'Viết mô tả ngắn nội dung ảnh trong ngoặc vuông: ![Học sinh lớp 6A chào cờ](…).',
    }));
  });
}

function inBuilt(ctx: AuditContext): Draft[] {
  const drafts: Draft[] = [];
  for (const page of ctx.built?.pages ?? []) {
    const html = page.html();
    const bad = findTags(html, ['img']).filter((t) => !('alt' in t.attrs));
    if (!bad.length) continue;
    drafts.push({
      url: page.url,
      file: ctx.shown(page.file),
      message: `${bad.length} ảnh không có thuộc tính alt trên trang ${page.url}: ${listSome(
        bad.map((t) => t.attrs.src ?? '?'),
        3,
      )}.`,
      fix: 'Thêm mô tả ảnh: trong bài viết dùng ![mô tả](ảnh) hoặc <img alt="mô tả">; ảnh của giao diện phải có alt (alt="" nếu chỉ để trang trí).',
    });
  }
  return drafts;
}

export default {
  id: 'anh-thieu-alt',
  title: 'Ảnh thiếu văn bản thay thế',
  category: 'ky-thuat',
  severity: 'error',
  basis: 'Điều 18 Thông tư 32/2017/TT-BTTTT; Thông tư 26/2020/TT-BTTTT (WCAG 2.1, tiêu chí 1.1.1)',
  needs: 'content',
  check: (ctx) => [...inContent(ctx), ...inBuilt(ctx)],
} satisfies Rule;
