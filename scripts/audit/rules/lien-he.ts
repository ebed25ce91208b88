/** TT 37/2020 Điều 9 khoản 1 b: a contact page. */
import { hasText, pageEntry, pagePath, pageUrl, tt37 } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';

export default {
  id: 'lien-he',
  title: 'Trang liên hệ',
  category: 'noi-dung',
  severity: 'error',
  basis: (ctx) => tt37(ctx, 'Điều 9 khoản 1 điểm b'),
  needs: 'content',
  check: (ctx) => {
    const entry = pageEntry(ctx, 'lien-he');
    const file = ctx.shown(pagePath(ctx, 'lien-he'));
    if (!entry)
      return [
        {
          file,
          url: pageUrl('lien-he'),
          message: 'Thiếu trang «Liên hệ».',
          fix: `Tạo trang ${file} với địa chỉ, điện thoại, thư điện tử và cách gửi câu hỏi cho nhà trường.`,
        },
      ];
    if (!hasText(entry.body, ctx.templateMarker))
      return [
        {
          file,
          url: pageUrl('lien-he'),
          message: 'Trang «Liên hệ» chưa có nội dung.',
          fix: 'Viết hướng dẫn liên hệ: địa chỉ, giờ làm việc, điện thoại, thư điện tử.',
        },
      ];
    return [];
  },
} satisfies Rule;
