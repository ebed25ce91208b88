/** TT 09/2024 Điều 15: information that changes or arises is published within 10 working days. */
import { viDate } from '../dates.ts';
import { entryDeadline, WORKING_DAYS_LIMIT } from '../disclosure-status.ts';
import { entryAt, isSchool } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export { WORKING_DAYS_LIMIT };

export default {
  id: 'cong-khai-10-ngay',
  title: 'Công khai trong 10 ngày làm việc',
  category: 'cong-khai',
  severity: 'warning',
  basis: 'Điều 15 Thông tư 09/2024/TT-BGDĐT; Điều 112 Bộ luật Lao động 2019 (ngày nghỉ lễ, Tết)',
  needs: 'content',
  appliesTo: isSchool,
  check: (ctx) =>
    ctx.of('disclosures').flatMap((e) => {
      const { eventDate: event, published } = e.data;
      if (!event) return [];
      const deadline = entryDeadline(e.data, ctx.calendar)?.deadline;
      if (!deadline || published.getTime() <= deadline.getTime()) return [];
      const late = ctx.calendar.workingDaysBetween(deadline, published);
      const provisional =
        ctx.calendar.yearStatus(event.getUTCFullYear()) === 'provisional' ? ' (lịch nghỉ lễ năm này là dự kiến)' : '';
      return [
        {
          ...entryAt(ctx, e, 'published'),
          url: listUrl('disclosures'),
          message: `«${e.data.title}»: thông tin phát sinh ngày ${viDate(event)}, hạn công khai ${viDate(deadline)}${provisional}, nhưng công khai ngày ${viDate(published)} (muộn ${late} ngày làm việc).`,
          fix: 'Thông tin thay đổi hoặc phát sinh phải đăng trong 10 ngày làm việc (không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết); kiểm tra lại «Ngày phát sinh thông tin» nếu ghi nhầm.',
        },
      ];
    }),
} satisfies Rule;
