/** TT 37/2020 Điều 9 khoản 1 b: questions from the public, answered on the portal. */
import { collectionFolder, tt37 } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'hoi-dap',
  title: 'Hỏi đáp',
  category: 'noi-dung',
  severity: 'error',
  basis: (ctx) => tt37(ctx, 'Điều 9 khoản 1 điểm b'),
  needs: 'content',
  check: (ctx) =>
    ctx.of('qa').length
      ? []
      : [
          {
            file: collectionFolder(ctx, 'qa'),
            url: listUrl('qa'),
            message: 'Chưa có câu hỏi – trả lời nào được đăng.',
            fix: 'Đăng ít nhất một câu hỏi thường gặp của phụ huynh, học sinh cùng câu trả lời của nhà trường (mục Hỏi đáp).',
          },
        ],
} satisfies Rule;
