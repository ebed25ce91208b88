/** TT 37/2020 Điều 9 khoản 1 a: introduction, org structure, functions and tasks, history. */
import type { PageKey } from '../../../content-schemas/collections/pages.ts';
import { hasText, pageEntry, pagePath, pageUrl, tt37 } from '../rule-helpers.ts';
import type { Draft, Rule } from '../types.ts';

const PAGES: { key: PageKey; label: string }[] = [
  { key: 'gioi-thieu', label: 'Giới thiệu' },
  { key: 'co-cau-to-chuc', label: 'Cơ cấu tổ chức (sơ đồ tổ chức)' },
  { key: 'chuc-nang-nhiem-vu', label: 'Chức năng, nhiệm vụ, quyền hạn' },
  { key: 'lich-su', label: 'Quá trình hình thành và phát triển (lịch sử)' },
];

export default {
  id: 'gioi-thieu',
  title: 'Thông tin giới thiệu',
  category: 'noi-dung',
  severity: 'error',
  basis: (ctx) => tt37(ctx, 'Điều 9 khoản 1 điểm a', 'Điều 8 khoản 1'),
  needs: 'content',
  check: (ctx) =>
    PAGES.flatMap(({ key, label }): Draft[] => {
      const entry = pageEntry(ctx, key);
      const file = ctx.shown(pagePath(ctx, key));
      if (!entry) {
        return [
          {
            file,
            url: pageUrl(key),
            message: `Thiếu trang «${label}».`,
            fix: `Tạo trang ${file} (mục Trang giới thiệu trong trang quản trị) và viết nội dung.`,
          },
        ];
      }
      const illustrated = key === 'co-cau-to-chuc' && entry.data.image !== undefined;
      if (!hasText(entry.body, ctx.templateMarker) && !illustrated) {
        return [
          {
            file,
            url: pageUrl(key),
            message: `Trang «${label}» chưa có nội dung.`,
            fix: 'Viết nội dung cho trang (với cơ cấu tổ chức: có thể đăng sơ đồ kèm mô tả ảnh).',
          },
        ];
      }
      return [];
    }),
} satisfies Rule;
