/** TT 09/2024 Điều 15: the annual công khai of school year Y–(Y+1) is published by 30/6/(Y+1). */
import { daysBetween, viDate } from '../dates.ts';
import { entryDeadline } from '../disclosure-status.ts';
import { entryAt, isSchool } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'cong-khai-han-nam',
  title: 'Hạn công khai hằng năm (30/6)',
  category: 'cong-khai',
  severity: 'warning',
  basis: 'Điều 15 Thông tư 09/2024/TT-BGDĐT',
  needs: 'content',
  appliesTo: isSchool,
  check: (ctx) =>
    ctx.of('disclosures').flatMap((e) => {
      const published = e.data.published;
      const due = entryDeadline({ schoolYear: e.data.schoolYear, item: e.data.item, published }, ctx.calendar);
      // An entry with an event date is judged by cong-khai-10-ngay instead.
      if (e.data.eventDate || due?.rule !== 'cong-khai-han-nam' || published.getTime() <= due.deadline.getTime())
        return [];
      const { deadline } = due;
      return [
        {
          ...entryAt(ctx, e, 'published'),
          url: listUrl('disclosures'),
          message: `«${e.data.title}» được công khai ngày ${viDate(published)}, muộn ${daysBetween(deadline, published)} ngày so với hạn ${viDate(deadline)}.`,
          fix: 'Đã đăng muộn thì không sửa được ngày; hãy công khai các năm học sau trước 30/6. Nếu đây là thông tin thay đổi giữa năm, ghi «Ngày phát sinh thông tin» (eventDate) để áp dụng hạn 10 ngày làm việc.',
        },
      ];
    }),
} satisfies Rule;
