/** NĐ 42/2022 Điều 7 (now NĐ 224/2026, TT 22/2023 as practice): a full, accurate search. */
import { findTags } from '../html.ts';
import { stateRuleSeverity } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';

export default {
  id: 'trang-tim-kiem',
  title: 'Trang tìm kiếm',
  category: 'bo-cuc',
  severity: stateRuleSeverity,
  basis: 'Điều 7 Nghị định 42/2022/NĐ-CP (thay bằng Nghị định 224/2026/NĐ-CP từ 01/7/2026); Thông tư 22/2023/TT-BTTTT',
  needs: 'dist',
  check: (ctx) => {
    const page = ctx.built?.page('/tim-kiem/');
    if (!page)
      return [
        {
          url: '/tim-kiem/',
          message: 'Không có trang tìm kiếm /tim-kiem/.',
          fix: 'Giao diện phải sinh trang /tim-kiem/ với ô tìm kiếm (Pagefind) có nhãn.',
        },
      ];
    const html = page.html();
    const searchable = findTags(html, ['input', 'form', 'div', 'search']).some(
      (t) =>
        t.name === 'search' ||
        t.attrs.type === 'search' ||
        t.attrs.role === 'search' ||
        /pagefind|search|tim-kiem/i.test(`${t.attrs.id ?? ''} ${t.attrs.class ?? ''}`),
    );
    if (searchable) return [];
    return [
      {
        url: '/tim-kiem/',
        file: ctx.shown(page.file),
        message: 'Trang /tim-kiem/ không có ô tìm kiếm.',
        fix: 'Thêm ô tìm kiếm (input type="search" có nhãn, hoặc khung giao diện Pagefind).',
      },
    ];
  },
} satisfies Rule;
