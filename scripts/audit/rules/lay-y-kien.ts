/** TT 37/2020 Điều 9 khoản 5: public consultation (issue, content, where to send, deadline). */
import { collectionFolder, isSchool } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'lay-y-kien',
  title: 'Lấy ý kiến góp ý',
  category: 'noi-dung',
  severity: 'error',
  basis: 'Điều 9 khoản 5 Thông tư 37/2020/TT-BGDĐT',
  needs: 'content',
  appliesTo: isSchool,
  check: (ctx) =>
    ctx.of('consultations').length
      ? []
      : [
          {
            file: collectionFolder(ctx, 'consultations'),
            url: listUrl('consultations'),
            message: 'Chưa có đợt lấy ý kiến góp ý nào (vấn đề, nội dung, nơi nhận, hạn cuối).',
            fix: 'Đăng vấn đề cần lấy ý kiến (ví dụ dự thảo quy chế, kế hoạch năm học) với nội dung, địa chỉ và thư điện tử nhận ý kiến và hạn cuối (mục Lấy ý kiến).',
          },
        ],
} satisfies Rule;
