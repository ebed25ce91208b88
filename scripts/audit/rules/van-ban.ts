/** TT 37/2020 Điều 9 khoản 3: legal and administrative documents. */
import { collectionFolder, tt37 } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'van-ban',
  title: 'Văn bản',
  category: 'noi-dung',
  severity: 'error',
  basis: (ctx) => tt37(ctx, 'Điều 9 khoản 3'),
  needs: 'content',
  check: (ctx) =>
    ctx.of('documents').length
      ? []
      : [
          {
            file: collectionFolder(ctx, 'documents'),
            url: listUrl('documents'),
            message: 'Chưa có văn bản nào được đăng.',
            fix: 'Đăng các văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành liên quan đến nhà trường (mục Văn bản), kèm tệp toàn văn.',
          },
        ],
} satisfies Rule;
