/** TT 37/2020 Điều 9 khoản 2: news and events. */
import { collectionFolder, tt37 } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'tin-tuc',
  title: 'Tin tức, sự kiện',
  category: 'noi-dung',
  severity: 'error',
  basis: (ctx) => tt37(ctx, 'Điều 9 khoản 2'),
  needs: 'content',
  check: (ctx) =>
    ctx.of('news').length
      ? []
      : [
          {
            file: collectionFolder(ctx, 'news'),
            url: listUrl('news'),
            message: 'Chưa có tin tức, sự kiện nào được đăng.',
            fix: 'Đăng tin về hoạt động của nhà trường (mục Tin tức, thông báo).',
          },
        ],
} satisfies Rule;
