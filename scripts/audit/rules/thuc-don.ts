/**
 * TT 09/2024 Điều 7, 9 and 15: the weekly menu is published by the Saturday of the
 * week before. A late menu is a warning; a preschool with no menu for the week whose
 * deadline has passed gets a warning too (unless the whole week is a holiday).
 */
import { addDays, dueWeek, isoDate, viDate, weeklyDeadline } from '../dates.ts';
import { collectionFolder, entryAt, isSchool } from '../rule-helpers.ts';
import type { AuditContext, Draft, Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export function weekHasWorkingDay(ctx: AuditContext, monday: Date): boolean {
  return [0, 1, 2, 3, 4].some((i) => ctx.calendar.isWorkingDay(addDays(monday, i)));
}

export default {
  id: 'thuc-don',
  title: 'Thực đơn tuần',
  category: 'cong-khai',
  severity: 'warning',
  basis: 'Điều 15 Thông tư 09/2024/TT-BGDĐT (thực đơn: Điều 7 khoản 1, Điều 9 khoản 1)',
  needs: 'content',
  appliesTo: isSchool,
  check: (ctx) => {
    const menus = ctx.of('menus');
    const late = menus.flatMap((e): Draft[] => {
      const deadline = weeklyDeadline(e.data.weekStart);
      const published = e.data.published;
      if (published.getTime() <= deadline.getTime()) return [];
      return [
        {
          ...entryAt(ctx, e, 'published'),
          url: listUrl('menus'),
          message: `Thực đơn tuần từ ${viDate(e.data.weekStart)} công khai ngày ${viDate(published)}, sau hạn thứ Bảy ${viDate(deadline)}.`,
          fix: 'Đăng thực đơn tuần sau chậm nhất vào thứ Bảy của tuần trước.',
        },
      ];
    });
    if (ctx.site?.level !== 'mam-non') return late;
    const monday = dueWeek(ctx.date);
    const has = menus.some((e) => isoDate(weeklyDeadline(e.data.weekStart)) === isoDate(weeklyDeadline(monday)));
    if (has || !weekHasWorkingDay(ctx, monday)) return late;
    return [
      ...late,
      {
        file: collectionFolder(ctx, 'menus'),
        url: listUrl('menus'),
        message: `Chưa có thực đơn tuần từ ${viDate(monday)} (hạn đăng thứ Bảy ${viDate(weeklyDeadline(monday))}).`,
        fix: 'Đăng thực đơn của tuần (mục Thực đơn), ghi «Thứ Hai của tuần» là ngày bắt đầu tuần.',
      },
    ];
  },
} satisfies Rule;
