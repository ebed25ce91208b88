/**
 * TT 37/2020 Điều 9 khoản 5. A static site built after a deadline never shows the
 * consultation as open; what can go wrong is a closed consultation with no outcome.
 */
import { viDate } from '../dates.ts';
import { entryAt, isSchool } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { entryUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'lay-y-kien-ket-qua',
  title: 'Kết quả lấy ý kiến',
  category: 'noi-dung',
  severity: 'warning',
  basis: 'Điều 9 khoản 5 Thông tư 37/2020/TT-BGDĐT',
  needs: 'content',
  appliesTo: isSchool,
  check: (ctx) =>
    ctx
      .of('consultations')
      .filter((e) => e.data.deadline.getTime() < ctx.date.getTime() && !(e.data.result ?? '').trim())
      .map((e) => ({
        ...entryAt(ctx, e, 'deadline'),
        url: entryUrl('consultations', e.slug),
        message: `Đợt lấy ý kiến «${e.data.title}» đã hết hạn ngày ${viDate(e.data.deadline)} nhưng chưa có kết quả tiếp thu.`,
        fix: 'Ghi «Kết quả tiếp thu» (result): số ý kiến nhận được và những điểm được tiếp thu, giải trình.',
      })),
} satisfies Rule;
